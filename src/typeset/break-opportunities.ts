/**
 * Where a line may break between two clusters. UAX #14 (the `linebreak`
 * package) decides between Latin words and spaces; at any boundary touching a
 * CJK cluster the clreq prohibitions decide, because UAX #14's rule for
 * ambiguous quotes (LB19) forbids breaks around “ ” that Chinese allows.
 */
import LineBreaker from 'linebreak';
import { type ProhibitionLevel, prohibitedAtLineEnd, prohibitedAtLineStart } from './char-classes.js';
import type { Cluster } from './types.js';

const firstChar = (text: string): string => String.fromCodePoint(text.codePointAt(0)!);
const lastChar = (text: string): string => {
  const chars = Array.from(text);
  return chars[chars.length - 1]!;
};

/** True when the boundary before `next` obeys the line-start and line-end prohibitions. */
export function breakObeysProhibitions(prev: Cluster, next: Cluster, level: ProhibitionLevel): boolean {
  return !prohibitedAtLineEnd(lastChar(prev.text), level) && !prohibitedAtLineStart(firstChar(next.text), level);
}

/**
 * `result[i]` says whether a line may break before cluster `i` (so `result[0]`
 * is false). `text` is the paragraph text the clusters' `start` offsets index.
 */
export function breakOpportunities(clusters: readonly Cluster[], text: string, level: ProhibitionLevel): boolean[] {
  const uax14 = new Set<number>();
  const breaker = new LineBreaker(text);
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) uax14.add(bk.position);
  const allowed: boolean[] = [false];
  for (let i = 1; i < clusters.length; i++) {
    const prev = clusters[i - 1]!;
    const next = clusters[i]!;
    const westernBoundary = (prev.kind === 'latin' || prev.kind === 'space') && (next.kind === 'latin' || next.kind === 'space');
    if (westernBoundary) allowed.push(uax14.has(next.start));
    else if (next.kind === 'space')
      allowed.push(false); // a space hangs at the end of the line it follows
    else allowed.push(breakObeysProhibitions(prev, next, level));
  }
  return allowed;
}
