/** The print writer, tested on the real artefact: the PDF parsed back with pdfjs-dist. */
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleBook } from '../../book/sample-book.js';
import type { Book } from '../../book/types.js';
import { otherFontManifests } from '../../fonts/__fixtures__/faces.js';
import { openFont } from '../../fonts/coverage.js';
import { loadFontSet } from '../../fonts/fonts.js';
import { loadTheme } from '../../theme/theme.js';
import { isCjkPunctuation, prohibitedAtLineEnd, prohibitedAtLineStart, punctuationBlank } from '../../typeset/char-classes.js';
import { UserError } from '../../util/user-error.js';
import { largeBook } from './__fixtures__/large-book.js';
import { type ParsedPdf, type PdfPage, readPdf, type TextLine, textLines, widestHanAdvance } from './__fixtures__/read-pdf.js';
import { seedsBook } from './__fixtures__/seeds-book.js';
import { createFaces } from './faces.js';
import { type PdfResult, renderPdf } from './render-pdf.js';

const theme = loadTheme();
const em = theme.body.fontSize;
const measure = Math.floor((theme.pageWidth - theme.page.margins.inside - theme.page.margins.outside) / em) * em;
const strip = (s: string) => s.replace(/\s+/g, '');
/** The book's faces from a font manifest: the package's, or one of another family (`fonts/__fixtures__`). */
const fontsFor = (book: Book, manifest?: string) => loadFontSet(book.lang === 'zh-Hant' ? 'Hant' : 'Hans', manifest);
const render = (book: Book, fontManifest?: string) => renderPdf(book, { theme, fonts: fontsFor(book, fontManifest) });

/** Left edge of the text block: it hugs the inside margin. */
const blockLeft = (page: number) => (page % 2 === 1 ? theme.page.margins.inside : theme.pageWidth - theme.page.margins.inside - measure);

/** The size most of a line's text is set in (a stretched —— reports a larger size). */
const lineSize = (line: TextLine) => [...line.items].sort((a, b) => b.str.length - a.str.length)[0]!.fontSize;

interface BodyLine extends TextLine {
  page: number;
  first: boolean;
  final: boolean;
  blockText: string;
}

/**
 * Body lines in reading order, each tagged with whether it ends its block —
 * found by consuming the book's block texts (lead + text) line by line.
 */
function bodyLines(book: Book, pdf: ParsedPdf, starts: number[]): BodyLine[] {
  const out: BodyLine[] = [];
  book.articles.forEach((article, a) => {
    const blocks = article.blocks.filter((b) => b.kind !== 'heading' || b.level === 4).map((b) => strip((b.lead ?? '') + b.text));
    const first = starts[a]!;
    const last = (starts[a + 1] ?? pdf.pages.length + 1) - 1;
    let b = 0;
    let acc = '';
    for (let p = first; p <= last; p++) {
      for (const line of textLines(pdf.pages[p - 1]!)) {
        if (Math.abs(lineSize(line) - em) > 0.01 || b >= blocks.length) continue;
        const text = strip(line.text);
        if (!blocks[b]!.startsWith(acc + text)) continue; // head lines set at body size (none by default)
        const first = acc === '';
        acc += text;
        const final = acc === blocks[b];
        out.push({ ...line, page: p, first, final, blockText: blocks[b]! });
        if (final) {
          b++;
          acc = '';
        }
      }
    }
    expect(b, `all blocks of ${article.id} found`).toBe(blocks.length);
  });
  return out;
}

/** Page where each article's title is drawn (the text at title size, possibly on several lines, equals the title). */
function titlePages(book: Book, pdf: ParsedPdf): number[] {
  const titleText = (p: PdfPage) =>
    strip(
      textLines(p)
        .filter((l) => Math.abs(lineSize(l) - theme.heading.title.fontSize) < 0.01)
        .map((l) => l.text)
        .join(''),
    );
  return book.articles.map((article) => {
    const page = pdf.pages.find((p) => p.number > 2 && titleText(p) === strip(article.title));
    if (!page) throw new Error(`title of ${article.id} not found`);
    return page.number;
  });
}

/** Right edge the text would have if the last glyph were cut at its box: trimmed line-end marks keep their blank in the glyph's advance. */
function inkBoxRight(line: TextLine, mainland: boolean): number {
  const last = Array.from(line.text.trimEnd()).pop()!;
  const blank = punctuationBlank(last, mainland ? 'mainland' : 'taiwan').trail;
  return line.right - blank * em;
}

