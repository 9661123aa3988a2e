/**
 * Character classes for Chinese line layout (clreq), kept as data in one place.
 * Every other typesetting rule asks these predicates instead of listing marks.
 */

export type ProhibitionLevel = 'basic' | 'strict';
/** `mainland`: stops sit in the left half of the em box (GB/T 15834). `taiwan`: stops are centred, a quarter em of white on each side. */
export type PunctuationStyle = 'mainland' | 'taiwan';
/**
 * `adjusted`: clreq punctuation width adjustment — adjacent marks squeezed,
 * marks trimmed at line ends and shrunk before a line is stretched. `full`:
 * every mark a full em (Taiwan books often set it so).
 */
export type PunctuationWidth = 'adjusted' | 'full';

/** Opening brackets and quotes: ink on the right half, never at a line end. */
export const OPENING_MARKS = '（［｛〔〈《「『【〖〘〝‘“｟';
/** Closing brackets and quotes: ink on the left half, never at a line start. */
export const CLOSING_MARKS = '）］｝〕〉》」』】〗〙〞〟’”｠';
/** Pause and stop marks (点号). Mainland fonts put them in the left half of the em box. */
export const STOP_MARKS = '、，。．：；！？';
/** Interpuncts and connectors: centred, never at a line start. */
export const MIDDLE_MARKS = '·・‧';
/** Marks that form one 2-em unbreakable unit when doubled (—— and ……). */
export const INSEPARABLE_MARKS = '—…⋯';

/** Additional line-start prohibitions at the strict level (clreq, after JIS X 4051 strict). */
const STRICT_START_EXTRA = '‥〜～ー々〻ゝゞヽヾぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ％‰℃°′″';
/** Additional line-end prohibitions at the strict level: currency and number prefixes. */
const STRICT_END_EXTRA = '＄￥￡＃№';

const setOf = (chars: string): ReadonlySet<string> => new Set(Array.from(chars));

const START_BASIC = setOf(CLOSING_MARKS + STOP_MARKS + MIDDLE_MARKS);
const START_STRICT = setOf(CLOSING_MARKS + STOP_MARKS + MIDDLE_MARKS + STRICT_START_EXTRA);
const END_BASIC = setOf(OPENING_MARKS);
const END_STRICT = setOf(OPENING_MARKS + STRICT_END_EXTRA);
const OPENING = setOf(OPENING_MARKS);
const CLOSING = setOf(CLOSING_MARKS);
const STOPS = setOf(STOP_MARKS);
const MIDDLES = setOf(MIDDLE_MARKS);
const INSEPARABLE = setOf(INSEPARABLE_MARKS);

/** Quotes that Unicode calls ambiguous-width but Chinese text sets full width. */
const CJK_AMBIGUOUS = setOf('‘’“”—…⋯·‧‥');

export function prohibitedAtLineStart(char: string, level: ProhibitionLevel = 'basic'): boolean {
  return (level === 'strict' ? START_STRICT : START_BASIC).has(char);
}

export function prohibitedAtLineEnd(char: string, level: ProhibitionLevel = 'basic'): boolean {
  return (level === 'strict' ? END_STRICT : END_BASIC).has(char);
}

export type PunctuationClass = 'opening' | 'closing' | 'stop' | 'middle' | 'inseparable';

const CLASS_OF: ReadonlyMap<string, PunctuationClass> = new Map([
  ...[...OPENING].map((char) => [char, 'opening'] as const),
  ...[...CLOSING].map((char) => [char, 'closing'] as const),
  ...[...STOPS].map((char) => [char, 'stop'] as const),
  ...[...MIDDLES].map((char) => [char, 'middle'] as const),
  ...[...INSEPARABLE].map((char) => [char, 'inseparable'] as const),
]);

export function punctuationClass(char: string): PunctuationClass | null {
  return CLASS_OF.get(char) ?? null;
}

/**
 * Layout asks these predicates several times for every character of the book;
 * a book uses a few thousand distinct characters, so answers are kept.
 */
function remembered(test: (char: string) => boolean): (char: string) => boolean {
  const answers = new Map<string, boolean>();
  return (char) => {
    let answer = answers.get(char);
    if (answer === undefined) {
      answer = test(char);
      answers.set(char, answer);
    }
    return answer;
  };
}

export function isCjkPunctuation(char: string): boolean {
  return punctuationClass(char) !== null;
}

/**
 * The blank part of a full-width mark's em box, in em, by side. Only marks with
 * a blank half can be squeezed or trimmed; which half depends on the style
 * (mainland stops sit left, Taiwan stops are centred).
 */
export function punctuationBlank(char: string, style: PunctuationStyle): { lead: number; trail: number } {
  switch (punctuationClass(char)) {
    case 'opening':
      return { lead: 0.5, trail: 0 };
    case 'closing':
      return { lead: 0, trail: 0.5 };
    case 'stop':
      return style === 'mainland' ? { lead: 0, trail: 0.5 } : { lead: 0.25, trail: 0.25 };
    default:
      return { lead: 0, trail: 0 };
  }
}

const CJK_CHAR =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6\u31c0-\u31ef\u3200-\u32ff\u3300-\u33ff\ufe30-\ufe4f]/u;

/** A character set on the CJK em grid (ideographs, kana, full-width forms and marks). */
export const isCjk: (char: string) => boolean = remembered((char) => CJK_AMBIGUOUS.has(char) || isCjkPunctuation(char) || CJK_CHAR.test(char));

/** Han ideographs (and kana/hangul) that take CJK–Latin spacing next to a letter or digit. */
export const isIdeograph: (char: string) => boolean = remembered(
  (char) =>
    !isCjkPunctuation(char) &&
    !CJK_AMBIGUOUS.has(char) &&
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u.test(char),
);

/** A Latin letter or a digit (not CJK): the Latin side of CJK–Latin spacing. */
export const isLatinAlnum: (char: string) => boolean = remembered((char) => /[\p{L}\p{N}]/u.test(char) && !isCjk(char));

export function isSpace(char: string): boolean {
  return /\s/u.test(char) && char !== '\u3000';
}
