/**
 * Printing sheets a booklet can be imposed on, and the choice of one: the
 * smallest whose landscape side holds two pages side by side (A5 on A4, B6 on
 * B5, 32开 on 16开).
 */

const MM = 72 / 25.4;

export interface Sheet {
  name: string;
  /** Landscape: width is the long side, pt. */
  width: number;
  height: number;
}

const sheet = (name: string, shortMm: number, longMm: number): Sheet => ({ name, width: longMm * MM, height: shortMm * MM });

/** Common cut sizes, smallest first. */
export const SHEETS: readonly Sheet[] = [
  sheet('B5', 176, 250),
  sheet('16开', 185, 260),
  sheet('大16开', 210, 285),
  sheet('A4', 210, 297),
  sheet('B4', 250, 353),
  sheet('A3', 297, 420),
];

/** Slack for sizes given in rounded millimetres, pt. */
const FIT_SLACK = 1.5;

export function sheetFor(pageWidth: number, pageHeight: number): Sheet {
  const fits = SHEETS.filter((s) => 2 * pageWidth <= s.width + FIT_SLACK && pageHeight <= s.height + FIT_SLACK);
  const best = fits.sort((a, b) => a.width * a.height - b.width * b.height)[0];
  if (!best) throw new Error(`No sheet holds two pages of ${pageWidth.toFixed(1)} × ${pageHeight.toFixed(1)} pt`);
  return best;
}

export const mm = (value: number): number => value * MM;
