/**
 * The built-in phrase dictionary (`data/phrases.tsv`): phrases whose
 * conversion OpenCC gets wrong or cannot decide, reviewed by hand, each with
 * its reason. Columns: direction (`s2t`, Simplified → Traditional; `t2s`,
 * the other way), phrase, target, reason. Its entries win over OpenCC's, and
 * the segmenter favours them; a book's manifest can still pin its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Script } from '../book/types.js';
import { packageRoot } from '../util/package-root.js';

export interface ReviewedPhrase {
  /** The script the phrase is converted into. */
  to: Script;
  phrase: string;
  target: string;
  reason: string;
  line: number;
}

export const reviewedPhrasesFile = join(packageRoot, 'src', 'convert', 'data', 'phrases.tsv');

/** Parses the file; a malformed line throws (it is part of the program). */
export function parseReviewedPhrases(text: string): ReviewedPhrase[] {
  const phrases: ReviewedPhrase[] = [];
  text.split('\n').forEach((row, index) => {
    if (row.trim() === '' || row.startsWith('#') || index === 0) return;
    const [direction, phrase, target, reason] = row.split('\t');
    if ((direction !== 's2t' && direction !== 't2s') || !phrase || !target || !reason?.trim()) {
      throw new Error(`${reviewedPhrasesFile}:${index + 1}: expected direction, phrase, target and reason separated by tabs`);
    }
    if ([...phrase].length !== [...target].length) throw new Error(`${reviewedPhrasesFile}:${index + 1}: ${phrase} and ${target} differ in length`);
    phrases.push({ to: direction === 's2t' ? 'Hant' : 'Hans', phrase, target, reason: reason.trim(), line: index + 1 });
  });
  return phrases;
}

let loaded: ReviewedPhrase[] | undefined;

export function reviewedPhrases(): readonly ReviewedPhrase[] {
  return (loaded ??= parseReviewedPhrases(readFileSync(reviewedPhrasesFile, 'utf8')));
}

/** The entries into one script as an OpenCC dictionary string (`phrase target|…`). */
export function reviewedDictionary(to: Script): string {
  return reviewedPhrases()
    .filter((entry) => entry.to === to)
    .map((entry) => `${entry.phrase} ${entry.target}`)
    .join('|');
}
