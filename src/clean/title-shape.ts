/**
 * What a title, a byline and a compilation's part heading look like, and how
 * two copies of one title are compared (decorations and punctuation aside).
 */
import { surnames } from './lexicon.js';

const han = '\\u3400-\\u9fff';
/** `…心得体会 篇1`, `【篇一】`, `篇1：…`, `…观后感1`, `植树节心得体会100字篇一`. */
const partHeadingPattern = new RegExp(
  `[【\\[]?第\\s*[一二三四五六七八九十\\d]{1,3}\\s*篇[】\\]]?\\s*$|(?<![（(【\\[\\d一二三四五六七八九十])篇\\s*[一二三四五六七八九十\\d]{1,3}\\s*$|^[【\\[]?篇\\s*[一二三四五六七八九十\\d]{1,3}[】\\]:：]?|^[【\\[]篇[一二三四五六七八九十]{1,3}[】\\]]|[${han}](感|得|会|會|记|記)\\s*\\d{1,2}$|[】)）]\\s*[一二三四五六七八九十]{1,2}$`,
);
/** Marks a page sets before a byline's name. */
export const ornament = '☉□■●◎○◆◇★☆▲△※';
/** A byline's label and its mark: `作者：`, `文/`, `文｜` (the bar of magazine and WeChat pages), `記者：`. */
export const bylineLabel = '(?:作者|文|撰稿|撰文|記者|记者)\\s*[:：/／|｜]';
/** A name alone, with an ornament, a label or a role in brackets: `☉張國財`, `□章丽鋆(光明网…)`, `作者: 叶匡政`. */
const bylinePattern = new RegExp(`^(?:[${ornament}]\\s*|${bylineLabel}\\s*)?([${han}·]{2,4})(?:\\s*[(（][^)）]{1,30}[)）])?$`);
const labelled = new RegExp(`^${bylineLabel}`);
const ornamented = new RegExp(`^[${ornament}]`);

export function isPartHeading(text: string): boolean {
  return text.length <= 48 && partHeadingPattern.test(text.trim());
}

/** A byline: a name (a known surname first) alone or labelled, ornamented or with a role. */
export function isByline(text: string): boolean {
  const trimmed = text.trim();
  const match = bylinePattern.exec(trimmed);
  if (!match) return false;
  const name = match[1]!;
  return labelled.test(trimmed) || ornamented.test(trimmed) || isName(name);
}

/** A title reduced to what two copies share: Han, letters and digits, without count decorations. */
export function titleKey(text: string): string {
  return text
    .replace(/[(（【[][^)）】\]]{0,12}[)）】\]]/g, '')
    .replace(/范文|範文|\d+/g, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Dice similarity of character bigrams, or 1 when one key contains the other. */
export function titleSimilarity(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a.includes(b) || b.includes(a)) return Math.min(a.length, b.length) / Math.max(a.length, b.length) >= 0.5 ? 1 : 0;
  const grams = (text: string) => {
    const chars = [...text];
    return chars.slice(1).map((char, i) => chars[i]! + char);
  };
  const left = grams(a);
  const right = new Map<string, number>();
  for (const gram of grams(b)) right.set(gram, (right.get(gram) ?? 0) + 1);
  let shared = 0;
  for (const gram of left) {
    const n = right.get(gram) ?? 0;
    if (n > 0) {
      shared++;
      right.set(gram, n - 1);
    }
  }
  return (2 * shared) / (left.length + [...b].length - 1);
}

const compoundSurname = /^(欧阳|歐陽|司马|司馬|诸葛|諸葛|上官|东方|東方|皇甫|尉迟|尉遲|公孙|公孫|慕容|令狐|夏侯|长孙|長孫)/;

/** A personal name: two or three Han characters after a common surname, or four after a compound one. */
export function isName(text: string): boolean {
  if (/^[\u3400-\u9fff]{2,3}$/.test(text)) return surnames.has(text[0]!);
  return /^[\u3400-\u9fff]{3,4}$/.test(text) && compoundSurname.test(text);
}

/** The title a part heading stands for: `植树节心得体会100字篇一` → `植树节心得体会`. */
export function titleOfPartHeading(text: string): string {
  return text
    .replace(/[\s\u3000]*[【[]?(?:第\s*)?篇\s*[一二三四五六七八九十\d]{1,3}[】\]]?\s*$/, '')
    .replace(/[\s\u3000]*\d+\s*字$/, '')
    .replace(/(范文|範文)$/, '')
    .trim();
}
