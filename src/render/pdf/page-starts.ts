/**
 * Where each printed page begins in the book: the block its first line
 * belongs to and the offset of that line in the block's text. An e-book of
 * the same script marks these places as page breaks, so a reader can cite
 * "p. 17" of the print edition from it.
 */
import type { BlockOrigin } from './flow.js';
import type { Folio } from './folios.js';
import type { Page } from './paginate.js';

export interface PageStart {
  page: number;
  /** The page's printed name (`封一`, `iii`, `17`). */
  label: string;
  origin: BlockOrigin;
  /** Offset (UTF-16) in the block's text (lead and text) where the page's first line starts. */
  offset: number;
}

/** Pages whose text other editions hold in the same place: the title page, the contents, the articles. */
const hasPlace = (page: Page): boolean => {
  const kind = page.parts[0]?.block.section.kind;
  return kind === 'title' || kind === 'toc' || kind === 'article';
};

export function pageStarts(pages: readonly Page[], folios: readonly Folio[]): PageStart[] {
  const labelOf = (page: Page) => folios[page.number - 1]!.label;
  const starts: Array<PageStart | null> = pages.map((page) => {
    const first = page.parts[0];
    if (!first || !hasPlace(page)) return null;
    return { page: page.number, label: labelOf(page), origin: first.block.origin, offset: first.from === 0 ? 0 : first.block.lines[first.from]!.start };
  });
  // A page left blank, the imprint or the back cover begins after the text of the page before it
  // (a blank after the contents, the back of the title page); the covers before any text begin
  // where the first page with text does.
  let before: Page | null = null;
  pages.forEach((page, i) => {
    if (starts[i] !== null) before = page;
    else if (before) starts[i] = { page: page.number, label: labelOf(page), origin: before.parts.at(-1)!.block.origin, offset: Number.MAX_SAFE_INTEGER };
  });
  for (let i = starts.length - 1; i >= 0; i--) {
    const next = starts[i + 1];
    if (starts[i] === null && next) starts[i] = { ...next, page: pages[i]!.number, label: labelOf(pages[i]!) };
  }
  return starts.filter((start): start is PageStart => start !== null);
}
