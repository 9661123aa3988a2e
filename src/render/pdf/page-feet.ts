/**
 * Vertical justification: on a page that the text runs on from, the last
 * line ends on a line of the page's grid (body lines from the top of the
 * text block, which is a whole number of them high). Headings are not a whole
 * number of body lines high, so the fraction of a line they leave at the foot
 * is shared out among the spaces around them: facing pages then end on the
 * same line.
 */
import { blockHeight } from './flow.js';
import type { Page } from './page-run.js';
import { usedHeight } from './spreads.js';

/** Moves the parts of `page` down so that its last line ends on a line of the grid (of `lineHeight` from the top). */
export function alignFoot(page: Page, height: number, lineHeight: number): void {
  const used = usedHeight(page);
  const foot = Math.min(height, Math.ceil(used / lineHeight - 1e-6) * lineHeight);
  const fraction = foot - used;
  if (fraction <= 1e-6) return;
  const gaps: number[] = [];
  for (let k = 1; k < page.parts.length; k++) {
    const above = page.parts[k - 1]!;
    if (page.parts[k]!.y - (above.y + blockHeight(above.block, above.from, above.to)) > 1e-6) gaps.push(k);
  }
  if (gaps.length === 0) return;
  gaps.forEach((k, i) => {
    const shift = (fraction * (i + 1)) / gaps.length;
    const end = gaps[i + 1] ?? page.parts.length;
    for (let j = k; j < end; j++) page.parts[j]!.y += shift;
  });
}
