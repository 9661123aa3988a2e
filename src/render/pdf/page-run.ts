/**
 * One run of blocks (between hard page breaks) laid out on pages of given
 * heights, with the keeps, widow and orphan rules (clreq
 * `#adjustments_of_orphans_and_widows`). Pagination calls it again with other
 * settings (tighter paragraphs, longer or shorter pages) and keeps the best.
 */
import { blockHeight, type FlowBlock } from './flow.js';

export interface PagePart {
  block: FlowBlock;
  /** Lines `[from, to)` of the block on this page. */
  from: number;
  to: number;
  /** Top of the first line, pt below the top of the text block. */
  y: number;
}

export interface Page {
  /** 1-based page number; odd pages are rectos. */
  number: number;
  parts: PagePart[];
  /** A page left blank on purpose (a recto start, padding to whole sheets). */
  blank: boolean;
  /** Runs one line long (with its facing page) to pull an article's end back. */
  long?: boolean;
}

/** Lines of a paragraph that must travel with a heading above it: two, or all of a short one. */
const linesToKeep = (b: FlowBlock) => (b.lines.length <= 3 ? b.lines.length : 2);

/** Height that must follow block `i` on the same page because `i` keeps with what comes next. */
function keepHeight(blocks: readonly FlowBlock[], i: number): number {
  let height = blocks[i]!.spaceAfter;
  for (let j = i + 1; j < blocks.length; j++) {
    const next = blocks[j]!;
    if (next.breakBefore !== 'none' || next.minRoom !== undefined) break;
    height += next.spaceBefore;
    if (next.splittable) return height + blockHeight(next, 0, linesToKeep(next));
    height += blockHeight(next);
    if (!next.keepWithNext) return height;
    height += next.spaceAfter;
  }
  return height;
}

/** Height of the blocks after `i` that keep with it (signatures below the last paragraph). */
function tailHeight(blocks: readonly FlowBlock[], i: number): number {
  let height = 0;
  for (let j = i + 1; j < blocks.length && blocks[j]!.keepWithPrevious; j++) height += blocks[j]!.spaceBefore + blockHeight(blocks[j]!);
  return height;
}

/** How many of the lines from `from` fit in `room`. */
function linesFitting(b: FlowBlock, from: number, room: number): number {
  let k = 0;
  let used = 0;
  while (from + k < b.lines.length && used + b.lines[from + k]!.height <= room + 1e-6) used += b.lines[from + k++]!.height;
  return k;
}

/** Lines to put on this page so that neither an orphan nor a widow results. */
function splitPoint(b: FlowBlock, from: number, fit: number, pageEmpty: boolean): number {
  const n = b.lines.length;
  let k = fit;
  if (n - (from + k) === 1 && k > 0) k--; // widow: take one more line over
  if (from === 0 && k === 1 && n > 1) k = 0; // orphan: first line alone at the foot
  return k === 0 && pageEmpty ? Math.max(1, fit) : k;
}

/**
 * Pages of a run of blocks that starts on a fresh page numbered `first`: the
 * first block's break (and a recto blank) is taken here.
 */
export function layoutRun(blocks: readonly FlowBlock[], heightOf: (page: number) => number, first: number): Page[] {
  const pages: Page[] = [];
  let page: Page | null = null;
  let y = 0;
  const newPage = (blank = false): Page => {
    page = { number: first + pages.length, parts: [], blank };
    pages.push(page);
    y = 0;
    textHeight = heightOf(page.number);
    return page;
  };
  let textHeight = heightOf(first);
  blocks.forEach((b, i) => {
    if (!page || (i === 0 && b.breakBefore !== 'none')) {
      if (b.breakBefore === 'recto' && (first + pages.length) % 2 === 0) newPage(true);
      newPage();
    } else if (b.breakBefore !== 'none' || (b.minRoom !== undefined && y > 0 && textHeight - y < b.minRoom - 1e-6)) newPage();
    let current: Page = page!;
    const spaceBefore = () => (y === 0 ? 0 : b.spaceBefore);
    if (!b.splittable) {
      const need = spaceBefore() + blockHeight(b) + (b.keepWithNext ? keepHeight(blocks, i) : 0);
      if (y > 0 && y + need > textHeight + 1e-6) current = newPage();
      y += spaceBefore();
      if (b.startAt !== undefined) y = Math.max(y, b.startAt);
      if (b.atFoot) y = Math.max(y, textHeight - blockHeight(b));
      current.parts.push({ block: b, from: 0, to: b.lines.length, y });
      y += blockHeight(b) + b.spaceAfter;
      return;
    }
    const tail = tailHeight(blocks, i);
    let from = 0;
    while (from < b.lines.length) {
      const space = spaceBefore();
      const room = textHeight - y - space;
      const fit = linesFitting(b, from, room);
      let k = fit >= b.lines.length - from ? fit : splitPoint(b, from, fit, y === 0);
      // The block ends here but what keeps with it does not fit: its last two lines go over with it.
      if (k === b.lines.length - from && tail > 0 && blockHeight(b, from, from + k) + tail > room + 1e-6 && y + space > 0) {
        k = Math.max(0, k - Math.min(2, b.lines.length));
        if (from === 0 && k === 1) k = 0;
        if (k === 0 && y === 0) k = fit;
      }
      if (k > 0) {
        y += space;
        current.parts.push({ block: b, from, to: from + k, y });
        y += blockHeight(b, from, from + k);
        from += k;
      }
      if (from < b.lines.length) current = newPage();
    }
    y += b.spaceAfter;
  });
  return pages;
}

/** Lines set on a page. */
export const linesOnPage = (page: Page): number => page.parts.reduce((sum, part) => sum + part.to - part.from, 0);
