/**
 * Line breaking over the whole paragraph (total fit, after Knuth and Plass):
 * of all ways to break at the allowed opportunities (clreq
 * `#prohibition_rules_for_line_start_end`), take the one whose lines are
 * together the least stretched. A prohibited boundary is never chosen while an
 * allowed one exists; when one line can only end short, the breaker may move
 * a character in an earlier line instead, or let punctuation white shrink
 * (clreq `#punctuation_width_adjustment`: squeezing comes before spacing out),
 * so the shortfall is spread or absorbed instead of landing on one line.
 * Only when a line holds no allowed break at all is a prohibition broken
 * (counted as forced).
 */
import type { LineMeasurer } from './line-metrics.js';

/** Rounding slack, in em. */
export const EPS = 1e-6;

export interface LineBreaks {
  /** End index (exclusive) of every line; the last equals the cluster count. */
  ends: number[];
  /** Breaks made against a prohibition because no allowed one existed. */
  forced: number;
}

/**
 * How lines are filled: `natural` with the least stretching over the
 * paragraph, `tight` in the fewest lines shrinking punctuation white allows
 * (used to pull an article's last lines back onto its page), `balanced` in
 * the fewest lines with lengths as even as can be, the last included (for
 * titles set ragged).
 */
export type Fill = 'natural' | 'tight' | 'balanced';

/** Spacing added between clusters (em) at which a line counts as fully stretched (badness 100). */
export const STRETCH_TOLERANCE = 0.06;
/** Shrinking punctuation white is cheaper than spacing characters out: its badness is scaled down by this. */
const SHRINK_COST = 0.25;
/** Demerits of any line, so that fewer lines are preferred when the spacing is alike (TeX's \linepenalty). */
const LINE_PENALTY = 10;
/** A break against a prohibition, or a last line of one character: taken only when nothing else is possible. */
const FORCED_DEMERITS = 1e12;
const LONELY_DEMERITS = 1e9;
/** Lines shorter than this (em) under the measure are not considered while a fuller one may end the line. */
const LOOSEST = 4;

export interface BreakOptions {
  fill?: Fill;
  /** True when a last line starting at cluster `from` would be lonely (fewer than two characters). */
  lonelyLastLine?: (from: number) => boolean;
  /** Extra demerits for a break before cluster `to` (a break inside a word, for balanced titles). */
  breakPenalty?: (to: number) => number;
}

/** Badness of a line: 0 for a perfect fit, 100 at the stretch tolerance, growing as the cube beyond. */
function badness(lm: LineMeasurer, from: number, to: number, available: number, last: boolean, fill: Fill): number | null {
  const natural = lm.natural(from, to);
  // Balanced lines are set at their natural width: what counts is how much shorter than the measure each is.
  if (fill === 'balanced') return natural > available + EPS ? (natural - available > lm.shrinkable(from, to) + EPS ? null : 0) : (available - natural) ** 2;
  if (natural > available + EPS) {
    const shrinkable = lm.shrinkable(from, to);
    const need = natural - available;
    if (need > shrinkable + EPS) return null;
    return 100 * SHRINK_COST * (need / shrinkable) ** 3;
  }
  if (last) return 0;
  const short = available - natural;
  if (short <= EPS) return 0;
  // A line of one cluster cannot be spaced out: all its shortfall is one hole.
  const gaps = Math.max(1, to - from - 1);
  return 100 * (short / gaps / STRETCH_TOLERANCE) ** 3;
}

/** Largest `to` such that `[from, to)` fits when fully shrunk (at least one cluster). */
function tightestFit(lm: LineMeasurer, from: number, available: number): number {
  let to = from + 1;
  while (to < lm.count && lm.minimum(from, to + 1) <= available + EPS) to++;
  return to;
}

/** Largest `to` such that `[from, to)` fits at natural width (at least one cluster). */
function naturalFit(lm: LineMeasurer, from: number, available: number): number {
  let to = from + 1;
  while (to < lm.count && lm.natural(from, to + 1) <= available + EPS) to++;
  return to;
}

interface Node {
  demerits: number;
  lines: number;
  forced: number;
  previous: number;
}

const better = (a: Node, b: Node | undefined, fill: Fill): boolean => {
  if (!b) return true;
  if (a.forced !== b.forced) return a.forced < b.forced;
  if (fill !== 'natural' && a.lines !== b.lines) return a.lines < b.lines;
  return a.demerits < b.demerits - 1e-9 || (Math.abs(a.demerits - b.demerits) <= 1e-9 && a.previous > b.previous);
};

/**
 * Breaks clusters into lines. `available(first)` is the width in em of the
 * paragraph's first line (`first` true) or of any other line.
 */
export function breakLines(lm: LineMeasurer, allowed: readonly boolean[], available: (first: boolean) => number, options: BreakOptions = {}): LineBreaks {
  const fill = options.fill ?? 'natural';
  const count = lm.count;
  if (count === 0) return { ends: [], forced: 0 };
  // Best way found to end a line before cluster i (i = 0: the paragraph's start).
  const best: (Node | undefined)[] = new Array(count + 1);
  best[0] = { demerits: 0, lines: 0, forced: 0, previous: -1 };
  for (let from = 0; from < count; from++) {
    const node = best[from];
    if (!node) continue;
    const width = available(from === 0);
    const offer = (to: number, forced: boolean) => {
      const last = to === count;
      const bad = badness(lm, from, to, width, last, fill);
      let demerits = bad === null ? FORCED_DEMERITS : fill === 'balanced' ? bad : (LINE_PENALTY + bad) ** 2;
      if (!last) demerits += options.breakPenalty?.(to) ?? 0;
      if (forced) demerits += FORCED_DEMERITS;
      if (last && from > 0 && options.lonelyLastLine?.(from)) demerits += LONELY_DEMERITS;
      const candidate: Node = { demerits: node.demerits + demerits, lines: node.lines + 1, forced: node.forced + (forced ? 1 : 0), previous: from };
      if (better(candidate, best[to], fill)) best[to] = candidate;
    };
    const fit = tightestFit(lm, from, width);
    let found = false;
    for (let to = fit; to > from; to--) {
      if (to !== count && !allowed[to]) continue;
      if (found && fill !== 'balanced' && lm.natural(from, to) < width - LOOSEST) break;
      offer(to, false);
      found = true;
    }
    if (!found) offer(fill === 'natural' ? naturalFit(lm, from, width) : fit, true);
  }
  const ends: number[] = [];
  for (let at = count; at > 0; at = best[at]!.previous) ends.push(at);
  return { ends: ends.reverse(), forced: best[count]!.forced };
}
