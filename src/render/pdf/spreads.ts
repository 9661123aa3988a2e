/**
 * Facing pages end on the same line. Inside an article a page falls a line
 * short when widow and orphan control sends a line over or a heading moves
 * on, while the page facing it is full. The remedies a book typesetter uses,
 * in order: set a paragraph on or before the spread tighter, so that its lines
 * fall differently; else shorten both pages to the length of the shorter.
 * A remedy is kept only when it leaves fewer uneven spreads, the article no
 * more pages, and its last page no fewer lines than it needs.
 */
import { blockHeight, type FlowBlock, type FlowLine } from './flow.js';
import { layoutRun, linesOnPage, type Page } from './page-run.js';

export interface SpreadOptions {
  /** Height of a body line: pages are compared in whole lines. */
  lineHeight: number;
  /** Text height of page `n` before any shortening (long pages included). */
  heightOf: (page: number) => number;
  /** The article's last page needs at least this many lines (or as many as it had). */
  minEndLines: number;
  /** The block's lines set one line shorter, or null. */
  tighten?: (block: FlowBlock) => FlowLine[] | null;
}

/** Paragraphs tried, near the spread, before a page is shortened. */
const MAX_TIGHTENED = 6;
/** Lines a spread may be shortened by beyond its shorter page, when widow and orphan control asks. */
const MAX_EXTRA_SHORT = 2;

/** Bottom of the last line set on a page, pt below the top of the text block. */
export function usedHeight(page: Page): number {
  const last = page.parts[page.parts.length - 1];
  return last ? last.y + blockHeight(last.block, last.from, last.to) : 0;
}

/** Whole body lines a page falls short of its height. */
export const shortLines = (page: Page, height: number, lineHeight: number): number => Math.floor((height - usedHeight(page) + 1e-6) / lineHeight);

/** Verso page numbers of the spreads inside the run whose pages end on different lines. */
export function unevenSpreads(pages: readonly Page[], heightOf: (page: number) => number, lineHeight: number): number[] {
  const uneven: number[] = [];
  // The run's last page ends its article wherever the text ends.
  for (let i = 0; i + 2 < pages.length; i++) {
    const [verso, recto] = [pages[i]!, pages[i + 1]!];
    if (verso.number % 2 !== 0 || verso.blank || recto.blank) continue;
    if (shortLines(verso, heightOf(verso.number), lineHeight) !== shortLines(recto, heightOf(recto.number), lineHeight)) uneven.push(verso.number);
  }
  return uneven;
}

const lastLineWidth = (b: FlowBlock): number => {
  const line = b.lines[b.lines.length - 1]!;
  return line.right - line.left;
};

/** Balances the spreads of one run's pages (laid out from `first`); returns the pages to keep. */
export function balanceSpreads(run: FlowBlock[], pages: Page[], first: number, options: SpreadOptions): Page[] {
  const { lineHeight } = options;
  const caps = new Map<number, number>();
  const heightOf = (n: number) => caps.get(n) ?? options.heightOf(n);
  const layout = () => {
    const laid = layoutRun(run, heightOf, first);
    for (const page of laid) if (pages.find((p) => p.number === page.number)?.long) page.long = true;
    return laid;
  };
  const endLines = (laid: readonly Page[]) => linesOnPage(laid.findLast((p) => !p.blank)!);
  const needEnd = Math.min(options.minEndLines, endLines(pages));
  const unevenOf = (laid: readonly Page[]) => unevenSpreads(laid, options.heightOf, lineHeight);
  const better = (laid: readonly Page[], than: readonly Page[]) =>
    laid.length <= than.length && (laid.length === 1 || endLines(laid) >= needEnd) && unevenOf(laid).length < unevenOf(than).length;

  let current = pages;
  const skipped = new Set<number>();
  for (let spread = unevenOf(current).find((v) => !skipped.has(v)); spread !== undefined; spread = unevenOf(current).find((v) => !skipped.has(v))) {
    const fixed = byTightening(run, current, spread, options, layout, better) ?? byShortening(current, spread, options, caps, layout, better);
    if (fixed) current = fixed;
    else skipped.add(spread);
  }
  return current;
}

type Layout = () => Page[];
type Better = (laid: readonly Page[], than: readonly Page[]) => boolean;

/** A paragraph on the spread or the page before it, set one line shorter. */
function byTightening(run: FlowBlock[], pages: readonly Page[], spread: number, options: SpreadOptions, layout: Layout, better: Better): Page[] | null {
  if (!options.tighten) return null;
  const near = new Set(pages.filter((p) => p.number >= spread - 1 && p.number <= spread + 1).flatMap((p) => p.parts.map((part) => part.block)));
  const candidates = run
    .filter((b) => near.has(b) && b.splittable && b.source && !b.tightened && b.lines.length >= 2)
    .sort((a, b) => lastLineWidth(a) - lastLineWidth(b))
    .slice(0, MAX_TIGHTENED);
  for (const block of candidates) {
    const tight = options.tighten(block);
    if (!tight || tight.length >= block.lines.length) continue;
    const loose = block.lines;
    block.lines = tight;
    block.tightened = true;
    const tried = layout();
    if (better(tried, pages)) return tried;
    block.lines = loose;
    delete block.tightened;
  }
  return null;
}

/**
 * Both pages of the spread cut to the length of the shorter one; when widow
 * and orphan control then takes a line more from one of them, a line shorter
 * still (at most two).
 */
function byShortening(
  pages: readonly Page[],
  spread: number,
  options: SpreadOptions,
  caps: Map<number, number>,
  layout: Layout,
  better: Better,
): Page[] | null {
  const pair = [spread, spread + 1];
  const short = (n: number) => shortLines(pages.find((p) => p.number === n)!, options.heightOf(n), options.lineHeight);
  const before = pair.map((n) => caps.get(n));
  const restore = () => {
    for (const [i, n] of pair.entries()) {
      const cap = before[i];
      if (cap === undefined) caps.delete(n);
      else caps.set(n, cap);
    }
  };
  const shortest = Math.max(...pair.map(short));
  for (let k = shortest; k <= shortest + MAX_EXTRA_SHORT; k++) {
    for (const n of pair) caps.set(n, Math.min(caps.get(n) ?? Infinity, options.heightOf(n) - k * options.lineHeight));
    const tried = layout();
    if (better(tried, pages)) return tried;
    restore();
  }
  return null;
}
