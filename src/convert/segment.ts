/**
 * Segmentation for conversion: the most probable split of a text into words,
 * over a lattice of every word the frequency list and the conversion
 * dictionaries know (a unigram model: the product of word probabilities).
 * OpenCC takes the longest dictionary match from the left instead, which
 * reads 坚定制度 as 坚|定制|度 and 指明了 as 指|明了; here 坚定|制度 and
 * 指明|了 are more probable than any split through 定制 or 明了.
 */
import type { Lexicon } from '../words/word-list.js';

/** Count given to a conversion phrase the frequency list lacks: OpenCC lists only real words (tuned on the gold's tuning half). */
export const phraseFloor = 100;
/** Count given to an entry of the built-in phrase dictionary, reviewed by hand: it wins against splits of common words. */
export const reviewedCount = 3000;
const longestWord = 8;

export interface Vocabulary {
  lexicon: Lexicon;
  /** Whether a string is a key of the conversion dictionaries (in the text's own script). */
  isPhrase: (word: string) => boolean;
  /** Whether a string is a key of the reviewed phrase dictionary. */
  isReviewed: (word: string) => boolean;
}

const isHan = (ch: string) => /\p{Script=Han}/u.test(ch);

/**
 * Segment boundaries (code-point indices into `chars`, starting at 0 and
 * ending at its length). `view` is the text with each character made
 * Simplified (the frequency list is Simplified); `chars` is the text itself.
 */
export function segmentText(chars: readonly string[], view: readonly string[], vocabulary: Vocabulary): number[] {
  return bestSplit(chars, view, vocabulary).bounds;
}

/** The count a word has in the lattice (undefined: no word), by its Simplified `word` and its own `original`. */
function latticeCount(word: string, original: string, length: number, vocabulary: Vocabulary): number | undefined {
  let count = vocabulary.lexicon.count(word);
  // A one-character reviewed entry is a character default, not a word to favour.
  if (length > 1 && vocabulary.isReviewed(original)) count = Math.max(count ?? 0, reviewedCount);
  else if (length > 1 && vocabulary.isPhrase(original)) count = Math.max(count ?? 0, phraseFloor);
  return count === undefined && length === 1 ? 1 : count;
}

/**
 * The log-probability of a given split of Han `chars` (bounds as `segmentText`
 * gives them) in the same model; a piece that is no word counts as its
 * characters one by one.
 */
export function splitScore(chars: readonly string[], view: readonly string[], bounds: readonly number[], vocabulary: Vocabulary): number {
  const logTotal = Math.log(vocabulary.lexicon.total);
  let score = 0;
  for (let b = 1; b < bounds.length; b++) {
    const [start, end] = [bounds[b - 1]!, bounds[b]!];
    const count = latticeCount(view.slice(start, end).join(''), chars.slice(start, end).join(''), end - start, vocabulary);
    if (count !== undefined) score += Math.log(count) - logTotal;
    else for (let k = start; k < end; k++) score += Math.log(latticeCount(view[k]!, chars[k]!, 1, vocabulary)!) - logTotal;
  }
  return score;
}

/** The most probable split and its log-probability. */
export function bestSplit(chars: readonly string[], view: readonly string[], vocabulary: Vocabulary): { bounds: number[]; score: number } {
  const n = chars.length;
  const best = new Float64Array(n + 1).fill(-Infinity);
  const from = new Int32Array(n + 1);
  best[0] = 0;
  const logTotal = Math.log(vocabulary.lexicon.total);
  for (let i = 0; i < n; i++) {
    if (best[i] === -Infinity) continue;
    if (!isHan(chars[i]!)) {
      // Anything but Han goes alone and costs nothing: every path crosses it.
      if (best[i]! > best[i + 1]!) {
        best[i + 1] = best[i]!;
        from[i + 1] = i;
      }
      continue;
    }
    let word = '';
    let original = '';
    for (let j = i; j < Math.min(n, i + longestWord); j++) {
      if (!isHan(chars[j]!)) break;
      word += view[j];
      original += chars[j];
      const count = latticeCount(word, original, j - i + 1, vocabulary);
      if (count === undefined) continue;
      const score = best[i]! + Math.log(count) - logTotal;
      if (score > best[j + 1]!) {
        best[j + 1] = score;
        from[j + 1] = i;
      }
    }
  }
  const bounds: number[] = [n];
  for (let at = n; at > 0; at = from[at]!) bounds.push(from[at]!);
  return { bounds: bounds.reverse(), score: best[n]! };
}
