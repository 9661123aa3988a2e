/**
 * Characters of a segment that its neighbours decide, where no phrase of
 * OpenCC's did: the frequency list splits off a measure word that OpenCC's
 * phrases keep with its demonstrative (这只 → 這隻 loses to 这|只 in the
 * lattice), or makes a word OpenCC does not list (好几只); and OpenCC's
 * phrases know numbers in Han numerals only (三天后 → 三天後, 两周 → 兩週).
 *
 * A surname that is also a common word (余 餘, 范 範, 于 於, 郁 鬱) is the
 * surname where it stands alone before a form of address (余先生, 范老师,
 * 于教授) or after 姓 (姓余).
 *
 * 只 after a demonstrative (or 几, 俩) is the measure word 隻 (这只狗, 那只手,
 * 好几只鸟), unless what follows makes it the adverb 只 (only): a verb, an
 * auxiliary, a preposition or a negation (这只是, 那只会, 这只能, 这只不过).
 * After other numerals it is the measure where the next word is a noun of
 * the frequency list (十四只老鼠, 3只猫); else it is left to OpenCC's phrases
 * (一只, 两只), as 只 there is as often the adverb (一百万只服务两成). After
 * 多 it is the adverb before a verb (最多只会, 顶多只要), though OpenCC's
 * phrase 多只 says 多隻.
 */
import type { Script } from '../book/types.js';
import type { Vocabulary } from './segment.js';

const beforeMeasure = new Set([...'这那哪每某几俩']);
/** The last character of a number: a Han numeral or a digit. */
const numeral = /^[一二两三四五六七八九十百千万几\d]$/u;
/** Characters after which 只 reads "only" (the first of a verb, an auxiliary, a preposition or a negation). */
const afterOnly = new Set([
  ...'是有要能会可不没别在想好用需须为因对把被让给说看知见怕剩顾管得限针靠凭等差当求做许准作留够算认听懂记允适占花带跟和与同向从往到以由于关就才也还都又再已曾将该应肯敢配值属',
]);

/** Characters that are surnames as well as common words, with their form as a surname in Traditional. */
const surnames: Readonly<Record<string, string>> = { 余: '余', 范: '范', 于: '于', 郁: '郁' };
/** Forms of address that follow a surname (the Simplified forms; the segmenter keeps them as words). */
const addresses = new Set([
  '先生',
  '女士',
  '小姐',
  '太太',
  '老师',
  '教授',
  '博士',
  '医师',
  '医生',
  '律师',
  '主任',
  '委员',
  '议员',
  '院长',
  '部长',
  '局长',
  '处长',
  '市长',
  '县长',
  '镇长',
  '村长',
  '里长',
  '校长',
  '董事长',
  '总经理',
  '经理',
  '总统',
  '主席',
  '同学',
  '老板',
  '师傅',
  '阿姨',
  '伯伯',
  '叔叔',
]);

/** Whether the surname character at `index` of `text` (Simplified) stands before a form of address or after 姓. */
export function surnameContext(text: string, index: number): boolean {
  if (surnames[text[index] ?? ''] === undefined) return false;
  if (text[index - 1] === '姓') return true;
  const after = text.slice(index + 1, index + 4);
  return [...addresses].some((address) => after.startsWith(address));
}

/**
 * A surname character before a form of address or after 姓, alone or in a
 * word of the frequency list (郁先生, 姓范): the segment with the surname's
 * form (else null).
 */
function surname(parts: readonly string[], p: number, converted: string): string | null {
  const part = parts[p]!;
  const first = surnames[part[0]!];
  if (part.length === 1 && first !== undefined) return addresses.has(parts[p + 1] ?? '') || parts[p - 1]?.endsWith('姓') === true ? first : null;
  if (first !== undefined && addresses.has(part.slice(1))) return first + converted.slice(1);
  const last = surnames[part.slice(1)];
  return part.length === 2 && part[0] === '姓' && last !== undefined ? converted[0] + last : null;
}

/**
 * After a number in Arabic digits (3天后, 第 2 周): 周 is the week 週, and 天后 is "days later" (天後), not the
 * goddess 天后.
 */
function afterDigits(parts: readonly string[], p: number, converted: string): string {
  let q = p - 1;
  while (q >= 0 && /^\s$/u.test(parts[q]!)) q--;
  if (q < 0 || !/\d$/u.test(parts[q]!)) return converted;
  if (parts[p] === '天后') return '天後';
  return converted.startsWith('周') ? `週${converted.slice(1)}` : converted;
}

/**
 * The conversion of segment `p` of `parts` (converted by OpenCC as
 * `converted`) with the characters its neighbours decide, where a rule
 * applies. `vocabulary` tells a word of OpenCC's phrases (which has decided
 * already) and the nouns of the frequency list.
 */
export function withContext(to: Script, parts: readonly string[], p: number, converted: string, vocabulary: Vocabulary): string {
  const part = parts[p]!;
  if (to !== 'Hant' || converted.length !== part.length) return converted;
  const name = surname(parts, p, converted);
  if (name !== null) return name;
  if (part.startsWith('周') || part === '天后') return afterDigits(parts, p, converted);
  if (!part.endsWith('只')) return converted;
  const previous = part.length > 1 ? part.at(-2)! : (parts[p - 1]?.at(-1) ?? '');
  const next = parts[p + 1]?.[0] ?? '';
  // 最多只会, 顶多只要: after 多 and before a verb 只 is "only", though OpenCC's phrase 多只 (many of) makes it 隻.
  if (previous === '多' && converted.endsWith('隻') && afterOnly.has(next)) return `${converted.slice(0, -1)}只`;
  // 十四只老鼠, 几百只鸟, 3只猫: after a numeral and before a noun 只 counts animals (OpenCC's phrases know 一只 … 十只 only).
  if (numeral.test(previous) && converted.endsWith('只') && vocabulary.lexicon.isNoun(parts[p + 1] ?? '')) return `${converted.slice(0, -1)}隻`;
  if (part.length > 1 && vocabulary.isPhrase(part)) return converted;
  if (!beforeMeasure.has(previous) || afterOnly.has(next)) return converted;
  return `${converted.slice(0, -1)}隻`;
}
