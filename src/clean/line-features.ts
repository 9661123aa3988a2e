/**
 * Features of one line of plain Chinese text that carry over to sites never
 * seen: how much of it is prose (sentence marks, function words, length), how
 * much is Han, and how much of it is the vocabulary of site chrome. In the
 * spirit of jusText: the decision is made from the kind of text, not its string.
 */

import { escapeRegExp } from '../util/regexp.js';
import { blurbCues, clickWords, columnWords, strongBlurbCues } from './lexicon.js';
import { hanCharGlobal } from './patterns.js';

/** Function words: dense in prose, absent from menus and labels. */
const functionWords =
  /的|了|是|在|和|与|與|我们|我們|我|你|他|她|它|这|這|那|也|就|都|而|但|因为|因為|所以|如果|不|有|要|对|對|把|被|从|從|让|讓|着|著|过|過|之|其|并|並|及|或|为|為/g;
const sentenceMarks = /[。！？；!?;]/g;
const clauseMarks = /[，,、：:]/g;
const url = /https?:\/\/\S+|www\.[a-z0-9-]+(\.[a-z0-9-]+)+|\b[a-z0-9-]+\.(com|net|org|cn|tw|hk|cc|info|top|xyz)\b/i;
const email = /[\w.+-]+@[\w-]+\.[\w.]+/;
const phone = /(?:电话|電話|tel|qq|QQ|微信)\s*[:：]?\s*[\d-]{5,}|\b1[3-9]\d{9}\b/i;
const navSeparators = /\s[>›»|/]\s|[>›»]|\s[|｜]\s?|\s·\s/g;

export interface LineFeatures {
  /** Length in characters, spaces excluded. */
  readonly length: number;
  readonly han: number;
  /** Share of Han among the non-space characters. */
  readonly hanShare: number;
  readonly sentenceMarks: number;
  readonly clauseMarks: number;
  /** Function-word hits per Han character. */
  readonly functionDensity: number;
  /** Share of the line's Han covered by click words. */
  readonly clickCoverage: number;
  /** Share of the line's Han covered by column and genre names. */
  readonly columnCoverage: number;
  /** Distinct blurb cues found, strong cues counting double. */
  readonly blurbScore: number;
  readonly navSeparators: number;
  readonly hasUrl: boolean;
  readonly hasEmail: boolean;
  readonly hasPhone: boolean;
}

/** One alternation per lexicon, longest words first, so a line is scanned once. */
function alternation(words: readonly string[]): RegExp {
  const escaped = [...new Set(words)].sort((a, b) => b.length - a.length).map((word) => escapeRegExp(word));
  return new RegExp(escaped.join('|'), 'g');
}
const clickPattern = alternation(clickWords);
const columnPattern = alternation(columnWords);

/** Share of `text`'s Han characters covered by the lexicon's words. */
function coverage(text: string, pattern: RegExp, hanCount: number): number {
  if (hanCount === 0) return 0;
  const left = text.replace(pattern, ' ').match(hanCharGlobal)?.length ?? 0;
  return (hanCount - left) / hanCount;
}

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/**
 * The line as the typographic repairs will leave it, as far as features can
 * tell: an ellipsis typed as dots is no sentence mark, a dot after Han is a
 * full stop. Features read the same before and after cleaning.
 */
function asRepaired(text: string): string {
  return text.replace(/。{2,}|\.{2,}|…+|„{2,}/g, '…').replace(/(?<=[\u3400-\u9fff])\.(?=\s*$|[\u3400-\u9fff“「])/g, '。');
}

/**
 * Rules ask for the same lines' features many times a round: a bounded memo
 * around the computation (features are a pure function of the text).
 */
const memo = new Map<string, LineFeatures>();
const memoLimit = 20_000;

export function lineFeatures(raw: string): LineFeatures {
  const known = memo.get(raw);
  if (known) return known;
  if (memo.size >= memoLimit) memo.clear();
  const features = computeFeatures(raw);
  memo.set(raw, features);
  return features;
}

function computeFeatures(raw: string): LineFeatures {
  const text = asRepaired(raw.trim());
  const compact = text.replace(/[\s\u3000]+/g, '');
  const length = [...compact].length;
  const han = count(compact, hanCharGlobal);
  const blurb = new Set(blurbCues.filter((cue) => text.includes(cue))).size + strongBlurbCues.filter((cue) => text.includes(cue)).length;
  return {
    length,
    han,
    hanShare: length === 0 ? 0 : han / length,
    sentenceMarks: count(text, sentenceMarks),
    clauseMarks: count(text, clauseMarks),
    functionDensity: han === 0 ? 0 : count(compact, functionWords) / han,
    clickCoverage: coverage(compact, clickPattern, han),
    columnCoverage: coverage(compact, columnPattern, han),
    blurbScore: blurb,
    navSeparators: count(text, navSeparators),
    hasUrl: url.test(text),
    hasEmail: email.test(text),
    hasPhone: phone.test(text),
  };
}

/** Reads as running prose: long with clause or sentence marks, or dense with function words. */
export function isProse(features: LineFeatures): boolean {
  if (features.han < 12) return false;
  if (features.sentenceMarks > 0 && features.length >= 16) return true;
  if (features.clauseMarks >= 2 && features.length >= 24) return true;
  return features.length >= 40 && features.functionDensity >= 0.08;
}

/** A body paragraph: long and punctuated, or a sentence that ends. Titles rarely are. */
export function isParagraph(features: LineFeatures, text: string): boolean {
  if (features.han < 10) return false;
  if (features.length >= 30 && (features.sentenceMarks > 0 || features.clauseMarks >= 2)) return true;
  if (features.length >= 16 && /[。…][”」』）)]?$/.test(text.trim())) return true;
  return features.length >= 60;
}
