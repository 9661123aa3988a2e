/**
 * Characters of a segment that its neighbours decide, where no phrase of
 * OpenCC's did: the frequency list splits off a measure word that OpenCC's
 * phrases keep with its demonstrative (这只 → 這隻 loses to 这|只 in the
 * lattice), or makes a word OpenCC does not list (好几只); and OpenCC's
 * phrases know numbers in Han numerals only (三天后 → 三天後, 两周 → 兩週).
 *
 * 只 after a demonstrative (or 几, 俩) is the measure word 隻 (这只狗, 那只手,
 * 好几只鸟), unless what follows makes it the adverb 只 (only): a verb, an
 * auxiliary, a preposition or a negation (这只是, 那只会, 这只能, 这只不过).
 * After other numerals it is left to OpenCC's phrases (一只, 两只): there
 * 只 is as often the adverb (一百万只服务两成).
 */
import type { Script } from '../book/types.js';

const beforeMeasure = new Set([...'这那哪每某几俩']);
/** Characters after which 只 reads "only" (the first of a verb, an auxiliary, a preposition or a negation). */
const afterOnly = new Set([...'是有要能会可不没别在想好用需须为因对把被让给说看知见怕剩顾管得限针靠凭等差当求做许准作留够算认听懂记允适占花带跟和与同向从往到以由于关就才也还都又再已曾将该应肯敢配值属']);

/**
 * After a number in Arabic digits (3天后, 第 2 周): 周 is the week 週, and 天后 is "days later" (天後), not the
 * goddess 天后.
 */
function afterDigits(parts: readonly string[], p: number, converted: string): string {
  let q = p - 1;
  while (q >= 0 && /^\s$/u.test(parts[q]!)) q--;
  if (q < 0 || !/\d$/u.test(parts[q]!)) return converted;
  if (parts[p] === '天后') return '天後';
  return converted.startsWith('周') ? '週' + converted.slice(1) : converted;
}

/**
 * The conversion of segment `p` of `parts` (converted by OpenCC as
 * `converted`) with the characters its neighbours decide, where a rule
 * applies. `isPhrase` tells a word of OpenCC's phrases (which has decided
 * already).
 */
export function withContext(to: Script, parts: readonly string[], p: number, converted: string, isPhrase: (word: string) => boolean): string {
  const part = parts[p]!;
  if (to !== 'Hant' || converted.length !== part.length) return converted;
  if (part.startsWith('周') || part === '天后') return afterDigits(parts, p, converted);
  if (!part.endsWith('只') || (part.length > 1 && isPhrase(part))) return converted;
  const previous = part.length > 1 ? part.at(-2)! : (parts[p - 1]?.at(-1) ?? '');
  const next = parts[p + 1]?.[0] ?? '';
  if (!beforeMeasure.has(previous) || afterOnly.has(next)) return converted;
  return converted.slice(0, -1) + '隻';
}
