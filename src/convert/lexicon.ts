/**
 * Word frequencies for segmentation: jieba's dictionary (349k Simplified words
 * with their counts in a large corpus), as shipped by the npm package
 * `@node-rs/jieba`. Only the file is read; jieba's segmenter is not used. A
 * book meets a few thousand of the words, so the list can be pruned to those
 * that may occur in its texts (`TextSample`), which is much cheaper than
 * holding them all.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageRoot } from '../util/package-root.js';
import type { TextSample } from './text-sample.js';

export interface Lexicon {
  /** The word's count, if it is a word of the list. */
  count(word: string): number | undefined;
  /** The sum of all counts (for probabilities). */
  readonly total: number;
}

let dictionaryText: string | undefined;
let full: Lexicon | undefined;
/** The corpus size behind the counts (the sum over the whole list), fixed so that pruning changes no score. */
let fullTotal = 0;

function dictionary(): string {
  if (dictionaryText === undefined) {
    const require = createRequire(join(packageRoot, 'package.json'));
    dictionaryText = readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8');
    fullTotal = 0;
    forEachWord(dictionaryText, (_start, _end, count) => (fullTotal += count));
  }
  return dictionaryText;
}

/** Walks `word count tag` lines without splitting the 5 MB text. */
function forEachWord(text: string, visit: (start: number, end: number, count: number) => void): void {
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const space = text.indexOf(' ', start);
    if (space > start && space < end) {
      const next = text.indexOf(' ', space + 1);
      const count = Number.parseInt(text.slice(space + 1, next > space && next < end ? next : end), 10);
      if (count > 0) visit(start, space, count);
    }
    start = end + 1;
  }
}

function lexiconOf(words: Map<string, number>): Lexicon {
  return { count: (word) => words.get(word), total: fullTotal };
}

/** The whole list (for any text). */
export function fullLexicon(): Lexicon {
  if (!full) {
    const text = dictionary();
    const words = new Map<string, number>();
    forEachWord(text, (start, end, count) => words.set(text.slice(start, end), count));
    full = lexiconOf(words);
  }
  return full;
}

/** The words that may occur in `sample` (Simplified texts): the same counts for them as the whole list. */
export function lexiconFor(sample: TextSample): Lexicon {
  if (full) return full;
  const text = dictionary();
  const words = new Map<string, number>();
  forEachWord(text, (start, end, count) => {
    if (sample.mayContain(text, start, end)) words.set(text.slice(start, end), count);
  });
  return lexiconOf(words);
}
