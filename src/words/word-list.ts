/**
 * Word frequencies (for conversion's segmentation and the cleaner's judgement
 * of spliced text): jieba's dictionary (349k Simplified words
 * with their counts in a large corpus), as shipped by the npm package
 * `@node-rs/jieba`. Only the file is read; jieba's segmenter is not used. A
 * book meets a few thousand of the words, so the list can be pruned to those
 * that may occur in its texts (`TextSample`), which is much cheaper than
 * holding them all. The file is read and indexed once per process (word
 * bounds and counts in typed arrays); each pruning only scans the index.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageRoot } from '../util/package-root.js';

/** Which words a text may contain (a cheap filter over its characters). */
export interface WordFilter {
  mayContain(text: string, start: number, end: number): boolean;
}

export interface Lexicon {
  /** The word's count, if it is a word of the list. */
  count(word: string): number | undefined;
  /** The sum of all counts (for probabilities). */
  readonly total: number;
  /** Whether the list tags the word as a noun (jieba's tags n, nr, ns, nz …). */
  isNoun(word: string): boolean;
}

/** The list read once per process: its text and, per word, where it starts and ends and its count. */
interface WordList {
  text: string;
  starts: Uint32Array;
  ends: Uint32Array;
  counts: Float64Array;
  /** 1 where the word is tagged as a noun. */
  nouns: Uint8Array;
  /** The corpus size behind the counts (the sum over the whole list), fixed so that pruning changes no score. */
  total: number;
}

let list: WordList | undefined;
let full: Lexicon | undefined;

/** Reads and indexes the list (once per process: each book, edition and pruning then only scans the index). */
function wordList(): WordList {
  if (list) return list;
  const require = createRequire(join(packageRoot, 'package.json'));
  const text = readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8');
  const starts: number[] = [];
  const ends: number[] = [];
  const counts: number[] = [];
  const nouns: number[] = [];
  let total = 0;
  forEachWord(text, (start, end, count, noun) => {
    starts.push(start);
    ends.push(end);
    counts.push(count);
    nouns.push(noun ? 1 : 0);
    total += count;
  });
  list = { text, starts: Uint32Array.from(starts), ends: Uint32Array.from(ends), counts: Float64Array.from(counts), nouns: Uint8Array.from(nouns), total };
  return list;
}

/** Walks `word count tag` lines without splitting the 5 MB text. */
function forEachWord(text: string, visit: (start: number, end: number, count: number, noun: boolean) => void): void {
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const space = text.indexOf(' ', start);
    if (space > start && space < end) {
      const next = text.indexOf(' ', space + 1);
      const tagged = next > space && next < end;
      const count = Number.parseInt(text.slice(space + 1, tagged ? next : end), 10);
      if (count > 0) visit(start, space, count, tagged && text[next + 1] === 'n');
    }
    start = end + 1;
  }
}

function lexiconOf(words: Map<string, number>, nouns: Set<string>, total: number): Lexicon {
  return { count: (word) => words.get(word), total, isNoun: (word) => nouns.has(word) };
}

/** The whole list (for any text). */
export function fullLexicon(): Lexicon {
  if (!full) {
    const { text, starts, ends, counts, nouns, total } = wordList();
    const words = new Map<string, number>();
    const nounWords = new Set<string>();
    for (let i = 0; i < starts.length; i++) {
      const word = text.slice(starts[i], ends[i]);
      words.set(word, counts[i]!);
      if (nouns[i]) nounWords.add(word);
    }
    full = lexiconOf(words, nounWords, total);
  }
  return full;
}

/** The words that may occur in `sample` (Simplified texts): the same counts for them as the whole list. */
export function lexiconFor(sample: WordFilter): Lexicon {
  if (full) return full;
  const { text, starts, ends, counts, nouns, total } = wordList();
  const words = new Map<string, number>();
  const nounWords = new Set<string>();
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    const end = ends[i]!;
    if (!sample.mayContain(text, start, end)) continue;
    const word = text.slice(start, end);
    words.set(word, counts[i]!);
    if (nouns[i]) nounWords.add(word);
  }
  return lexiconOf(words, nounWords, total);
}
