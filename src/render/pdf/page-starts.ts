/**
 * Where each printed page begins in the book: the block its first line
 * belongs to and the offset of that line in the block's text. An e-book of
 * the same script marks these places as page breaks, so a reader can cite
 * "p. 17" of the print edition from it.
 */
import type { BlockOrigin } from './flow.js';
import type { Page } from './paginate.js';

export interface PageStart {
  page: number;
  origin: BlockOrigin;
  /** Offset (UTF-16) in the block's text (lead and text) where the page's first line starts. */
  offset: number;
}

export function pageStarts(pages: readonly Page[]): PageStart[] {
  const starts: Array<PageStart | null> = pages.map((page) => {
    const first = page.parts[0];
    if (!first) return null;
    return { page: page.number, origin: first.block.origin, offset: first.from === 0 ? 0 : first.block.lines[first.from]!.start };
  });
  // A page left blank begins where the next page with text does; blank pages at the end (padding a
  // sheet) begin after the last text.
  const lastPart = pages.findLast((page) => page.parts.length > 0)?.parts.at(-1);
  for (let i = starts.length - 1; i >= 0; i--) {
    if (starts[i] !== null) continue;
    const next = starts[i + 1];
    if (next) starts[i] = { ...next, page: pages[i]!.number };
    else if (lastPart) starts[i] = { page: pages[i]!.number, origin: lastPart.block.origin, offset: Number.MAX_SAFE_INTEGER };
  }
  return starts.filter((start): start is PageStart => start !== null);
}
