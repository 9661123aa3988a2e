/**
 * Page-level rules of the print edition, on the PDF parsed back: signatures
 * kept with the text they close, article ends pulled back, planned blanks to
 * whole sheets, the article-break option, Traditional punctuation compression.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, Book, Lang } from '../../book/types.js';
import { loadFontSet } from '../../fonts/fonts.js';
import { loadTheme, type Theme } from '../../theme/theme.js';
import { isCjkPunctuation } from '../../typeset/char-classes.js';
import { titlePhrases } from '../present/title-phrases.js';
import { largeBook } from './__fixtures__/large-book.js';
import { glyphOrigins, type ParsedPdf, type PdfPage, readPdf, textLines } from './__fixtures__/read-pdf.js';
import { seedsBook } from './__fixtures__/seeds-book.js';
import { MIN_END_LINES } from './paginate.js';
import { renderPdf } from './render-pdf.js';

const theme = loadTheme();
const em = theme.body.fontSize;
const DATE = '2013.10.10';
const fontsFor = (book: Book) => loadFontSet(book.lang === 'zh-Hant' ? 'Hant' : 'Hans');
const render = async (book: Book, t: Theme = theme) => {
  const result = await renderPdf(book, { theme: t, fonts: fontsFor(book) });
  return { result, pdf: await readPdf(result.bytes) };
};
const bodyLines = (page: PdfPage) => textLines(page).filter((l) => Math.abs(l.fontSize - em) < 0.01);

/**
 * Articles whose ends fall at every line position of a page: article i has
 * one more short paragraph than article i-1, then a signature and a date.
 */
function signedBook(lang: Lang, articles = 14): Book {
  const base = largeBook(articles, 10, lang, 3);
  const short: Block = { type: 'block', kind: 'paragraph', text: '我们要坚持群众路线，做到一切为了群众，一切依靠群众，从群众中来，到群众中去。' };
  base.articles.forEach((article, i) => {
    article.blocks = [...article.blocks, ...Array.from({ length: i }, () => short)];
    article.blocks.push({ type: 'block', kind: 'signature', text: '党支部书记　张三' }, { type: 'block', kind: 'signature', text: DATE });
  });
  return base;
}

/** First page of each article: where its title is set in the title size. */
function articleStarts(book: Book, pdf: ParsedPdf): number[] {
  const strip = (s: string) => s.replace(/\s+/g, '');
  const titleOn = (p: PdfPage) =>
    strip(
      textLines(p)
        .filter((l) => Math.abs(l.fontSize - theme.heading.title.fontSize) < 0.01)
        .map((l) => l.text)
        .join(''),
    );
  let from = 0;
  return book.articles.map((a) => {
    const page = pdf.pages.find((p) => p.number > from && titleOn(p).includes(strip(a.title)));
    if (!page) throw new Error(`no page for ${a.id}`);
    from = page.number;
    return page.number;
  });
}

/**
 * Spreads inside an article (neither page opens the next article or ends this
 * one) whose pages' last lines stand at different heights.
 */
function unevenSpreads(book: Book, pdf: ParsedPdf, starts: readonly number[]): { spreads: number; uneven: string[] } {
  const strip = (s: string) => s.replace(/\s+/g, '');
  const articleOf = (page: number) => starts.findLastIndex((s) => s <= page);
  // Where the article's last block ends (back matter may follow the last article).
  const lastPageOf = (article: number) => {
    const blocks = book.articles[article]!.blocks;
    const end = strip(blocks[blocks.length - 1]!.text).slice(-8);
    let page = (starts[article + 1] ?? pdf.pages.length + 1) - 1;
    while (
      page > starts[article]! &&
      !strip(
        pdf.pages[page - 1]!.items.filter((i) => !i.artifact)
          .map((i) => i.str)
          .join(''),
      ).includes(end)
    )
      page--;
    return page;
  };
  const foot = (page: PdfPage) => Math.max(...textLines(page).map((l) => l.y));
  let spreads = 0;
  const uneven: string[] = [];
  for (let verso = 2; verso < pdf.pages.length; verso += 2) {
    const article = articleOf(verso);
    if (article < 0 || articleOf(verso + 1) !== article || lastPageOf(article) <= verso + 1) continue;
    spreads++;
    const [left, right] = [foot(pdf.pages[verso - 1]!), foot(pdf.pages[verso]!)];
    if (Math.abs(left - right) > 0.5) uneven.push(`${verso}–${verso + 1}: ${(left - right).toFixed(1)} pt`);
  }
  return { spreads, uneven };
}

