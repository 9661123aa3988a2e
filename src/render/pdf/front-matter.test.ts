/**
 * The print edition's front and back matter, on the PDF parsed back: cover,
 * title page, imprint, contents on a recto with aligned leaders, page labels
 * and front-matter folios, the back cover.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleBook } from '../../book/sample-book.js';
import type { Book } from '../../book/types.js';
import { loadFontSet } from '../../fonts/fonts.js';
import { loadTheme, type Theme } from '../../theme/theme.js';
import { punctuationBlank } from '../../typeset/char-classes.js';
import { UserError } from '../../util/user-error.js';
import { coverPng } from '../cover/cover.js';
import { coverScene, palette } from '../cover/design.js';
import { largeBook } from './__fixtures__/large-book.js';
import { type ParsedPdf, type PdfPage, readPdf, type TextItem, textLines } from './__fixtures__/read-pdf.js';
import { DESIGN } from './design.js';
import { renderPdf } from './render-pdf.js';

const theme = loadTheme();
const em = theme.body.fontSize;
const strip = (s: string) => s.replace(/\s+/g, '');
const textOf = (page: PdfPage) =>
  strip(
    textLines(page)
      .map((l) => l.text)
      .join(''),
  );
const artifactText = (page: PdfPage) =>
  strip(
    page.items
      .filter((i) => i.artifact)
      .map((i) => i.str)
      .join(''),
  );
const fontsFor = (book: Book) => loadFontSet(book.lang === 'zh-Hant' ? 'Hant' : 'Hans');
const render = async (book: Book, t: Theme = theme): Promise<ParsedPdf> => readPdf((await renderPdf(book, { theme: t, fonts: fontsFor(book) })).bytes);
const withFront = (front: Partial<Theme['front']>): Theme => ({ ...theme, front: { ...theme.front, ...front } });
const textBottom = theme.pageHeight - theme.page.margins.bottom;
const contentsPage = (pdf: ParsedPdf) => pdf.pages.find((p) => /^目[录錄]$/.test(strip(textLines(p)[0]?.text ?? '')))!;
const firstArticlePage = (pdf: ParsedPdf) => pdf.labels.indexOf('1') + 1;

describe('front matter (zh-Hans, default theme)', () => {
  const book = sampleBook();
  book.meta.subtitle = '学习心得';
  book.meta.notice = '内部学习资料';
  let pdf: ParsedPdf;
  beforeAll(async () => {
    pdf = await render(book);
  }, 60_000);

  it('draws the e-book cover’s design on page 1: its words at the scene’s places, scaled to the page, as artifacts', () => {
    const cover = pdf.pages[0]!;
    const scale = theme.pageWidth / 1400;
    const scene = coverScene(book, 1400, theme.pageHeight / scale);
    for (const shape of scene.shapes) {
      if (shape.kind !== 'text') continue;
      const items = cover.items.filter((i) => Math.abs(i.y - shape.y * scale) < 0.5);
      expect(strip(items.map((i) => i.str).join('')), shape.text).toBe(strip(shape.text));
      expect(items.every((i) => i.artifact && Math.abs(i.fontSize - shape.size * scale) < 0.01)).toBe(true);
      const left = Math.min(...items.map((i) => i.x));
      const right = Math.max(...items.map((i) => i.x + i.width));
      expect(Math.abs((left + right) / 2 - theme.pageWidth / 2), shape.text).toBeLessThan(1);
    }
    expect(pdf.labels.slice(0, 2)).toEqual(['封一', '封二']);
    expect(pdf.pages[1]!.items).toEqual([]);
  });

  it('sets the title page on a recto with the publisher and date at its foot', () => {
    const title = pdf.pages[2]!;
    const lines = textLines(title);
    expect(strip(lines[0]!.text)).toBe(strip(book.meta.title));
    expect(lines[0]!.y / theme.pageHeight).toBeGreaterThan(0.2);
    expect(lines[0]!.y / theme.pageHeight).toBeLessThan(0.4);
    const date = lines[lines.length - 1]!;
    const publisher = lines[lines.length - 2]!;
    expect(strip(date.text)).toBe('2026年1月1日');
    expect(strip(publisher.text)).toBe('文集');
    // The date's line is the last of the text block: its baseline within one line of the block's foot.
    expect(textBottom - date.y).toBeGreaterThanOrEqual(0);
    expect(textBottom - date.y).toBeLessThan(theme.heading.subtitle.fontSize * theme.body.leading);
    expect(pdf.labels[2]).toBe('i');
  });

  it('puts the imprint on the back of the title page, at its foot: notice, then rows of label and value', () => {
    const imprint = pdf.pages[3]!;
    const lines = textLines(imprint).map((l) => ({ ...l, text: strip(l.text) }));
    expect(lines[0]!.text).toBe('内部学习资料');
    const rows = Object.fromEntries(
      lines.slice(1).map((l) => [
        Array.from(l.text)
          .slice(0, 4)
          .join('')
          .replace(/^(..)(.*)$/, (m) => m),
        l.text,
      ]),
    );
    const all = lines.map((l) => l.text).join('\n');
    expect(all).toContain('书名群众路线学习文集——学习心得');
    expect(all).toContain('编者编者');
    expect(all).toContain('出版文集');
    expect(all).toContain('版本简体中文印刷版');
    expect(all).toContain('开本A5（148×210mm）');
    expect(all).toMatch(/字数\d+千字/);
    expect(all).toContain('版次2026年1月第1版');
    expect(all).toContain('文章来源笔杆子家园、大江時評');
    expect(all).toMatch(/字体NotoSerifSC/);
    expect(all).toContain('字体许可SILOpenFontLicense1.1');
    expect(all).toMatch(/标识符urn:uuid:[0-9a-f-]{36}/);
    expect(Object.keys(rows).length).toBeGreaterThan(5);
    // Values hang at one x, after the labels' box.
    const valueX = textLines(imprint)
      .slice(1)
      .map((l) => l.items.find((i, k) => k > 0 && i.x - l.left > 3 * em * DESIGN.imprintScale)?.x ?? null);
    const xs = new Set(valueX.filter((x): x is number => x !== null).map((x) => x.toFixed(1)));
    expect(xs.size).toBe(1);
    expect(textBottom - lines[lines.length - 1]!.y).toBeLessThan(em * theme.body.leading);
    expect(pdf.labels[3]).toBe('ii');
  });

  it('starts the contents on a recto, unnumbered, and the first article on the next recto', () => {
    const contents = contentsPage(pdf);
    expect(contents.number).toBe(5);
    expect(contents.items.filter((i) => i.artifact && i.str.trim() !== '·')).toEqual([]);
    const first = firstArticlePage(pdf);
    expect(first % 2).toBe(1);
    // A planned blank between them when the contents take one page.
    for (let p = contents.number + 1; p < first; p++) if (!textOf(pdf.pages[p - 1]!)) expect(pdf.pages[p - 1]!.items).toEqual([]);
    expect(pdf.pages.length % 4).toBe(0);
  });

  it('sets the contents’ leaders on one grid: a fixed gap after each title, the same last dot on every line', () => {
    const contents = contentsPage(pdf);
    const dots = contents.items.filter((i) => i.artifact && i.str === '·');
    const entries = textLines(contents).slice(1);
    expect(entries.length).toBe(book.articles.length);
    const pitch = DESIGN.leaderPitch * em;
    const lastDots: number[] = [];
    const gaps: number[] = [];
    for (const entry of entries) {
      const own = dots
        .filter((d) => Math.abs(d.y - entry.y) < 0.5)
        .map((d) => d.x)
        .sort((a, b) => a - b);
      expect(own.length).toBeGreaterThan(3);
      const number = entry.items[entry.items.length - 1]!;
      const title = entry.items.filter((i) => i !== number);
      // Where the title's last mark ends as set: a closing mark's blank half is trimmed at the line's end.
      const lastChar = Array.from(title[title.length - 1]!.str.trimEnd()).pop()!;
      const titleRight = Math.max(...title.map((i) => i.x + i.width)) - punctuationBlank(lastChar, 'mainland').trail * em;
      // Every dot on the common grid (their origins a whole number of pitches from the first line's).
      for (const x of own) expect(Math.abs((x - own[0]!) / pitch - Math.round((x - own[0]!) / pitch))).toBeLessThan(0.01);
      lastDots.push(own[own.length - 1]!);
      gaps.push(own[0]! - titleRight);
      expect(own[0]! < number.x).toBe(true);
    }
    expect(new Set(lastDots.map((x) => x.toFixed(2))).size).toBe(1);
    const grid0 = (x: number) => ((x - lastDots[0]!) / pitch) % 1;
    for (const entry of entries)
      for (const d of dots.filter((d) => Math.abs(d.y - entry.y) < 0.5)) expect(Math.abs(Math.round(grid0(d.x)) - grid0(d.x))).toBeLessThan(0.01);
    // The gap from a title's end to its first dot: at least the design's, less than one pitch more.
    for (const gap of gaps) {
      // Dot origins: the dot's centre lies half its advance further on, the same on every line.
      expect(gap).toBeGreaterThan(DESIGN.leaderGap * em - pitch - 0.01);
      expect(gap).toBeLessThan(DESIGN.leaderGap * em + pitch);
    }
  });

  it('labels the pages as printed: covers by name, front matter roman, the body from 1', () => {
    const first = firstArticlePage(pdf);
    expect(pdf.labels.slice(2, first - 1)).toEqual(['i', 'ii', 'iii', 'iv'].slice(0, first - 3));
    expect(pdf.labels.slice(first - 1)).toEqual(pdf.pages.slice(first - 1).map((_, i) => String(i + 1)));
  });
});

/** Page `n` rendered by poppler at `dpi`, as RGB pixels. */
function renderPage(bytes: Uint8Array, n: number, dpi: number): { width: number; height: number; rgb(x: number, y: number): [number, number, number] } {
  const dir = mkdtempSync(join(tmpdir(), 'wenji-page-'));
  const file = join(dir, 'book.pdf');
  writeFileSync(file, bytes);
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(n), '-l', String(n), file], { maxBuffer: 64 << 20 });
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 32).toString('latin1'))!;
  const [width, height, offset] = [Number(header[1]), Number(header[2]), header[0].length];
  return {
    width,
    height,
    rgb: (x, y) => {
      const at = offset + 3 * (Math.floor(y) * width + Math.floor(x));
      return [ppm[at]!, ppm[at + 1]!, ppm[at + 2]!];
    },
  };
}