function checkBook(name: string, make: () => Book, fontManifest?: string) {
  describe(name, () => {
    const book = make();
    let result: PdfResult;
    let pdf: ParsedPdf;
    let starts: number[];
    let lines: BodyLine[];
    beforeAll(async () => {
      result = await render(book, fontManifest);
      pdf = await readPdf(result.bytes);
      starts = titlePages(book, pdf);
      lines = bodyLines(book, pdf, starts);
    }, 60_000);

    it('reports the page count and outline it wrote', () => {
      expect(result.pages).toBe(pdf.pages.length);
      expect(pdf.outline.map((o) => o.title)).toEqual(book.articles.map((a) => a.title));
      expect(pdf.outline.map((o) => o.page)).toEqual(starts);
      expect(result.outline.filter((o) => o.level === 1).map((o) => o.page)).toEqual(starts);
      const headings = book.articles.map((a) => a.blocks.filter((b) => b.kind === 'heading' && b.level === 2).map((b) => b.text));
      expect(pdf.outline.map((o) => o.items.map((i) => i.title).filter((t) => headings.flat().includes(t)))).toEqual(headings);
    });

    it('has the cover, a planned blank, the title page on a recto without running head or folio, the imprint on its back, then the contents on a recto', () => {
      const [cover, inside, title, imprint] = pdf.pages;
      expect(cover!.items.length).toBeGreaterThan(0);
      expect(cover!.items.every((i) => i.artifact)).toBe(true);
      expect(strip(cover!.items.map((i) => i.str).join(''))).toContain(strip(book.meta.title));
      expect(inside!.items).toEqual([]);
      expect(title!.items.some((i) => i.artifact)).toBe(false);
      expect(strip(textLines(title!)[0]!.text)).toBe(strip(book.meta.title));
      expect(
        strip(
          textLines(imprint!)
            .map((l) => l.text)
            .join(''),
        ),
      ).toContain(strip(book.meta.editor));
      const contents = pdf.pages.find((p) => /^目[录錄]$/.test(strip(textLines(p)[0]?.text ?? '')))!;
      expect(contents.number).toBe(5);
      expect(starts[0]! % 2).toBe(1);
    });

    it('puts every contents entry on the page where its title is drawn, as a link, with the page’s printed number', async () => {
      const tocPages = pdf.pages.filter((p) => p.number >= 5 && p.number < starts[0]!);
      const entries = tocPages.flatMap((p) => textLines(p).slice(p === tocPages[0] ? 1 : 0));
      const joined = entries.map((l) => strip(l.text)).join('');
      for (const [i, article] of book.articles.entries()) expect(joined).toContain(strip(article.title) + pdf.labels[starts[i]! - 1]);
      expect(pdf.labels[starts[0]! - 1]).toBe('1');
      const links = tocPages.flatMap((p) => p.links);
      expect(links).toEqual(book.articles.map((a) => a.id));
      for (const [i, link] of links.entries()) expect(await pdf.destinationPage(link)).toBe(starts[i]);
    });

    it('starts each article on a new page, with running heads and folios as artifacts elsewhere, none before the body', () => {
      for (const page of pdf.pages.slice(1, starts[0]! - 1)) expect(page.items.filter((i) => i.artifact && /[0-9ivx]/.test(i.str))).toEqual([]);
      for (const page of pdf.pages.slice(starts[0]! - 1)) {
        if (page.items.length === 0 || pdf.labels[page.number - 1]!.startsWith('封')) continue; // a planned blank, the back cover
        const artifacts = page.items.filter((i) => i.artifact).map((i) => i.str);
        expect(artifacts.join('')).toContain(pdf.labels[page.number - 1]);
        const opening = starts.includes(page.number);
        const head = page.number % 2 === 0 ? book.meta.title : null;
        if (!opening && page.number > 2 && head) expect(strip(artifacts.join(''))).toContain(strip(head));
      }
    });

    it('embeds fonts as subsets', () => {
      const names = [
        ...Buffer.from(result.bytes)
          .toString('latin1')
          .matchAll(/\/BaseFont \/([^\s/]+)/g),
      ].map((m) => m[1]!);
      expect(names.length).toBeGreaterThan(0);
      for (const n of names) expect(n).toMatch(/^[A-Z]{6}\+/);
    });

    it('is tagged: H1 / H2 / P structure, language set', () => {
      const roles = pdf.pages.flatMap((p) => p.roles);
      expect(roles).toContain('H1');
      expect(roles).toContain('P');
      if (book.articles.some((a) => a.blocks.some((b) => b.kind === 'heading' && b.level === 2))) expect(roles).toContain('H2');
      expect(pdf.info.Language).toBe(book.lang);
      expect(pdf.info.Title).toBe(book.meta.title);
      expect(pdf.info.Author).toBe(book.meta.editor);
    });

    it('never starts a line with a prohibited mark nor ends one with an opening mark', () => {
      let violations = 0;
      for (const line of lines) {
        const chars = Array.from(strip(line.text));
        const startsBlock = line.blockText.startsWith(strip(line.text));
        if (!startsBlock && prohibitedAtLineStart(chars[0]!, theme.body.prohibitionLevel)) violations++;
        if (!line.final && prohibitedAtLineEnd(chars[chars.length - 1]!, theme.body.prohibitionLevel)) violations++;
      }
      expect(violations).toBe(0);
    });

    it('sets every non-final body line flush with the measure (within 0.5 pt)', () => {
      const mainland = book.lang === 'zh-Hans';
      const justified = lines.filter((l) => !l.final);
      const off = justified.filter((l) => Math.abs(inkBoxRight(l, mainland) - (blockLeft(l.page) + measure)) > 0.5);
      expect(off.map((l) => `${l.page}: ${l.text} (${(inkBoxRight(l, mainland) - blockLeft(l.page) - measure).toFixed(2)})`)).toEqual([]);
      console.log(`${name}: ${justified.length} justified lines, ${(100 * (1 - off.length / Math.max(1, justified.length))).toFixed(1)}% flush`);
    });

    it('spaces no two characters more than 1.06 em apart', () => {
      const widest = Math.max(...lines.map((l) => widestHanAdvance(l, em)));
      expect(widest).toBeLessThanOrEqual(1.06);
      console.log(`${name}: widest character spacing ${widest.toFixed(4)} em`);
    });

    it('leaves no one-character last line', () => {
      const lonely = lines.filter(
        (l, i) => l.final && i > 0 && !lines[i - 1]!.final && Array.from(strip(l.text)).filter((c) => !isCjkPunctuation(c)).length < 2,
      );
      expect(lonely.map((l) => l.text)).toEqual([]);
    });

    it('yields the book text, in reading order, when text is extracted', () => {
      book.articles.forEach((article, a) => {
        // The last article runs to the back matter (the inside back cover and the back cover, 封三 封四).
        const backMatter = pdf.labels.findIndex((label, i) => i > 1 && label.startsWith('封'));
        const end = starts[a + 1] ?? (backMatter >= 0 ? backMatter + 1 : pdf.pages.length + 1);
        const pages = pdf.pages.slice(starts[a]! - 1, end - 1);
        const text = strip(pages.flatMap((p) => p.items.filter((i) => !i.artifact).map((i) => i.str)).join(''));
        const body = strip(article.blocks.map((b) => (b.lead ?? '') + b.text).join(''));
        expect(text.startsWith(strip(article.title + (article.subtitle ?? '')))).toBe(true);
        expect(text.endsWith(body)).toBe(true);
        if (article.author) expect(text).toContain(article.author);
      });
    });

    it('never leaves a page starting with the last line of a paragraph, nor ending with its first', () => {
      const widows = lines.filter((l, i) => i > 0 && l.final && !l.first && lines[i - 1]!.page !== l.page);
      expect(widows.map((l) => `${l.page}: ${l.text}`)).toEqual([]);
      const orphans = lines.filter((l, i) => l.first && !l.final && lines[i + 1] && lines[i + 1]!.page !== l.page);
      expect(orphans.map((l) => `${l.page}: ${l.text}`)).toEqual([]);
    });

    it('never leaves a heading alone at the foot of a page', () => {
      const headingSizes = [theme.heading.h2.fontSize, theme.heading.h3.fontSize, theme.heading.title.fontSize];
      for (const page of pdf.pages.slice(starts[0]! - 1)) {
        const last = textLines(page).pop();
        if (last)
          expect(
            headingSizes.some((size) => Math.abs(lineSize(last) - size) < 0.01),
            `page ${page.number}: ${last.text}`,
          ).toBe(false);
      }
    });
  });
}

