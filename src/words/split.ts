/**
 * The likeliest split of a Han string into words of the frequency list (a
 * unigram model), for judging whether text reads as words: spliced pieces and
 * jammer characters do not.
 */
import type { Lexicon } from './word-list.js';

const hanChar = /\p{Script=Han}/u;
const isHan = (ch: string) => hanChar.test(ch);

/** Characters that stand alone as words in running text (particles, pronouns, common verbs, and the classical ones quoted in essays: 吾 汝 尔 乎 矣). */
const standalone = new Set([
  ...'的了是在和与及之也都就而又把被对从向为以于我你他她它这那不很更最还再只才已并但如若所其个一有要会能可将让给着过地得说看想做去来到上下中吗呢吧啊呀么吾汝尔乎矣焉哉兮',
]);

/** Whether a one-character word commonly stands alone in running text. */
export function standsAlone(word: string): boolean {
  return standalone.has(word);
}

/** Characters the list knows only as parts of words are dear on their own. */
const unknownCost = 25;
const longestWord = 8;

/**
 * The negative log-probability of the likeliest split of `text` into words
 * of the list (a unigram model); anything but Han costs nothing.
 */
export function textCost(text: string, lexicon: Lexicon): number {
  return likeliestSplit(text, lexicon).cost;
}

/** The words of the likeliest split of a Han string. */
export function splitWords(text: string, lexicon: Lexicon): string[] {
  const { chars, from } = likeliestSplit(text, lexicon);
  const words: string[] = [];
  for (let end = chars.length; end > 0; end = from[end]!) words.unshift(chars.slice(from[end]!, end).join(''));
  return words;
}

function likeliestSplit(text: string, lexicon: Lexicon): { cost: number; chars: string[]; from: Int32Array } {
  const chars = [...text].filter((ch) => isHan(ch));
  const logTotal = Math.log(lexicon.total);
  const best = new Float64Array(chars.length + 1).fill(Infinity);
  const from = new Int32Array(chars.length + 1);
  best[0] = 0;
  for (let i = 0; i < chars.length; i++) {
    const start = best[i]!;
    if (start === Infinity) continue;
    let word = '';
    for (let j = i; j < Math.min(chars.length, i + longestWord); j++) {
      word += chars[j];
      const count = lexicon.count(word);
      const cost = count === undefined ? (j === i ? unknownCost : Infinity) : logTotal - Math.log(count);
      if (start + cost < best[j + 1]!) {
        best[j + 1] = start + cost;
        from[j + 1] = i;
      }
    }
  }
  return { cost: best[chars.length]!, chars, from };
}
