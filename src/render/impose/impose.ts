/**
 * The booklet writer: a PDF of pages → the same pages imposed 2-up on
 * landscape sheets in saddle-stitch order, for duplex printing flipped on the
 * short edge, then folding and stapling. Pages are embedded as form XObjects
 * (the fonts once for the whole file); the structure tree and links of the
 * reading edition are not carried, as a sheet is not read on screen.
 */
import { PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { type SheetSide, saddleStitchSides } from './order.js';
import { type Sheet, sheetFor } from './sheets.js';

export interface ImposeOptions {
  /** The sheet; default the smallest common one that holds two pages. */
  sheet?: Sheet;
  /**
   * Creep compensation, pt per sheet: a sheet nested inside k others has its
   * pages moved k × creep towards the fold, so the fore-edge margins stay
   * even once the folded booklet is trimmed. About the paper's thickness.
   */
  creep?: number;
}

export interface ImposeResult {
  bytes: Uint8Array;
  /** Pages of the booklet (a multiple of four) and the sides printed. */
  pages: number;
  sides: SheetSide[];
  sheet: Sheet;
}

export async function imposeBooklet(pdf: Uint8Array, options: ImposeOptions = {}): Promise<ImposeResult> {
  const source = await PDFDocument.load(pdf, { updateMetadata: false });
  const pages = source.getPages();
  if (pages.length === 0) throw new Error('Cannot impose a PDF without pages');
  const { width, height } = pages[0]!.getSize();
  const sheet = options.sheet ?? sheetFor(width, height);
  const creep = options.creep ?? 0;
  const sides = saddleStitchSides(pages.length);
  // Links and tags point into the reading edition's page tree; copying them would drag that tree along.
  for (const page of pages) {
    page.node.delete(PDFName.of('Annots'));
    page.node.delete(PDFName.of('StructParents'));
  }
  const out = await PDFDocument.create({ updateMetadata: false });
  copyInfo(source, out);
  // A page moved towards the fold loses that much of its inner margin, so it never reaches the other half.
  const shiftOf = (side: SheetSide) => Math.min(side.sheet * creep, width / 4);
  const placements = sides.flatMap((side) =>
    (['left', 'right'] as const).flatMap((half) => {
      const number = side[half];
      return number === null ? [] : [{ side, half, index: number - 1, shift: shiftOf(side) }];
    }),
  );
  const embedded = await out.embedPages(
    placements.map((p) => pages[p.index]!),
    placements.map((p) =>
      p.half === 'left' ? { left: 0, bottom: 0, right: width - p.shift, top: height } : { left: p.shift, bottom: 0, right: width, top: height },
    ),
  );
  const x0 = (sheet.width - 2 * width) / 2;
  const y0 = (sheet.height - height) / 2;
  let at = 0;
  for (const side of sides) {
    const page = out.addPage([sheet.width, sheet.height]);
    for (const half of ['left', 'right'] as const) {
      if (side[half] === null) continue;
      const p = placements[at]!;
      const form = embedded[at++]!;
      // A clipped page keeps its own coordinates: the left page's right edge, the right page's left edge, stay at the fold.
      const x = half === 'left' ? x0 + p.shift : x0 + width;
      page.drawPage(form, { x, y: y0, width: form.width, height: form.height });
    }
  }
  const bytes = await out.save({ useObjectStreams: false });
  return { bytes, pages: sides.length * 2, sides, sheet };
}

function copyInfo(from: PDFDocument, to: PDFDocument): void {
  const title = from.getTitle();
  if (title) to.setTitle(title);
  const author = from.getAuthor();
  if (author) to.setAuthor(author);
  const subject = from.getSubject();
  if (subject) to.setSubject(subject);
  const keywords = from.getKeywords();
  if (keywords) to.setKeywords([keywords]);
  to.setCreator(from.getCreator() ?? 'wenji');
  to.setProducer('wenji (pdf-lib imposition)');
  const created = from.getCreationDate();
  if (created) to.setCreationDate(created);
  const modified = from.getModificationDate();
  if (modified) to.setModificationDate(modified);
  const lang = from.catalog.lookupMaybe(PDFName.of('Lang'), PDFString, PDFHexString)?.decodeText();
  if (lang) to.setLanguage(lang);
}
