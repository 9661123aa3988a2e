/**
 * Page numbers as a book prints them. The covers are outside the count
 * (封一 封二 … 封三 封四, as Chinese printers name them); the front matter
 * (title page to the page before the first article) counts in lower-case
 * roman, printed on the contents pages only when the theme's
 * `front.folios` is `roman` (a title page and an imprint never show one);
 * the body counts in arabic from 1 at the first article. The same labels
 * name the pages in the PDF (/PageLabels) and in the e-books' page lists.
 */
import { isFrontMatter } from './flow.js';
import type { Page } from './paginate.js';

export type FolioStyle = 'cover' | 'roman' | 'arabic';

export interface Folio {
  style: FolioStyle;
  /** The page's name: `封一`, `iii`, `17`. */
  label: string;
  /** What is printed at its foot, or null. */
  printed: string | null;
}

const COVER_NAMES = ['封一', '封二', '封三', '封四'] as const;

/** Lower-case roman numeral (front matter runs short: up to 3999 suffices). */
export function roman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  for (const [value, numeral] of table) for (; n >= value; n -= value) out += numeral;
  return out;
}

const kindOf = (page: Page) => page.parts[0]?.block.section.kind ?? null;

export function pageFolios(pages: readonly Page[], frontFolios: 'none' | 'roman'): Folio[] {
  const firstArticle = pages.findIndex((page) => kindOf(page) === 'article');
  const coverEnd = pages.findIndex((page) => {
    const kind = kindOf(page);
    return kind !== null && kind !== 'cover';
  });
  const backCover = pages.findIndex((page) => kindOf(page) === 'back-cover');
  const hasCover = kindOf(pages[0]!) === 'cover';
  return pages.map((page, i): Folio => {
    const kind = kindOf(page);
    if (hasCover && i < coverEnd) return { style: 'cover', label: COVER_NAMES[Math.min(i, 1)]!, printed: null };
    if (backCover >= 0 && (i === backCover || (i === backCover - 1 && page.blank)))
      return { style: 'cover', label: i === backCover ? COVER_NAMES[3] : COVER_NAMES[2], printed: null };
    if (firstArticle < 0 || i < firstArticle) {
      const label = roman(i - (hasCover ? coverEnd : 0) + 1);
      const printed = frontFolios === 'roman' && kind === 'toc' && !page.blank ? label : null;
      return { style: 'roman', label, printed };
    }
    const label = String(i - firstArticle + 1);
    return { style: 'arabic', label, printed: page.blank || (kind !== null && isFrontMatter(kind)) ? null : label };
  });
}

/** The PDF's /PageLabels number tree: a range wherever the style changes, and one per cover page (a prefix alone). */
export function pageLabelRanges(folios: readonly Folio[]): Array<{ start: number; style: FolioStyle; prefix?: string }> {
  const ranges: Array<{ start: number; style: FolioStyle; prefix?: string }> = [];
  folios.forEach((folio, i) => {
    if (folio.style === 'cover') ranges.push({ start: i, style: 'cover', prefix: folio.label });
    else if (i === 0 || folios[i - 1]!.style !== folio.style) ranges.push({ start: i, style: folio.style });
  });
  return ranges;
}
