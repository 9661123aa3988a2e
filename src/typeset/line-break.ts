/**
 * Line breaking (clreq `#prohibition_rules_for_line_start_end`): fill each line
 * to the measure; when the natural break falls on a prohibited boundary, first
 * try to push the next clusters in by shrinking punctuation white, else pull
 * clusters down to the previous allowed break. Never overflow: only when a line
 * holds no allowed break at all is a prohibition broken (counted as forced).
 */
import type { LineMeasurer } from './line-metrics.js';

/** Rounding slack, in em. */
export const EPS = 1e-6;
/** Push-in may take at most this many extra clusters (a mark pair and a quote). */
const MAX_PUSH_IN = 3;

export interface LineBreaks {
  /** End index (exclusive) of every line; the last equals the cluster count. */
  ends: number[];
  /** Breaks made against a prohibition because no allowed one existed. */
  forced: number;
}

/**
 * How lines are filled: `natural` to the measure at natural width (then
 * justified), `tight` as far as shrinking punctuation white allows — a
 * paragraph then takes a line fewer where its marks can absorb one (used to
 * pull an article's last lines back onto its page).
 */
export type Fill = 'natural' | 'tight';

/** Largest `to` such that `[from, to)` fits (at least one cluster). */
function fitFrom(lm: LineMeasurer, from: number, available: number, fill: Fill): number {
  const width = fill === 'tight' ? lm.minimum : lm.natural;
  let to = from + 1;
  while (to < lm.count && width(from, to + 1) <= available + EPS) to++;
  return to;
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

/** Breaks clusters into lines; `available(i)` is line i's width in em. */
export function breakLines(lm: LineMeasurer, allowed: readonly boolean[], available: (line: number) => number, fill: Fill = 'natural'): LineBreaks {
  const ends: number[] = [];
  let forced = 0;
  for (let from = 0; from < lm.count; ) {
    const width = available(ends.length);
    const fit = fitFrom(lm, from, width, fill);
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
