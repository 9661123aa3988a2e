/**
 * Per-cluster widths of a paragraph, in em, with prefix sums so the width of
 * any candidate line is O(1) — the line breaker asks that question for every
 * cluster, so it is the hot path after measuring.
 */

export interface ClusterMetrics {
  /** Width of each cluster after punctuation squeeze. */
  width: number[];
  /** Gap before each cluster (CJK–Latin space); `gap[0]` is 0. */
  gap: number[];
  /** How much of `gap[i]` justification may remove. */
  gapShrink: number[];
  /** Blank inside each cluster justification may remove (leftover punctuation white). */
  shrink: number[];
  /** Width a cluster gives up at a line end / line start. */
  endTrim: number[];
  startTrim: number[];
  /** Break allowed before cluster `i`. */
  allowed: boolean[];
}

export interface LineMeasurer {
  readonly count: number;
  /** Natural width of the line holding clusters `[from, to)`. */
  natural(from: number, to: number): number;
  /** Narrowest width that line can be shrunk to. */
  minimum(from: number, to: number): number;
  /** Total shrinkability of that line. */
  shrinkable(from: number, to: number): number;
}

function prefix(values: readonly number[]): Float64Array {
  const sums = new Float64Array(values.length + 1);
  for (let i = 0; i < values.length; i++) sums[i + 1] = sums[i]! + values[i]!;
  return sums;
}

export function lineMeasurer(m: ClusterMetrics): LineMeasurer {
  const w = prefix(m.width);
  const g = prefix(m.gap);
  const gs = prefix(m.gapShrink);
  const s = prefix(m.shrink);
  // Gaps inside [from, to) are those before clusters from+1 … to-1.
  const gaps = (sums: Float64Array, from: number, to: number) => (to - from > 1 ? sums[to]! - sums[from + 1]! : 0);
  const natural = (from: number, to: number) =>
    Math.max(0, w[to]! - w[from]! + gaps(g, from, to) - m.endTrim[to - 1]! - (to - from > 1 ? m.startTrim[from]! : 0));
  const shrinkable = (from: number, to: number) => {
    const lastShrink = Math.max(0, m.shrink[to - 1]! - m.endTrim[to - 1]!);
    return s[to - 1]! - s[from]! + lastShrink + gaps(gs, from, to);
  };
  return {
    count: m.width.length,
    natural,
    shrinkable,
    minimum: (from, to) => natural(from, to) - shrinkable(from, to),
  };
}