for (const lang of ['zh-Hans', 'zh-Hant'] as const) {
  describe(`page rules (${lang})`, () => {
    const book = signedBook(lang);
    let pdf: ParsedPdf;
    let starts: number[];
    beforeAll(async () => {
      ({ pdf } = await render(book));
      starts = articleStarts(book, pdf);
    }, 120_000);

    it('pads the page count to whole sheets of four pages with blanks', () => {
      expect(pdf.pages.length % 4).toBe(0);
      const last = pdf.pages.findLastIndex((p) => p.items.length > 0);
      expect(pdf.pages.slice(last + 1).every((p) => p.items.length === 0)).toBe(true);
    });

    it('never leaves a signature or a date on a page without the text above it', () => {
      const signed = pdf.pages.filter((p) => textLines(p).some((l) => l.text.includes(DATE)));
      expect(signed.length).toBe(book.articles.length);
      for (const page of signed) {
        const lines = bodyLines(page);
        const dateAt = lines.findIndex((l) => l.text.includes(DATE));
        // The signature, then at least the last two lines of the paragraph it closes.
        expect(dateAt, `page ${page.number}: ${lines.map((l) => l.text).join(' / ')}`).toBeGreaterThanOrEqual(3);
      }
    });

    it(`leaves no article-end page holding fewer than ${MIN_END_LINES} lines`, () => {
      const ends = starts.map((_s, i) => (starts[i + 1] ?? pdf.pages.length + 1) - 1);
      const short = ends
        .map((end, i) => {
          let page = end;
          while (pdf.pages[page - 1]!.items.length === 0) page--;
          return { article: i + 1, page, first: page === starts[i], lines: bodyLines(pdf.pages[page - 1]!).length };
        })
        .filter((e) => !e.first && e.lines < MIN_END_LINES);
      expect(short).toEqual([]);
    });

    it('ends facing pages inside an article on the same line', () => {
      // Of the seven uneven spreads this book had, one is left: neither a tighter paragraph nor a
      // shorter page evens it without the article taking another page.
      const { spreads, uneven } = unevenSpreads(book, pdf, starts);
      expect(spreads).toBeGreaterThan(3);
      expect(uneven.length, uneven.join(', ')).toBeLessThanOrEqual(1);
    });

    it('opens the first article on a recto', () => {
      expect(starts[0]! % 2).toBe(1);
    });
  });
}

for (const lang of ['zh-Hans', 'zh-Hant'] as const) {
  describe(`seeds (${lang}): page-level finish`, () => {
    const book = seedsBook(lang);
    let pdf: ParsedPdf;
    let starts: number[];
    beforeAll(async () => {
      ({ pdf } = await render(book));
      starts = articleStarts(book, pdf);
    }, 120_000);

    it('ends facing pages inside an article on the same line', () => {
      const { spreads, uneven } = unevenSpreads(book, pdf, starts);
      expect(spreads).toBeGreaterThan(5);
      expect(uneven).toEqual([]);
    });

    it('sets a title on several lines in lines of even length, broken where a word starts', () => {
      const phrases = titlePhrases(book.articles.map((a) => a.title));
      const multiLine = book.articles.flatMap((article, i) => {
        const lines = textLines(pdf.pages[starts[i]! - 1]!).filter((l) => Math.abs(l.fontSize - theme.heading.title.fontSize) < 0.01);
        return lines.length > 1 ? [{ title: article.title, lines: lines.map((l) => l.text.replace(/\s+/g, '')) }] : [];
      });
      expect(multiLine.length).toBeGreaterThan(0);
      for (const { title, lines } of multiLine) {
        const lengths = lines.map((l) => Array.from(l).length);
        expect(Math.max(...lengths) - Math.min(...lengths), lines.join(' / ')).toBeLessThanOrEqual(2);
        let at = 0;
        for (const line of lines.slice(0, -1)) {
          at += line.length;
          expect(phrases(title).has(at), lines.join(' / ')).toBe(true);
        }
      }
    });
  });
}

describe('article breaks', () => {
  const book = largeBook(8, 5, 'zh-Hans', 5);

  it('recto: every article opens on an odd page', async () => {
    const { pdf } = await render(book, { ...theme, page: { ...theme.page, articleBreak: 'recto' } });
    expect(articleStarts(book, pdf).every((p) => p % 2 === 1)).toBe(true);
  }, 60_000);

  it('run-on: articles follow each other on the same page, fewer pages in all', async () => {
    const [paged, runOn] = await Promise.all([render(book), render(book, { ...theme, page: { ...theme.page, articleBreak: 'run-on' } })]);
    const starts = articleStarts(book, runOn.pdf);
    expect(runOn.pdf.pages.length).toBeLessThan(paged.pdf.pages.length);
    // Some article opens below text of the one before.
    const shared = starts.filter(
      (p, i) =>
        i > 0 &&
        bodyLines(runOn.pdf.pages[p - 1]!).some(
          (l) => l.y < textLines(runOn.pdf.pages[p - 1]!).find((t) => Math.abs(t.fontSize - theme.heading.title.fontSize) < 0.01)!.y,
        ),
    );
    expect(shared.length).toBeGreaterThan(0);
  }, 60_000);
});

/** Adjacent punctuation pairs on body lines, and how many are closer than a full em. */
function punctuationPairs(pdf: ParsedPdf): { pairs: number; squeezed: number } {
  let pairs = 0;
  let squeezed = 0;
  for (const page of pdf.pages) {
    for (const line of bodyLines(page)) {
      const glyphs = glyphOrigins(line);
      for (let i = 0; i + 1 < glyphs.length; i++) {
        const [a, b] = [glyphs[i]!, glyphs[i + 1]!];
        if (!isCjkPunctuation(a.char) || !isCjkPunctuation(b.char) || a.char === '…' || b.char === '…') continue;
        pairs++;
        if ((b.x - a.x) / em < 0.99) squeezed++;
      }
    }
  }
  return { pairs, squeezed };
}

describe('Traditional punctuation compression', () => {
  const book = largeBook(6, 14, 'zh-Hant', 11);

  it('squeezes adjacent marks by default, with centred stops kept', async () => {
    const { pdf } = await render(book);
    const { pairs, squeezed } = punctuationPairs(pdf);
    expect(pairs).toBeGreaterThan(20);
    expect(squeezed / pairs).toBeGreaterThanOrEqual(0.95);
  }, 60_000);

  it('keeps every mark a full em with `punctuationWidth: full`', async () => {
    const { pdf } = await render(book, { ...theme, body: { ...theme.body, punctuationWidth: 'full' } });
    const { pairs, squeezed } = punctuationPairs(pdf);
    expect(pairs).toBeGreaterThan(20);
    expect(squeezed).toBe(0);
  }, 60_000);
});
