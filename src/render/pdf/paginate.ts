/**
 * Pagination, done before anything is drawn so that every page number (the
 * folios, the contents) is known. Rules (clreq `#adjustments_of_orphans_and_widows`,
 * `#handling_of_new_retros`): an article starts a new page (a recto, or runs on
 * after the one before, as the theme says); a heading is never the last thing
 * on a page; a page never begins with a paragraph's last line alone, nor ends
 * with its first line alone; a signature or closing date never leaves the last
 * lines of the text above it. Page-level finish: an article whose last page
 * would hold only a few lines has paragraphs set tighter to pull them back, and
 * the book is padded with planned blanks to whole sheets.
 */
import { blockHeight, type FlowBlock, type FlowLine } from './flow.js';

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

export interface PaginateOptions {
  /** Height of a line of body text: a page may run one such line long to pull an article's end back. */
  lineHeight?: number;
  /** Make the page count a multiple of this (4: whole folded sheets). */
  padTo?: number;
  /** The block's lines set one line shorter, or null when shrinking cannot save a line. */
  tighten?: (block: FlowBlock) => FlowLine[] | null;
}

/** An article's last page holding fewer lines than this is pulled back when it can be. */
export const MIN_END_LINES = 4;
/** Paragraphs tried, tightest first, when pulling an article's end back. */
const MAX_TIGHTENED = 8;

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
function layoutRun(blocks: readonly FlowBlock[], heightOf: (page: number) => number, first: number): Page[] {
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

/** Runs of blocks between hard page breaks: each is laid out on its own. */
function runsOf(blocks: readonly FlowBlock[]): FlowBlock[][] {
  const runs: FlowBlock[][] = [];
  for (const b of blocks) {
    if (runs.length === 0 || b.breakBefore !== 'none') runs.push([]);
    runs[runs.length - 1]!.push(b);
  }
  return runs;
}

/**
 * Lays a run out; when it ends an article with a nearly empty page, sets the
 * paragraphs that can lose a line tighter, fewest first, until the page goes.
 */
function layoutPulledBack(run: FlowBlock[], textHeight: number, first: number, options: PaginateOptions): Page[] {
  const normal = () => textHeight;
  const pages = layoutRun(run, normal, first);
  const last = pages[pages.length - 1]!;
  const body = pages.filter((p) => !p.blank);
  if (!options.tighten || body.length < 2 || linesOnPage(last) >= MIN_END_LINES) return pages;
  if (last.parts.some((p) => p.block.section.kind !== 'article')) return pages;
  const candidates = run
    .filter((b) => b.splittable && b.source && !b.tightened && b.lines.length >= 2)
    .map((b) => ({ block: b, tight: options.tighten!(b) }))
    .filter((c): c is { block: FlowBlock; tight: FlowLine[] } => c.tight !== null && c.tight.length < c.block.lines.length)
    // Least visible first: the paragraphs whose last line is shortest need the least squeezing.
    .sort((a, b) => lastLineWidth(a.block) - lastLineWidth(b.block))
    .slice(0, MAX_TIGHTENED);
  const loose = candidates.map((c) => c.block.lines);
  for (let k = 1; k <= candidates.length; k++) {
    const c = candidates[k - 1]!;
    c.block.lines = c.tight;
    c.block.tightened = true;
    const tried = layoutRun(run, normal, first);
    if (tried.length < pages.length) return tried;
  }
  // Then the white below the article head gives up a line, then spreads run long.
  const head = run.find((b) => b.spaceAfter > 0 && b.keepWithNext && b.section.kind === 'article');
  const headSpace = head?.spaceAfter ?? 0;
  if (head && options.lineHeight && headSpace > options.lineHeight) {
    head.spaceAfter = headSpace - options.lineHeight;
    const tried = layoutRun(run, normal, first);
    if (tried.length < pages.length) return tried;
  }
  const long = longSpreads(run, textHeight, first, pages, options.lineHeight);
  if (long) return long;
  if (head) head.spaceAfter = headSpace;
  candidates.forEach((c, i) => {
    c.block.lines = loose[i]!;
    delete c.block.tightened;
  });
  return pages;
}

/**
 * The book typesetter's other way to pull lines back: the spreads before the
 * last page run one line long, both facing pages alike (so they still end on
 * the same line). At most two spreads.
 */
function longSpreads(run: FlowBlock[], textHeight: number, first: number, pages: readonly Page[], lineHeight: number | undefined): Page[] | null {
  if (!lineHeight) return null;
  const lastFull = pages[pages.length - 2]!.number;
  const spreadOf = (n: number) => (n % 2 === 0 ? n : n - 1);
  const long = new Set<number>();
  for (let spread = spreadOf(lastFull), tries = 0; tries < 2 && spread + 1 >= first; spread -= 2, tries++) {
    long.add(spread).add(spread + 1);
    const tried = layoutRun(run, (n) => (long.has(n) ? textHeight + lineHeight : textHeight), first);
    if (tried.length < pages.length) {
      // The pages past the run's end keep their height; a long page left empty stays so.
      for (const page of tried) if (long.has(page.number)) page.long = true;
      return tried;
    }
  }
  return null;
}

const lastLineWidth = (b: FlowBlock): number => {
  const line = b.lines[b.lines.length - 1]!;
  return line.right - line.left;
};

export function paginate(blocks: readonly FlowBlock[], textHeight: number, options: PaginateOptions = {}): Page[] {
  const pages: Page[] = [];
  for (const run of runsOf(blocks)) pages.push(...layoutPulledBack(run, textHeight, pages.length + 1, options));
  padPages(pages, options.padTo ?? 1);
  return pages;
}

/** Pads to a multiple of `padTo` with blanks before the back cover (or at the end), renumbering what follows. */
function padPages(pages: Page[], padTo: number): void {
  const back = pages.findIndex((p) => p.parts[0]?.block.section.kind === 'back-cover');
  // A back cover is a verso, whatever the padding.
  const missing = back >= 0 && padTo % 2 === 1 ? (pages.length + 1) % 2 : (padTo - (pages.length % padTo)) % padTo;
  if (missing === 0) return;
  const at = back < 0 ? pages.length : back;
  pages.splice(at, 0, ...Array.from({ length: missing }, (): Page => ({ number: 0, parts: [], blank: true })));
  pages.forEach((p, i) => (p.number = i + 1));
}

/** Page number of every named destination. */
export function destinationPages(pages: readonly Page[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const page of pages) for (const part of page.parts) if (part.from === 0 && part.block.destination) map.set(part.block.destination, page.number);
  return map;
}