checkBook('sample book (zh-Hans)', () => sampleBook());
checkBook('sample book (zh-Hant)', () => sampleBook('zh-Hant'));
checkBook('large generated book', () => largeBook(12, 40));
checkBook('many short articles (contents over several pages, recto-independent)', () => largeBook(45, 3, 'zh-Hans', 7));
checkBook('seeds (zh-Hans)', () => seedsBook('zh-Hans'));
checkBook('seeds (zh-Hant)', () => seedsBook('zh-Hant'));
// Faces of another design and metrics (TrueType, em box from OS/2) and another outline format (CFF).
for (const [family, manifest] of Object.entries(otherFontManifests)) {
  checkBook(`sample book (zh-Hans) in ${family}`, () => sampleBook(), manifest);
  checkBook(`sample book (zh-Hant) in ${family}`, () => sampleBook('zh-Hant'), manifest);
}

describe('determinism and failures', () => {
  it('renders the same book to identical bytes', async () => {
    const [a, b] = await Promise.all([render(sampleBook()), render(sampleBook())]);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  it('gives the same bytes when articles are set again at drawing time (as for a large book)', async () => {
    const book = largeBook(6, 12);
    const fonts = fontsFor(book);
    const [kept, dropped] = await Promise.all([renderPdf(book, { theme, fonts, dropGlyphs: false }), renderPdf(book, { theme, fonts, dropGlyphs: true })]);
    expect(dropped.pages).toBeGreaterThan(6);
    expect(Buffer.from(dropped.bytes).equals(Buffer.from(kept.bytes))).toBe(true);
  });

  it('opens every article on a recto when the theme asks for it', async () => {
    const recto = { ...theme, page: { ...theme.page, rectoArticleStart: true } };
    const book = largeBook(5, 6);
    const { outline, pages } = await renderPdf(book, { theme: recto, fonts: fontsFor(book) });
    const opening = outline.filter((o) => o.level === 1).map((o) => o.page);
    expect(opening.every((page) => page % 2 === 1)).toBe(true);
    expect(pages).toBeGreaterThanOrEqual(opening[opening.length - 1]!);
  });

  it('in strict mode, fails on a break no rule could avoid', async () => {
    const book = sampleBook();
    book.articles[0]!.blocks[1]!.text = '，'.repeat(80); // every boundary is a prohibited line start
    await expect(renderPdf(book, { theme, fonts: fontsFor(book) })).resolves.toBeDefined();
    await expect(renderPdf(book, { theme, fonts: fontsFor(book), strict: true })).rejects.toThrow(UserError);
  });

  it('uses the Traditional faces for a zh-Hant edition', async () => {
    const { bytes } = await render(sampleBook('zh-Hant'));
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerifTC/);
  });

  it('sends a character the body face lacks to a fallback face', async () => {
    const fonts = loadFontSet('Hans');
    const sc = openFont(fonts.faces.body);
    const tc = openFont(fonts.fallback[1]!);
    const onlyTc = tc.characterSet.find((cp) => cp >= 0x20000 && !sc.hasGlyphForCodePoint(cp)); // an Extension B ideograph
    expect(onlyTc).toBeDefined();
    const book = sampleBook();
    book.articles[0]!.blocks[1]!.text += String.fromCodePoint(onlyTc!);
    const { bytes } = await renderPdf(book, { theme, fonts });
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerifTC/);
  });

  it('sends a character the heading face lacks to a fallback face that serves headings', () => {
    // M PLUS Rounded has no 习: the heading takes the ExtraBold fallback, body text the Regular one.
    const fonts = loadFontSet('Hans', otherFontManifests['M PLUS Rounded 1c']);
    const faces = createFaces(fonts);
    const faceOf = (role: 'body' | 'heading') => faces.pathOf(faces.runs('习', role).runs[0]!.face).split('/').pop();
    expect(faceOf('heading')).toBe('NotoSansSC_800ExtraBold.ttf');
    expect(faceOf('body')).toBe('NotoSansSC_400Regular.ttf');
  });

  it('refuses to print a character no face has, naming it and the article', async () => {
    const book = sampleBook();
    book.articles[1]!.blocks[0]!.text += '\u{1F600}';
    const error = await render(book).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toContain('\u{1F600}');
    expect((error as UserError).detail).toContain('a02');
  });
});
