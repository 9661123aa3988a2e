/**
 * Whether a Han character is common: in GB2312 level 1 (the 3,755 most used
 * Simplified characters) or Big5 level 1 (the 5,401 most used Traditional
 * ones). Text decoded with the wrong codec is dense in characters that are in
 * neither, which is how improbable runs are found.
 */
import iconv from 'iconv-lite';
import { encodeEach } from '../util/encode-each.js';

const cache = new Map<string, boolean>();

function isCommon(gb: readonly number[], big5: readonly number[]): boolean {
  const big5Code = big5.length === 2 ? big5[0]! * 256 + big5[1]! : 0;
  return (gb.length === 2 && gb[0]! >= 0xb0 && gb[0]! <= 0xd7 && gb[1]! >= 0xa1) || (big5Code >= 0xa440 && big5Code <= 0xc67e);
}

export function isCommonHan(ch: string): boolean {
  let known = cache.get(ch);
  if (known === undefined) {
    known = isCommon([...iconv.encode(ch, 'gb2312')], [...iconv.encode(ch, 'big5')]);
    cache.set(ch, known);
  }
  return known;
}

/** `isCommonHan` of each of `chars` (Han characters of one UTF-16 unit) at once; null if the encoders disagree. */
export function commonHanAll(chars: readonly string[]): boolean[] | null {
  const gb = encodeEach(chars, 'gb2312');
  const big5 = encodeEach(chars, 'big5');
  return gb && big5 ? chars.map((_, i) => isCommon(gb[i]!, big5[i]!)) : null;
}

/** Units of the unified ideograph blocks already asked about, so a large book's text is scanned cheaply. */
const asked = new Uint8Array(0x10000);

/** Answers `isCommonHan` for the unified ideographs of `text` ahead of time, at once. */
export function primeCommonHan(text: string): void {
  const fresh: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (asked[unit] === 1 || !((unit >= 0x3400 && unit <= 0x4dbf) || (unit >= 0x4e00 && unit <= 0x9fff))) continue;
    asked[unit] = 1;
    if (!cache.has(text[i]!)) fresh.push(text[i]!);
  }
  if (fresh.length > 0) for (const [i, common] of (commonHanAll(fresh) ?? []).entries()) cache.set(fresh[i]!, common);
}

/** Punctuation, symbols and spaces: neither evidence for nor against a reading. */
const neutral = /[\p{P}\p{S}\p{Z}\p{Cc}]/u;

/**
 * How much a text reads as Chinese: common Han among its letters (ASCII,
 * punctuation and symbols left out). Misread bytes come out as rare
 * characters, Latin-1 letters or Cyrillic; the same bytes read right come out
 * as common Han.
 */
/** A letter no Chinese text needs often (rare Han, Latin-1, Cyrillic…): the mark a misreading leaves. */
export function isRareLetter(ch: string): boolean {
  return ch >= '\u0080' && !isCommonHan(ch) && !neutral.test(ch);
}

export function commonShare(text: string): { common: number; letters: number; share: number } {
  let common = 0;
  let letters = 0;
  for (const ch of text) {
    if (ch < '\u0080' || neutral.test(ch)) continue;
    letters++;
    if (isCommonHan(ch)) common++;
  }
  return { common, letters, share: letters === 0 ? 0 : common / letters };
}
