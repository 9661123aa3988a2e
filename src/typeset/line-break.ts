/**
 * Line breaking over the whole paragraph (total fit, after Knuth and Plass):
 * of all ways to break at the allowed opportunities (clreq
 * `#prohibition_rules_for_line_start_end`), take the one whose lines are
 * together the least stretched. A paragraph whose lines, filled one by one,
 * are all full keeps those breaks: the search is for the others. A prohibited boundary is never chosen while an
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
/** A line that cannot fit, or a last line of one character: taken only when nothing else is possible. */
const FORCED_DEMERITS = 1e12;
const LONELY_DEMERITS = 1e9;
/** Lines shorter than this (em) under the measure are not considered while a fuller one may end the line. */
const LOOSEST = 4;
/** Nor lines worse than this, once a better one was found: spacing out further only gets worse. */
const TOLERANCE = 300;

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

/**
 * Largest `to` such that `[from, to)` fits when fully shrunk (at least one
 * cluster), for every `from` in increasing order: the fit never moves back as
 * `from` advances, so the scan resumes where the last one stopped.
 */
function tightestFits(lm: LineMeasurer, available: (first: boolean) => number): (from: number) => number {
  const rest = available(false);
  let to = 1;
  return (from) => {
    const width = from === 0 ? available(true) : rest;
    let end = from === 0 ? 1 : Math.max(to, from + 1);
    while (end < lm.count && lm.minimum(from, end + 1) <= width + EPS) end++;
    if (from > 0) to = end;
    return end;
  };
}

/** Largest `to` such that `[from, to)` fits at natural width (at least one cluster). */
function naturalFit(lm: LineMeasurer, from: number, available: number): number {
  let to = from + 1;
  while (to < lm.count && lm.natural(from, to + 1) <= available + EPS) to++;
  return to;
}

/**
 * Breaks clusters into lines. `available(first)` is the width in em of the
 * paragraph's first line (`first` true) or of any other line.
 */
export function breakLines(lm: LineMeasurer, allowed: readonly boolean[], available: (first: boolean) => number, options: BreakOptions = {}): LineBreaks {
  const fill = options.fill ?? 'natural';
  if (lm.count === 0) return { ends: [], forced: 0 };
  // Most paragraphs fill every line line by line already; only the others need the whole search.
  if (fill === 'natural') {
    const quick = firstFit(lm, allowed, available);
    if (fillsWell(lm, quick, available, options)) return quick;
  }
  return totalFit(lm, allowed, available, fill, options);
}

/** Push-in may take at most this many extra clusters (a mark pair and a quote). */
const MAX_PUSH_IN = 3;
/** A line spaced out by less than this (em between clusters) is as good as full. */
const FULL_ENOUGH = STRETCH_TOLERANCE / 2;

/**
 * Line by line: fill each line at natural width; at a prohibited boundary push
 * the next clusters in by shrinking punctuation white, else pull back to the
 * previous allowed break.
 */
function firstFit(lm: LineMeasurer, allowed: readonly boolean[], available: (first: boolean) => number): LineBreaks {
  const ends: number[] = [];
  let forced = 0;
  for (let from = 0; from < lm.count; ) {
    const width = available(from === 0);
    const fit = naturalFit(lm, from, width);
    let to = fit;
    if (fit < lm.count && !allowed[fit]) {
      const resolved = pushIn(lm, allowed, from, fit, width) ?? pushOut(allowed, from, fit);
      if (resolved === null) forced++;
      else to = resolved;
    }
    ends.push(to);
    from = to;
  }
  return { ends, forced };
}

function pushIn(lm: LineMeasurer, allowed: readonly boolean[], from: number, fit: number, available: number): number | null {
  for (let to = fit + 1; to <= Math.min(lm.count, fit + MAX_PUSH_IN); to++) {
    if (lm.minimum(from, to) > available + EPS) return null;
    if (to === lm.count || allowed[to]) return to;
  }
  return null;
}

function pushOut(allowed: readonly boolean[], from: number, fit: number): number | null {
  for (let to = fit - 1; to > from; to--) if (allowed[to]) return to;
  return null;
}

/** Whether line-by-line breaks leave nothing to improve: no prohibition broken, no line spaced out, no lonely last line. */
function fillsWell(lm: LineMeasurer, broken: LineBreaks, available: (first: boolean) => number, options: BreakOptions): boolean {
  if (broken.forced > 0) return false;
  const { ends } = broken;
  for (let i = 0, from = 0; i < ends.length - 1; from = ends[i++]!) {
    const short = available(from === 0) - lm.natural(from, ends[i]!);
    if (short > EPS && short / Math.max(1, ends[i]! - from - 1) > FULL_ENOUGH) return false;
  }
  const lastFrom = ends.length > 1 ? ends[ends.length - 2]! : 0;
  return !(lastFrom > 0 && options.lonelyLastLine?.(lastFrom));
}

/** Over the whole paragraph: the breaks with the least demerits (see the module's comment). */
function totalFit(lm: LineMeasurer, allowed: readonly boolean[], available: (first: boolean) => number, fill: Fill, options: BreakOptions): LineBreaks {
  const count = lm.count;
  // The best way found to end a line before cluster i (i = 0: the paragraph's start), as columns.
  const demerits = new Float64Array(count + 1).fill(Infinity);
  const lines = new Int32Array(count + 1);
  const forced = new Int32Array(count + 1).fill(-1);
  const previous = new Int32Array(count + 1).fill(-1);
  demerits[0] = 0;
  forced[0] = 0;
  const fitOf = tightestFits(lm, available);
  for (let from = 0; from < count; from++) {
    if (forced[from]! < 0) continue;
    const width = available(from === 0);
    const offer = (to: number, againstRule: boolean): number => {
      const last = to === count;
      const bad = badness(lm, from, to, width, last, fill);
      let added = bad === null ? FORCED_DEMERITS : fill === 'balanced' ? bad : (LINE_PENALTY + bad) ** 2;
      if (!last && options.breakPenalty) added += options.breakPenalty(to);
      if (last && from > 0 && options.lonelyLastLine?.(from)) added += LONELY_DEMERITS;
      const f = forced[from]! + (againstRule ? 1 : 0);
      const n = lines[from]! + 1;
      const d = demerits[from]! + added;
      // Fewer prohibitions broken first; then, for tight and balanced fills, fewer lines; then the least demerits.
      const known = forced[to]! >= 0;
      const wins =
        !known ||
        (f !== forced[to]
          ? f < forced[to]!
          : fill !== 'natural' && n !== lines[to]
            ? n < lines[to]!
            : d < demerits[to]! - 1e-9 || (Math.abs(d - demerits[to]!) <= 1e-9 && from > previous[to]!));
      if (wins) {
        demerits[to] = d;
        lines[to] = n;
        forced[to] = f;
        previous[to] = from;
      }
      return bad ?? Infinity;
    };
    const fit = fitOf(from);
    let found = false;
    for (let to = fit; to > from; to--) {
      if (to !== count && !allowed[to]) continue;
      if (found && fill !== 'balanced' && lm.natural(from, to) < width - LOOSEST) break;
      const bad = offer(to, false);
      found = true;
      if (fill !== 'balanced' && to !== count && bad > TOLERANCE) break;
    }
    if (!found) offer(fill === 'natural' ? naturalFit(lm, from, width) : fit, true);
  }
  const ends: number[] = [];
  for (let at = count; at > 0; at = previous[at]!) ends.push(at);
  return { ends: ends.reverse(), forced: forced[count]! };
}
