/** The booklet writer, tested on the imposed file parsed back with pdfjs-dist. */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { sampleBook } from '../../book/sample-book.js';
import { loadFontSet } from '../../fonts/fonts.js';
import { loadTheme } from '../../theme/theme.js';
import { type PdfPage, readPdf } from '../pdf/__fixtures__/read-pdf.js';
import { renderPdf } from '../pdf/render-pdf.js';
import { imposeBooklet } from './impose.js';
import { paddedPageCount, type SheetSide, saddleStitchSides } from './order.js';
import { mm, sheetFor } from './sheets.js';

/** A PDF whose pages say only their own number, `p<n>`, at a known place. */
async function numberedPdf(count: number, size: [number, number] = [mm(148), mm(210)]): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= count; n++) doc.addPage(size).drawText(`p${n}`, { x: 100, y: 300, size: 20, font });
  return doc.save();
}

/** What each half of a sheet side holds: the text items left and right of the fold, joined. */
function halves(page: PdfPage): { left: string; right: string } {
  const mid = page.width / 2;
  const text = (inHalf: (x: number) => boolean) =>
    page.items
      .filter((i) => inHalf(i.x))
      .map((i) => i.str)
      .join('');
  return { left: text((x) => x < mid), right: text((x) => x >= mid) };
}

/**
 * Folds the printed sheets as a person would (stacked, sheet 0 outside, then
 * folded in the middle) and reads the booklet page by page.
 */
function readFolded(sides: readonly SheetSide[]): (number | null)[] {
  const sheets = sides.length / 2;
  const side = (sheet: number, which: 'front' | 'back') => sides.find((s) => s.sheet === sheet && s.side === which)!;
  const order: (number | null)[] = [];
  for (let s = 0; s < sheets; s++) order.push(side(s, 'front').right, side(s, 'back').left);
  for (let s = sheets - 1; s >= 0; s--) order.push(side(s, 'back').right, side(s, 'front').left);
  return order;
}

describe('saddle-stitch order', () => {
  it('reads 1…n once folded, blanks only at the end, for every page count', () => {
    for (let pages = 1; pages <= 40; pages++) {
      const sides = saddleStitchSides(pages);
      const total = paddedPageCount(pages);
      expect(total % 4).toBe(0);
      expect(sides.length).toBe(total / 2);
      expect(sides.map((s) => s.side)).toEqual(sides.map((_, i) => (i % 2 === 0 ? 'front' : 'back')));
      const expected = Array.from({ length: total }, (_, i) => (i < pages ? i + 1 : null));
      expect(readFolded(sides)).toEqual(expected);
    }
  });

  it('puts the first and last page on the front of the outer sheet', () => {
    expect(saddleStitchSides(8)).toEqual([
      { sheet: 0, side: 'front', left: 8, right: 1 },
      { sheet: 0, side: 'back', left: 2, right: 7 },
      { sheet: 1, side: 'front', left: 6, right: 3 },
      { sheet: 1, side: 'back', left: 4, right: 5 },
    ]);
  });
});

describe('imposed file', () => {
  it('holds on every sheet side the two pages the order names, on a landscape A4', async () => {
    for (const count of [4, 6, 12]) {
      const result = await imposeBooklet(await numberedPdf(count));
      const pdf = await readPdf(result.bytes);
      expect(pdf.pages.length).toBe(paddedPageCount(count) / 2);
      pdf.pages.forEach((page, i) => {
        expect([page.width, page.height].map(Math.round)).toEqual([842, 595]);
        const side = saddleStitchSides(count)[i]!;
        const label = (n: number | null) => (n === null ? '' : `p${n}`);
        expect(halves(page), `count ${count}, side ${i + 1}`).toEqual({ left: label(side.left), right: label(side.right) });
      });
    }
  });

  it('imposes the A5 edition page for page, with the same text on each half as on the page', async () => {
    const book = sampleBook();
    const a5 = await renderPdf(book, { theme: loadTheme(), fonts: loadFontSet('Hans') });
    const [source, imposed] = await Promise.all([readPdf(a5.bytes), imposeBooklet(a5.bytes).then((r) => readPdf(r.bytes))]);
    const textOf = (n: number | null) => (n === null ? '' : source.pages[n - 1]!.items.map((i) => i.str).join(''));
    const sides = saddleStitchSides(source.pages.length);
    expect(imposed.pages.length).toBe(sides.length);
    for (const [i, page] of imposed.pages.entries())
      expect(halves(page), `side ${i + 1}`).toEqual({ left: textOf(sides[i]!.left), right: textOf(sides[i]!.right) });
    expect(imposed.info.Title).toBe(book.meta.title);
  }, 60_000);

  it('moves the pages of inner sheets towards the fold by the creep', async () => {
    const bytes = await numberedPdf(12);
    const [flat, crept] = await Promise.all([imposeBooklet(bytes), imposeBooklet(bytes, { creep: 2 })].map(async (r) => readPdf((await r).bytes)));
    const sides = saddleStitchSides(12);
    flat!.pages.forEach((page, i) => {
      const mid = page.width / 2;
      const shift = sides[i]!.sheet * 2;
      for (const item of page.items) {
        const moved = crept!.pages[i]!.items.find((m) => m.str === item.str)!;
        expect(moved.x - item.x).toBeCloseTo(item.x < mid ? shift : -shift, 3);
      }
    });
  });

  it('chooses the smallest sheet that holds two pages', () => {
    expect(sheetFor(mm(148), mm(210)).name).toBe('A4');
    expect(sheetFor(mm(125), mm(176)).name).toBe('B5');
    expect(sheetFor(mm(130), mm(184)).name).toBe('16开');
    expect(() => sheetFor(mm(300), mm(420))).toThrow(/No sheet/);
  });

  it('gives the same bytes for the same input', async () => {
    const bytes = await numberedPdf(9);
    const [a, b] = await Promise.all([imposeBooklet(bytes, { creep: 0.3 }), imposeBooklet(bytes, { creep: 0.3 })]);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });
});
