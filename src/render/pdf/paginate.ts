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
import type { FlowBlock, FlowLine } from './flow.js';
import { alignFoot } from './page-feet.js';
import { layoutRun, linesOnPage, type Page } from './page-run.js';
import { balanceSpreads } from './spreads.js';

export type { Page, PagePart } from './page-run.js';
export { linesOnPage } from './page-run.js';

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

/** An article run's spreads balanced and its full pages' feet on the line grid. */
function finishRun(run: FlowBlock[], pages: Page[], textHeight: number, options: PaginateOptions): Page[] {
  const { lineHeight } = options;
  if (!lineHeight || run[0]?.section.kind !== 'article' || pages.length < 3) return pages;
  const long = new Set(pages.filter((p) => p.long).map((p) => p.number));
  const heightOf = (n: number) => textHeight + (long.has(n) ? lineHeight : 0);
  const balanced = balanceSpreads(run, pages, pages[0]!.number, {
    lineHeight,
    heightOf,
    minEndLines: MIN_END_LINES,
    ...(options.tighten ? { tighten: options.tighten } : {}),
  });
  // The last page ends the article where its text ends.
  for (const page of balanced.slice(0, -1)) if (!page.blank) alignFoot(page, heightOf(page.number), lineHeight);
  return balanced;
}

export function paginate(blocks: readonly FlowBlock[], textHeight: number, options: PaginateOptions = {}): Page[] {
  const pages: Page[] = [];
  const { lineHeight } = options;
  // The text block of an article page is a whole number of body lines high: full pages then end on the same line.
  const onGrid = lineHeight ? Math.floor(textHeight / lineHeight + 1e-6) * lineHeight : textHeight;
  for (const run of runsOf(blocks)) {
    const height = run[0]!.section.kind === 'article' ? onGrid : textHeight;
    pages.push(...finishRun(run, layoutPulledBack(run, height, pages.length + 1, options), height, options));
  }
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
  for (const [i, p] of pages.entries()) p.number = i + 1;
}

/** Page number of every named destination. */
export function destinationPages(pages: readonly Page[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const page of pages) for (const part of page.parts) if (part.from === 0 && part.block.destination) map.set(part.block.destination, page.number);
  return map;
}
