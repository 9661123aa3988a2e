/**
 * Pagination, done before anything is drawn so that every page number (the
 * folios, the contents) is known. Rules (clreq `#adjustments_of_orphans_and_widows`,
 * `#handling_of_new_retros`): an article starts a new page (a recto if the theme
 * says so); a heading is never the last thing on a page; a page never begins
 * with a paragraph's last line alone, nor ends with its first line alone.
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
  /** A page left blank so the next article opens on a recto. */
  blank: boolean;
}

/** Lines of a paragraph that must travel with a heading above it: two, or all of a short one. */
const linesToKeep = (b: FlowBlock) => (b.lines.length <= 3 ? b.lines.length : 2);

/** Height that must follow block `i` on the same page because `i` keeps with what comes next. */
function keepHeight(blocks: readonly FlowBlock[], i: number): number {
  let height = blocks[i]!.spaceAfter;
  for (let j = i + 1; j < blocks.length; j++) {
    const next = blocks[j]!;
    if (next.breakBefore !== 'none') break;
    height += next.spaceBefore;
    if (next.splittable) return height + blockHeight(next, 0, linesToKeep(next));
    height += blockHeight(next);
    if (!next.keepWithNext) return height;
    height += next.spaceAfter;
  }
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

export function paginate(blocks: readonly FlowBlock[], textHeight: number): Page[] {
  const pages: Page[] = [];
  let page: Page | null = null;
  let y = 0;
  const newPage = (blank = false): Page => {
    page = { number: pages.length + 1, parts: [], blank };
    pages.push(page);
    y = 0;
    return page;
  };
  blocks.forEach((b, i) => {
    if (!page || b.breakBefore !== 'none') {
      if (b.breakBefore === 'recto' && (pages.length + 1) % 2 === 0) newPage(true);
      newPage();
    }
    let current: Page = page!;
    const spaceBefore = () => (y === 0 ? 0 : b.spaceBefore);
    if (!b.splittable) {
      const need = spaceBefore() + blockHeight(b) + (b.keepWithNext ? keepHeight(blocks, i) : 0);
      if (y > 0 && y + need > textHeight + 1e-6) current = newPage();
      y += spaceBefore();
      current.parts.push({ block: b, from: 0, to: b.lines.length, y });
      y += blockHeight(b) + b.spaceAfter;
      return;
    }
    let from = 0;
    while (from < b.lines.length) {
      const space = spaceBefore();
      const fit = linesFitting(b, from, textHeight - y - space);
      const k = fit >= b.lines.length - from ? fit : splitPoint(b, from, fit, y === 0);
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

/** Page number of every named destination. */
export function destinationPages(pages: readonly Page[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const page of pages) for (const part of page.parts) if (part.from === 0 && part.block.destination) map.set(part.block.destination, page.number);
  return map;
}