const hex = (colour: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as [number, number, number];
const near = (a: readonly number[], b: readonly number[]) => a.every((v, i) => Math.abs(v - b[i]!) <= 6);

describe.runIf(existsSync('/usr/bin/pdftoppm') || process.env.CI)('the printed cover, rendered by poppler', () => {
  it('shows the e-book cover’s frame and band in its accent colour on white paper (no tint)', async () => {
    const book = sampleBook();
    const page = renderPage((await renderPdf(book, { theme, fonts: fontsFor(book) })).bytes, 1, 150);
    const at = (x: number, y: number) => page.rgb((x / 1400) * page.width, (y / 1980) * page.height);
    expect(near(at(700, 100), hex(palette.accent)), 'band').toBe(true);
    expect(near(at(60, 1000), hex(palette.accent)), 'frame, left').toBe(true);
    expect(near(at(1340, 1000), hex(palette.accent)), 'frame, right').toBe(true);
    expect(near(at(30, 30), [255, 255, 255]), 'paper outside the frame').toBe(true);
    expect(near(at(300, 1500), [255, 255, 255]), 'paper inside the frame').toBe(true);
  }, 60_000);
});

describe('front matter options', () => {
  it('prints roman folios on the contents with `front.folios: roman`, none on the title page or imprint', async () => {
    const pdf = await render(largeBook(45, 3, 'zh-Hans', 7), withFront({ folios: 'roman' }));
    const contents = contentsPage(pdf);
    const folio = (page: PdfPage): TextItem | undefined => page.items.find((i) => i.artifact && /^[ivx]+$/.test(i.str.trim()));
    expect(folio(contents)?.str.trim()).toBe('iii');
    expect(folio(pdf.pages[contents.number]!)?.str.trim()).toBe('iv');
    for (const page of pdf.pages.slice(0, 4)) expect(folio(page)).toBeUndefined();
    // The folio sits below the text block, at the outside edge of the recto.
    expect(folio(contents)!.y).toBeGreaterThan(textBottom);
    expect(folio(contents)!.x).toBeGreaterThan(theme.pageWidth / 2);
  }, 60_000);

  it('leaves the cover and the imprint out when the theme says so: the title page is page 1, the contents page 3', async () => {
    const pdf = await render(sampleBook(), withFront({ cover: false, imprint: false }));
    expect(strip(textLines(pdf.pages[0]!)[0]!.text)).toBe(strip(sampleBook().meta.title));
    expect(pdf.pages[1]!.items).toEqual([]);
    expect(contentsPage(pdf).number).toBe(3);
    expect(pdf.labels.slice(0, 3)).toEqual(['i', 'ii', 'iii']);
  }, 60_000);

  it('prints the user’s own cover image (the manifest’s `cover`) on page 1, fitted to the page, the same bytes each time', async () => {
    const book = sampleBook();
    const dir = mkdtempSync(join(tmpdir(), 'wenji-cover-'));
    book.meta.cover = join(dir, 'cover.png');
    writeFileSync(book.meta.cover, coverPng(sampleBook(), fontsFor(book)));
    const [a, b] = await Promise.all([renderPdf(book, { theme, fonts: fontsFor(book) }), renderPdf(book, { theme, fonts: fontsFor(book) })]);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    const raw = Buffer.from(a.bytes).toString('latin1');
    expect(raw).toMatch(/\/Subtype \/Image[\s\S]*?\/Width 1400/);
    const pdf = await readPdf(a.bytes);
    expect(pdf.pages[0]!.items).toEqual([]); // the image alone, no drawn design over it
    expect(strip(textLines(pdf.pages[2]!)[0]!.text)).toBe(strip(book.meta.title));
  }, 60_000);

  it('refuses a notice no face can print even where only the back cover shows it', async () => {
    const book = sampleBook();
    Object.assign(book.meta, { backCover: true, notice: '内部\u{1F600}' });
    const error = await renderPdf(book, { theme: withFront({ imprint: false }), fonts: fontsFor(book) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).detail).toMatch(/U\+1F600\) in cover/);
  }, 60_000);

  it('ends with a back cover on a verso when the manifest asks: the notice in its band, the description as text, planned blanks before it', async () => {
    const book = sampleBook('zh-Hant');
    Object.assign(book.meta, { backCover: true, notice: '內部學習資料', description: '兩篇學習心得。', variant: 'tw' });
    const pdf = await render(book);
    const back = pdf.pages[pdf.pages.length - 1]!;
    expect(back.number % 2).toBe(0);
    expect(pdf.pages.length % 4).toBe(0);
    expect(artifactText(back)).toContain('內部學習資料');
    expect(artifactText(back)).toContain(strip(book.meta.title));
    expect(textOf(back)).toBe('兩篇學習心得。');
    expect(pdf.labels[pdf.labels.length - 1]).toBe('封四');
    const beforeBack = pdf.pages[pdf.pages.length - 2]!;
    if (beforeBack.items.length === 0) expect(pdf.labels[pdf.labels.length - 2]).toBe('封三');
    // The Traditional imprint names its standard.
    expect(textOf(pdf.pages[3]!)).toContain('版本繁體中文印刷版（臺灣正體）');
  }, 60_000);
});
