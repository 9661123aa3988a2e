/**
 * A line repeated between documents (a site's slogan, a compiler's notice) is
 * boilerplate, found by repetition and not by its text; so is a line of the
 * shape of a disclaimer (`仅供学习参考，请勿照搬照抄`) repeated between the
 * articles of one compilation, and it marks where one article ends. Prose that
 * repeats is kept: an author may repeat a sentence, and a source may be listed
 * twice. Lines that repeat because they are structure — subtitles (`——…`),
 * numbered headings, salutations, signatures, dates — never count.
 */
import { disclaimerPattern } from './lexicon.js';
import { isProse, lineFeatures } from './line-features.js';
import { type LineNode, type LineRoot, liveLines, removeLine } from './line-tree.js';
import { cnDigits, hanChar } from './patterns.js';
import type { CleanPlugin } from './plugin.js';
import { defineRule } from './rule.js';

const minimumLength = 8;
const maximumLength = 120;
const structural = new RegExp(
  `^(——|—|--|[${cnDigits}]+[、.．]|[（(][${cnDigits}\\d]+[）)]|第[${cnDigits}\\d]+[篇章节部分条，,、]|\\d+[、.．]|.{1,12}[:：]$|.{0,6}\\d{4}\\s*[-/.年])`,
);
/** Two documents sharing this share of their lines are one document listed twice. */
const sameDocument = 0.8;

export function repetitionKey(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

function candidate(node: LineNode): string | null {
  const key = repetitionKey(node.value);
  const length = [...key].length;
  if (length < minimumLength || length > maximumLength || !hanChar.test(key) || structural.test(key)) return null;
  return key;
}

export interface RepeatedLines {
  /** Keys found in two or more distinct documents. */
  betweenDocuments: ReadonlySet<string>;
  /** Keys found twice or more within one document. */
  withinDocument: ReadonlySet<string>;
}

/** Repeated keys across the given trees (one per document); a document listed twice counts once. */
export function findRepeatedLines(trees: readonly LineRoot[]): RepeatedLines {
  const documents: Array<Set<string>> = [];
  const within = new Set<string>();
  for (const tree of trees) {
    const seen = new Set<string>();
    for (const node of liveLines(tree)) {
      const key = candidate(node);
      if (!key) continue;
      if (seen.has(key)) within.add(key);
      seen.add(key);
    }
    const duplicate = documents.some((other) => {
      let shared = 0;
      for (const key of seen) if (other.has(key)) shared++;
      return seen.size > 0 && shared / Math.min(seen.size, other.size || 1) >= sameDocument;
    });
    documents.push(duplicate ? new Set() : seen);
  }
  const counts = new Map<string, number>();
  for (const keys of documents) for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return { betweenDocuments: new Set([...counts].filter(([, n]) => n >= 2).map(([key]) => key)), withinDocument: within };
}

export interface StripRepeatedOptions {
  /** Repeated keys over the whole book; defaults to this file alone. */
  repeated?: RepeatedLines;
}

export const stripRepeated: CleanPlugin<StripRepeatedOptions | undefined> = (options) => (tree: LineRoot, file) => {
  const repeated = options?.repeated || findRepeatedLines([tree]);
  for (const node of liveLines(tree)) {
    const key = candidate(node);
    if (!key) continue;
    const disclaimer = disclaimerPattern.test(key);
    if (disclaimer && (repeated.withinDocument.has(key) || repeated.betweenDocuments.has(key))) {
      removeLine(file, node, 'strip-repeated', 'disclaimer repeated between articles', { severity: 'info' });
      // A disclaimer between articles is where one ends and the next begins.
      node.marks.add('article-break');
    } else if (repeated.betweenDocuments.has(key) && !isProse(lineFeatures(key))) {
      removeLine(file, node, 'strip-repeated', 'line repeated between documents');
    }
  }
};

export const stripRepeatedRule = defineRule<StripRepeatedOptions | undefined>({
  name: 'strip-repeated',
  reports: {
    'strip-repeated': {
      stage: 'clean',
      severity: 'info',
      summary: 'a short line repeated between documents, or a disclaimer repeated between articles (where one ends); repeated prose stays',
    },
  },
  phase: 'book',
  after: [],
  examples: {
    ok: [{ input: ['第一页的标题\n不忘初心，方得始终，我们要牢记使命、砥砺前行。', '第二页的标题\n不忘初心，方得始终，我们要牢记使命、砥砺前行。'] }],
    notOk: [
      {
        input: [
          '第一页的标题\n学习资料共享站点编辑部出品\n初心是出发点，也是落脚点，我们要牢记。',
          '第二页的标题\n学习资料共享站点编辑部出品\n使命在肩，奋斗不止，我们要担当。',
        ],
        output: ['第一页的标题\n初心是出发点，也是落脚点，我们要牢记。', '第二页的标题\n使命在肩，奋斗不止，我们要担当。'],
      },
    ],
  },
  plugin: stripRepeated,
});
