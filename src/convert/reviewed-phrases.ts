/**
 * The built-in phrase dictionary (`data/phrases.tsv`): phrases whose
 * conversion OpenCC gets wrong or cannot decide, reviewed by hand, each with
 * its reason. Columns: direction, phrase, target, reason. Directions:
 *
 * - `s2t`: Simplified → Traditional, every Traditional variant;
 * - `s2tw`: Simplified → Traditional, the Taiwan editions only (`tw`, `twp`);
 * - `tw`: Traditional → the Taiwan standard form, applied to the converted
 *   text of the Taiwan editions (like OpenCC's TWVariants, which it precedes),
 *   so that it also corrects what OpenCC's phrases give (侵佔 → 侵占); an
 *   entry that maps a phrase to itself keeps it from a shorter rule;
 * - `t2s`: Traditional → Simplified.
 *
 * A one-character `s2t`/`s2tw` entry is a character default: it applies where
 * no word of OpenCC's decides (签 alone is the verb 簽). Phrase entries win
 * over OpenCC's, and the segmenter favours them; a book's manifest can still
 * pin its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Script } from '../book/types.js';
import { packageRoot } from '../util/package-root.js';

export type Direction = 's2t' | 's2tw' | 'tw' | 't2s';
const directions: readonly string[] = ['s2t', 's2tw', 'tw', 't2s'] satisfies Direction[];

export interface ReviewedPhrase {
  direction: Direction;
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
    if (!directions.includes(direction ?? '') || !phrase || !target || !reason?.trim()) {
      throw new Error(`${reviewedPhrasesFile}:${index + 1}: expected direction, phrase, target and reason separated by tabs`);
    }
    if ([...phrase].length !== [...target].length) throw new Error(`${reviewedPhrasesFile}:${index + 1}: ${phrase} and ${target} differ in length`);
    phrases.push({ direction: direction as Direction, to: direction === 't2s' ? 'Hans' : 'Hant', phrase, target, reason: reason.trim(), line: index + 1 });
  });
  return phrases;
}

let loaded: ReviewedPhrase[] | undefined;

export function reviewedPhrases(): readonly ReviewedPhrase[] {
  loaded ??= parseReviewedPhrases(readFileSync(reviewedPhrasesFile, 'utf8'));
  return loaded;
}

/** Whether a Traditional variant follows the Taiwan standard. */
export const isTaiwan = (variant: string): boolean => variant === 'tw' || variant === 'twp';

const asDictionary = (entries: readonly ReviewedPhrase[]) => entries.map((entry) => `${entry.phrase} ${entry.target}`).join('|');

/**
 * The entries converting into one script, for one variant, as an OpenCC
 * dictionary string (`phrase target|…`); a Taiwan entry comes after a general
 * one for the same phrase, so that it wins.
 */
export function reviewedDictionary(to: Script, variant: string): string {
  const entries = reviewedPhrases();
  if (to === 'Hans') return asDictionary(entries.filter((entry) => entry.direction === 't2s'));
  const taiwan = isTaiwan(variant) ? entries.filter((entry) => entry.direction === 's2tw') : [];
  return asDictionary([...entries.filter((entry) => entry.direction === 's2t'), ...taiwan]);
}

/** The Taiwan-standard forms for the converted text of the Taiwan editions (`tw` entries), as a dictionary string. */
export function taiwanStandardDictionary(variant: string): string {
  return isTaiwan(variant) ? asDictionary(reviewedPhrases().filter((entry) => entry.direction === 'tw')) : '';
}
