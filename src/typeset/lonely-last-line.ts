/**
 * No paragraph ends with a lone character (clreq `#adjustments_of_orphans_and_widows`).
 * Fix by pulling clusters down from the line before (it is then expanded), or,
 * failing that, by pushing the lone character up into it with punctuation shrunk.
 */
import { isCjkPunctuation } from './char-classes.js';
import { EPS } from './line-break.js';
import type { LineMeasurer } from './line-metrics.js';
import type { Cluster } from './types.js';

/** Characters that count toward a line's content: not marks, not spaces. */
export function contentChars(clusters: readonly Cluster[], from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    for (const char of clusters[i]!.text) if (/[\p{L}\p{N}]/u.test(char) && !isCjkPunctuation(char)) count++;
  }
  return count;
}

/** A last line is lonely when it holds fewer than two content characters. */
export const MIN_LAST_LINE_CHARS = 2;

/** Returns new line ends with the last line no longer lonely, when that is possible. */
export function avoidLonelyLastLine(
  clusters: readonly Cluster[],
  lm: LineMeasurer,
  allowed: readonly boolean[],
  ends: readonly number[],
  available: (line: number) => number,
): number[] {
  const n = ends.length;
  if (n < 2) return [...ends];
  const lastStart = ends[n - 2]!;
  const count = lm.count;
  if (contentChars(clusters, lastStart, count) >= MIN_LAST_LINE_CHARS) return [...ends];
  const prevStart = n > 2 ? ends[n - 3]! : 0;
  // Pull down: the nearest allowed break before that leaves the previous line at least two clusters.
  for (let to = lastStart - 1; to > prevStart + 1; to--) {
    if (!allowed[to]) continue;
    if (lm.natural(to, count) > available(n - 1) + EPS) break;
    if (contentChars(clusters, to, count) >= MIN_LAST_LINE_CHARS) return [...ends.slice(0, n - 2), to, count];
  }
  // Push up: the whole tail joins the previous line if its punctuation can absorb it.
  if (lm.minimum(prevStart, count) <= available(n - 2) + EPS) return [...ends.slice(0, n - 2), count];
  return [...ends];
}
