/**
 * Unbreakable units (clreq `#prohibition_rules_for_unbreakable_marks`): the text
 * is cut into clusters the line breaker never splits — a CJK character, a
 * Latin word or number (with its attached punctuation), a run of —— or ……,
 * a run of spaces.
 */
import LineBreaker from 'linebreak';
import { isCjk, isCjkPunctuation, isSpace, punctuationClass } from './char-classes.js';
import type { Cluster, ClusterKind, Run } from './types.js';

/** Combining marks and variation selectors stay with the character before them. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: marks, the joiner and variation selectors are tested one code point at a time on purpose
const ATTACHES_TO_PREVIOUS = /[\p{M}\u200d\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/u;

function kindOf(char: string): ClusterKind {
  if (isSpace(char)) return 'space';
  if (punctuationClass(char) === 'inseparable') return 'inseparable';
  if (isCjkPunctuation(char)) return 'punct';
  if (isCjk(char)) return 'ideograph';
  return 'latin';
}

/** Kinds whose consecutive characters merge into one cluster. */
const MERGING: ReadonlySet<ClusterKind> = new Set(['latin', 'space']);

export function toClusters(runs: readonly Run[]): Cluster[] {
  const clusters: Cluster[] = [];
  let offset = 0;
  for (const run of runs) {
    for (const char of run.text) {
      const prev = clusters[clusters.length - 1];
      const kind = kindOf(char);
      const sameFace = prev !== undefined && prev.face === run.face;
      const merges =
        sameFace &&
        (ATTACHES_TO_PREVIOUS.test(char) ||
          (prev.kind === kind && MERGING.has(kind)) ||
          // A run of the same dash or ellipsis is one unit, whatever its length.
          (kind === 'inseparable' && prev.kind === 'inseparable' && prev.text.startsWith(char)));
      if (merges) prev.text += char;
      else clusters.push({ text: char, face: run.face, kind, start: offset });
      offset += char.length;
    }
  }
  return clusters;
}

/**
 * Cuts a cluster too wide for any line (a long URL, a run of dashes) at UAX #14
 * opportunities inside it, then between characters (between pairs, in a run
 * of dashes or ellipses) — an emergency break that is better than
 * overflowing the measure.
 */
export function splitOverlong(cluster: Cluster, fits: (text: string) => boolean): Cluster[] {
  const pieces: Cluster[] = [];
  const breaker = new LineBreaker(cluster.text);
  let from = 0;
  const cuts: number[] = [];
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) cuts.push(bk.position);
  for (const to of cuts) {
    if (to <= from) continue;
    const text = cluster.text.slice(from, to);
    if (fits(text)) {
      pieces.push({ ...cluster, text, start: cluster.start + from });
    } else {
      // A run of dashes or ellipses is cut between its pairs (—— and …… are one mark each), anything else between characters.
      const step = cluster.kind === 'inseparable' ? 2 : 1;
      const chars = Array.from(text);
      let at = from;
      for (let k = 0; k < chars.length; k += step) {
        const piece = chars.slice(k, k + step).join('');
        pieces.push({ ...cluster, text: piece, start: cluster.start + at });
        at += piece.length;
      }
    }
    from = to;
  }
  return pieces;
}
