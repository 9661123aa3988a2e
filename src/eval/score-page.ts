/**
 * Scores one cleaned page against its hand labels: which boilerplate lines went,
 * which content lines stayed, which inline drops and splits were made, and
 * whether the title, author and date came out as an editor would print them.
 */
import type { CleanJsonFile } from '../report/clean-json.js';
import type { PageLabel } from './corpus-labels.js';

export interface Tally {
  hit: number;
  of: number;
}

export interface PageScore {
  name: string;
  /** Labelled boilerplate lines removed (or lifted into metadata). */
  boilerplate: Tally;
  /** Lines we removed that the labels call boilerplate (precision). */
  removed: Tally;
  /** Labelled content lines that reach the book. */
  content: Tally;
  drops: Tally;
  splits: Tally;
  title: Tally;
  author: Tally;
  date: Tally;
  /** Line numbers behind each miss, for reading the failures. */
  misses: { lostContent: number[]; keptBoilerplate: number[]; wrongRemovals: number[]; drops: string[]; title?: string; author?: string; date?: string };
}

/**
 * Comparison is blind to what a typesetter legitimately changes: the width of
 * ASCII punctuation, the shape of quotation marks and spacing.
 */
export function normalizeForCompare(text: string): string {
  return (
    text
      .replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
      .replace(/[“”„"]/g, '"')
      .replace(/[‘’']/g, "'")
      // A lone ellipsis is doubled by the typesetter (GB/T 15834): count any run as one.
      .replace(/…+/g, '…')
      .replace(/[\s\u3000]+/g, '')
  );
}

const tally = (hit: number, of: number): Tally => ({ hit, of });

/** What the book prints for one raw line: its title or blocks, else its cleaned text. */
function printedPieces(file: CleanJsonFile, line: number): string[] {
  const pieces: string[] = [];
  for (const article of file.articles) {
    if (article.line === line) pieces.push(article.title, ...(article.subtitle ? [article.subtitle] : []));
    for (const block of article.blocks) if (block.line === line) pieces.push((block.lead ?? '') + block.text);
  }
  return pieces;
}

export function scorePage(name: string, file: CleanJsonFile, label: PageLabel): PageScore {
  const boilerplate = new Set(label.boilerplate_lines);
  const signatures = new Set(label.signature_lines);
  const misses: PageScore['misses'] = { lostContent: [], keptBoilerplate: [], wrongRemovals: [], drops: [] };
  let boilerplateHit = 0;
  let removedCount = 0;
  let removedRight = 0;
  let contentOf = 0;
  let contentKept = 0;
  for (const entry of file.lines) {
    const blank = entry.text.trim() === '';
    // A signature lifted into metadata is printed as the byline: not a removal.
    const gone = entry.fate === 'removed' || (entry.fate === 'metadata' && !signatures.has(entry.line));
    if (boilerplate.has(entry.line)) {
      if (gone) boilerplateHit++;
      else misses.keptBoilerplate.push(entry.line);
    } else if (!blank) {
      contentOf++;
      if (!gone) contentKept++;
      else misses.lostContent.push(entry.line);
    }
    if (gone && !blank) {
      removedCount++;
      if (boilerplate.has(entry.line)) removedRight++;
      else misses.wrongRemovals.push(entry.line);
    }
  }

  let dropsDone = 0;
  let dropsOf = 0;
  let splitsDone = 0;
  let splitsOf = 0;
  for (const mixed of label.mixed_lines) {
    const entry = file.lines.find((candidate) => candidate.line === mixed.line);
    const kept = entry !== undefined && (entry.fate === 'content' || entry.fate === 'changed');
    const pieces = kept ? printedPieces(file, mixed.line) : [];
    if (kept && pieces.length === 0) pieces.push(entry.cleaned ?? entry.text);
    const printed = pieces.map(normalizeForCompare);
    for (const drop of mixed.drop ?? []) {
      const wanted = normalizeForCompare(drop);
      if (!wanted) continue;
      dropsOf++;
      if (kept && printed.every((piece) => !piece.includes(wanted))) dropsDone++;
      else misses.drops.push(`L${mixed.line} drop ${JSON.stringify(drop)}`);
    }
    for (const split of mixed.split_after ?? []) {
      splitsOf++;
      const wanted = normalizeForCompare(split);
      if (printed.some((piece) => piece.endsWith(wanted))) splitsDone++;
      else misses.drops.push(`L${mixed.line} split after ${JSON.stringify(split)}`);
    }
  }

  const first = file.articles[0];
  const field = (expected: string | null, actual: string | null | undefined, key: 'title' | 'author' | 'date'): Tally => {
    if (expected === null) return tally(0, 0);
    const right = actual != null && normalizeForCompare(actual) === normalizeForCompare(expected);
    if (!right) misses[key] = `${JSON.stringify(actual ?? null)} ≠ ${JSON.stringify(expected)}`;
    return tally(right ? 1 : 0, 1);
  };

  return {
    name,
    boilerplate: tally(boilerplateHit, boilerplate.size),
    removed: tally(removedRight, removedCount),
    content: tally(contentKept, contentOf),
    drops: tally(dropsDone, dropsOf),
    splits: tally(splitsDone, splitsOf),
    title: field(label.title, first?.title, 'title'),
    author: field(label.author, first?.author, 'author'),
    date: field(label.date, first?.date, 'date'),
    misses,
  };
}

const keys = ['boilerplate', 'removed', 'content', 'drops', 'splits', 'title', 'author', 'date'] as const;
export type TallyKey = (typeof keys)[number];
export type Totals = Record<TallyKey, Tally>;

export function sumScores(scores: readonly PageScore[]): Totals {
  const totals = Object.fromEntries(keys.map((key) => [key, tally(0, 0)])) as Totals;
  for (const score of scores) {
    for (const key of keys) {
      totals[key].hit += score[key].hit;
      totals[key].of += score[key].of;
    }
  }
  return totals;
}

/** A tally as a ratio; an empty tally counts as perfect (nothing to get wrong). */
export function ratio(value: Tally): number {
  return value.of === 0 ? 1 : value.hit / value.of;
}
