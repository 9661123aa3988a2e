/**
 * Where things go on a page. The text block hugs the inside margin; its width
 * is the measure (whole body em), so any remainder widens the outside margin.
 */
import type { Theme } from '../../theme/theme.js';

export interface PageFrame {
  recto: boolean;
  /** Left and top of the text block, pt. */
  left: number;
  top: number;
  width: number;
  height: number;
}

export const textHeight = (theme: Theme): number => theme.pageHeight - theme.page.margins.top - theme.page.margins.bottom;

export function pageFrame(theme: Theme, pageNumber: number, measure: number): PageFrame {
  const recto = pageNumber % 2 === 1;
  const { inside, top } = theme.page.margins;
  return { recto, left: recto ? inside : theme.pageWidth - inside - measure, top, width: measure, height: textHeight(theme) };
}
