/**
 * Why a detected title may not be what an editor would print: shapes sites
 * add to titles that the cleaner left (a bracketed tag or number, a tail after
 * a separator, a count word, an address), or a body sentence taken as the
 * title. Shapes only, never the strings of one site; a doubt is a question for
 * the person reviewing the manifest, so it errs towards asking.
 */

export interface TitleDoubt {
  /** What is doubtful, to follow "the title": words a reviewer reads in a YAML comment. */
  reason: string;
  /** The title is no title at all (missing, or body text): better left unpinned. */
  notATitle: boolean;
}

interface TitleShape {
  pattern: RegExp;
  reason: string;
}

const han = '\\u3400-\\u9fff';

/** Decoration shapes, each with the reason shown to the reviewer. */
const decorationShapes: readonly TitleShape[] = [
  { pattern: /^\s*[【[［〔][^】\]］〕]{1,12}[】\]］〕]/, reason: 'a bracketed tag at the start' },
  { pattern: /[（(【[［〔][^）)】\]］〕]{0,12}[）)】\]］〕]\s*$/, reason: 'a bracketed part at the end' },
  { pattern: /\s*[_|｜]\s*\S{1,16}\s*$/, reason: 'a tail after `_` or `|`' },
  { pattern: /\s[-–—]{1,2}\s*\S{1,16}\s*$/, reason: 'a tail after a spaced dash' },
  { pattern: new RegExp(`[${han}]\\d{1,3}\\s*$`), reason: 'a number at the end' },
  { pattern: /(?:精选|精選|大全|合集|汇总|彙總|范文|範文|\d+\s*篇|多篇)\s*$/, reason: 'a collection or count word at the end' },
  { pattern: /\d+\s*字\s*$/, reason: 'a word count' },
  { pattern: /[a-z0-9-]+\.(?:com|cn|net|org|tw|hk|cc|info)\b|https?:|www\./i, reason: 'a web address' },
];

/** A title longer than this reads like a sentence of the body. */
const longestTitle = 40;
/** A title with a clause break (`，`) and longer than this reads like one too. */
const longestClausedTitle = 24;

export function titleDoubts(title: string): TitleDoubt[] {
  if (title.trim() === '') return [{ reason: 'is missing: no title line found', notATitle: true }];
  const doubts: TitleDoubt[] = [];
  const length = [...title].length;
  if (length > longestTitle || title.includes('。') || (length > longestClausedTitle && /[，,；;]/.test(title))) {
    doubts.push({ reason: 'reads like a sentence of the text (a page without a title line gives its first line)', notATitle: true });
  }
  for (const shape of decorationShapes) {
    if (shape.pattern.test(title)) doubts.push({ reason: `may still carry site decoration (${shape.reason})`, notATitle: false });
  }
  return doubts;
}
