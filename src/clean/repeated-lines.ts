/**
 * A line repeated between articles or documents (a site's disclaimer, a
 * compiler's notice) is boilerplate, found by repetition and not by its text.
 * Lines that repeat because they are structure — subtitles (`——…`), numbered
 * headings, salutations, signatures, dates — never count.
 */
import { liveLines, removeLine, type LineNode, type LineRoot } from './line-tree.js';
import { cnDigits, hanChar } from './patterns.js';
import type { CleanPlugin } from './plugin.js';

const minimumLength = 8;
const maximumLength = 120;
const structural = new RegExp(`^(——|—|--|[${cnDigits}]+[、.．]|[（(][${cnDigits}\\d]+[）)]|第[${cnDigits}\\d]+[篇章节部分条，,、]|\\d+[、.．]|.{1,12}[:：]$|.{0,6}\\d{4}\\s*[-/.年])`);

export function repetitionKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

function candidate(node: LineNode): string | null {
  const key = repetitionKey(node.value);
  const length = [...key].length;
  if (length < minimumLength || length > maximumLength || !hanChar.test(key) || structural.test(key)) return null;
  return key;
}

/** Keys of lines that occur at least twice across the given trees. */
export function findRepeatedLines(trees: readonly LineRoot[]): Set<string> {
  const counts = new Map<string, number>();
  for (const tree of trees) {
    for (const node of liveLines(tree)) {
      const key = candidate(node);
      if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return new Set([...counts].filter(([, count]) => count >= 2).map(([key]) => key));
}

export interface StripRepeatedOptions {
  /** Repeated keys over the whole book; defaults to this file alone. */
  repeated?: ReadonlySet<string>;
}

export const stripRepeated: CleanPlugin<StripRepeatedOptions | void> = (options) => (tree: LineRoot, file) => {
  const repeated = (options && options.repeated) || findRepeatedLines([tree]);
  for (const node of liveLines(tree)) {
    const key = candidate(node);
    if (!key || !repeated.has(key)) continue;
    removeLine(file, node, 'strip-repeated', 'line repeated between articles');
    // A disclaimer between articles is where one ends and the next begins.
    node.marks.add('article-break');
  }
};
