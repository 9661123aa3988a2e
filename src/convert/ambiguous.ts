/**
 * Characters with several targets in the other script whose alternatives are
 * all current in modern prose (干 → 幹/乾/干, 发 → 發/髮). Where no OpenCC
 * phrase covers such a character, the converter falls back to its default
 * target: that is a guess, reported as a warning unless the manifest pins it.
 * Characters whose other targets are archaic or rare (了 → 瞭, 家 → 傢) are
 * left out on purpose: their default is right in this genre.
 */
import STPhrases from 'opencc-js/dict/STPhrases';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import type { Script } from '../book/types.js';
import { forEachEntry } from './dictionary-entries.js';
import type { TextSample } from './text-sample.js';

export const ambiguousTargets: Readonly<Record<Script, Readonly<Record<string, string>>>> = {
  // Simplified → Traditional
  Hant: {
    干: '幹乾干', 发: '發髮', 后: '後后', 里: '裡裏里', 面: '面麵', 只: '只隻', 台: '臺台檯颱', 系: '系係繫', 斗: '鬥斗',
    历: '歷曆', 钟: '鐘鍾', 冲: '衝沖', 复: '復複覆', 获: '獲穫', 汇: '匯彙', 尽: '盡儘', 松: '松鬆', 余: '餘余', 征: '徵征',
    致: '致緻', 周: '周週', 划: '劃划', 游: '遊游', 采: '採采', 制: '制製', 范: '範范', 准: '準准', 郁: '鬱郁', 须: '須鬚',
    脏: '髒臟', 蒙: '蒙矇濛懞', 谷: '谷穀', 表: '表錶', 胡: '胡鬍衚', 签: '簽籤', 纤: '纖縴', 凶: '凶兇', 占: '占佔',
    据: '據据', 曲: '曲麴', 症: '症癥', 舍: '舍捨', 苏: '蘇甦囌', 坛: '壇罈', 云: '雲云', 丑: '醜丑', 朴: '樸朴', 仆: '僕仆',
    困: '困睏', 姜: '姜薑', 御: '御禦', 柜: '櫃柜', 泛: '泛氾', 淀: '澱淀',
  },
  // Traditional → Simplified
  Hans: { 乾: '干乾', 著: '着著', 藉: '借藉', 瞭: '了瞭', 徵: '征徵', 覆: '复覆', 夥: '伙夥' },
};

const phraseIndex = new Map<Script, Map<string, string[]>>();

/**
 * Phrases of the conversion dictionary that contain `ch`, found by searching
 * the dictionary text for it: a text meets a few dozen ambiguous characters,
 * so this is cheaper than indexing the ~50k phrases up front.
 */
function phrasesWith(ch: string, to: Script): string[] {
  let index = phraseIndex.get(to);
  if (!index) phraseIndex.set(to, (index = new Map()));
  let phrases = index.get(ch);
  if (!phrases) {
    // Entries are `phrase targets|phrase targets|…`; only the phrase part counts.
    const dictionary = to === 'Hant' ? STPhrases : TSPhrases;
    const found = new Set<string>();
    for (let at = dictionary.indexOf(ch); at >= 0; at = dictionary.indexOf(ch, at + 1)) {
      const start = dictionary.lastIndexOf('|', at) + 1;
      const space = dictionary.indexOf(' ', start);
      if (space > at) found.add(dictionary.slice(start, space));
    }
    index.set(ch, (phrases = [...found]));
  }
  return phrases;
}

/** The dictionary phrases containing an ambiguous character. */
export type PhraseIndex = (ch: string) => readonly string[];

/**
 * The phrases with an ambiguous character that may occur in `sample` (a
 * book's texts), from one pass over the dictionary: for a book this is
 * cheaper than searching the dictionary once per ambiguous character, and a
 * phrase that cannot occur in the texts cannot decide anything in them.
 */
export function phraseIndexFor(to: Script, sample: TextSample): PhraseIndex {
  const table = ambiguousTargets[to];
  const dictionary = to === 'Hant' ? STPhrases : TSPhrases;
  const index = new Map<string, string[]>();
  forEachEntry(dictionary, (start, space) => {
    if (!sample.mayContain(dictionary, start, space)) return;
    const phrase = dictionary.slice(start, space);
    for (const ch of new Set(phrase)) {
      if (!table[ch]) continue;
      if (!index.has(ch)) index.set(ch, []);
      index.get(ch)!.push(phrase);
    }
  });
  return (ch) => index.get(ch) ?? [];
}

export interface Ambiguity {
  /** UTF-16 index in the text. */
  index: number;
  char: string;
  targets: string;
}

/** Ambiguous characters in `text` that no dictionary phrase decides. */
export function findAmbiguities(text: string, to: Script, phrasesOf: PhraseIndex = (ch) => phrasesWith(ch, to)): Ambiguity[] {
  const table = ambiguousTargets[to];
  const found: Ambiguity[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const targets = table[ch];
    if (!targets) continue;
    const phrases = phrasesOf(ch);
    const decided = phrases.some((phrase) => {
      for (let k = phrase.indexOf(ch); k >= 0; k = phrase.indexOf(ch, k + 1)) {
        if (i - k >= 0 && text.startsWith(phrase, i - k)) return true;
      }
      return false;
    });
    if (!decided) found.push({ index: i, char: ch, targets });
  }
  return found;
}
