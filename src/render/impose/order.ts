/**
 * Saddle-stitch order: the pages of a booklet as they fall on the sides of
 * nested sheets. Sheet 0 is the outermost (it carries the first and last
 * pages); each sheet is printed front then back, so the sides follow each
 * other in the order a duplex printer takes them. Printed on the short edge
 * flip, a sheet's back holds, behind its front's right half, the next page.
 */

export interface SheetSide {
  /** 0 for the outermost sheet. */
  sheet: number;
  side: 'front' | 'back';
  /** 1-based page numbers on the left and right halves, or null for a padding blank. */
  left: number | null;
  right: number | null;
}

/** `pages` rounded up to whole sheets (four pages each). */
export const paddedPageCount = (pages: number): number => Math.max(4, Math.ceil(pages / 4) * 4);

/**
 * The sides of the sheets for a booklet of `pages` pages. When the count is
 * not a multiple of four, the missing pages are blanks at the end (the A5
 * edition plans its own blanks, so this happens only for a foreign PDF).
 */
export function saddleStitchSides(pages: number): SheetSide[] {
  const total = paddedPageCount(pages);
  const real = (n: number): number | null => (n <= pages ? n : null);
  const sides: SheetSide[] = [];
  for (let sheet = 0; sheet < total / 4; sheet++) {
    const outer = 2 * sheet;
    sides.push({ sheet, side: 'front', left: real(total - outer), right: real(outer + 1) });
    sides.push({ sheet, side: 'back', left: real(outer + 2), right: real(total - outer - 1) });
  }
  return sides;
}
