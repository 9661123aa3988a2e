/**
 * Misreadings: bytes in one encoding decoded with another. Each leaves a
 * trace a reader can undo: encode the text back with the codec that misread
 * it, then decode the bytes with the right one. Both the mojibake repair and
 * the damage detector ask these questions, so "damage" means "what a real
 * decoder error produces", never "a character we rarely see".
 */
import iconv from 'iconv-lite';
import { invalidUtf8Offset } from '../read/decode.js';
import { commonShare } from './common-han.js';

export type Codec = 'utf-8' | 'gbk' | 'big5' | 'windows-1252';

export interface Misreading {
  /** The codec the text was wrongly decoded with. */
  wrong: Codec;
  /** The codec its bytes were written in. */
  right: Codec;
  /** Bytes lost before the run (a double-byte stream read one byte off). */
  skip: 0 | 1;
}

const codecName: Readonly<Record<Codec, string>> = { 'utf-8': 'UTF-8', gbk: 'GBK', big5: 'Big5', 'windows-1252': 'Latin-1' };

export function describeMisreading(m: Misreading): string {
  return m.skip === 0 ? `${codecName[m.right]} bytes read as ${codecName[m.wrong]}` : `${codecName[m.right]} text read one byte off`;
}

/** Misreadings that lose nothing, so their text can be given back exactly. */
export const reversibleMisreadings: readonly Misreading[] = [
  { wrong: 'gbk', right: 'utf-8', skip: 0 },
  { wrong: 'big5', right: 'utf-8', skip: 0 },
  { wrong: 'windows-1252', right: 'utf-8', skip: 0 },
  { wrong: 'utf-8', right: 'gbk', skip: 0 },
  { wrong: 'utf-8', right: 'big5', skip: 0 },
  { wrong: 'windows-1252', right: 'gbk', skip: 0 },
  { wrong: 'windows-1252', right: 'big5', skip: 0 },
  { wrong: 'gbk', right: 'big5', skip: 0 },
  { wrong: 'big5', right: 'gbk', skip: 0 },
];

/** All misreadings, with those that lost a byte: they explain damage but cannot repair it. */
export const allMisreadings: readonly Misreading[] = [
  ...reversibleMisreadings,
  { wrong: 'gbk', right: 'gbk', skip: 1 },
  { wrong: 'big5', right: 'big5', skip: 1 },
];

const charBytes = new Map<string, Uint8Array | null>();

/**
 * The bytes `wrong` has for one character, if the character is a possible
 * output of misreading high bytes with it: it encodes losslessly to bytes
 * that are all 0x80 or more (ASCII reads the same in every codec).
 */
export function highBytes(ch: string, wrong: Codec): Uint8Array | null {
  const key = `${wrong}\u0000${ch}`;
  let bytes = charBytes.get(key);
  if (bytes === undefined) {
    const encoded = wrong === 'utf-8' ? Buffer.from(ch, 'utf8') : iconv.encode(ch, wrong);
    const lossless = encoded.length > 0 && encoded.every((b) => b >= 0x80) && decodeLenient(encoded, wrong) === ch;
    // A misread UTF-8 stream never yields characters beyond U+07FF (two-byte sequences only from legacy pairs).
    const possible = wrong !== 'utf-8' || encoded.length === 2;
    bytes = lossless && possible ? new Uint8Array(encoded) : null;
    charBytes.set(key, bytes);
  }
  return bytes;
}

export function decodeLenient(bytes: Uint8Array, codec: Codec): string {
  return codec === 'utf-8' ? Buffer.from(bytes).toString('utf8') : iconv.decode(Buffer.from(bytes), codec);
}

/** The text of `bytes` in `codec` if every byte belongs to a character and re-encodes to itself; else null. */
export function decodeStrict(bytes: Uint8Array, codec: Codec): string | null {
  if (codec === 'utf-8') return invalidUtf8Offset(bytes) < 0 ? Buffer.from(bytes).toString('utf8') : null;
  const text = iconv.decode(Buffer.from(bytes), codec);
  if (/[\ufffd\ue000-\uf8ff]/.test(text)) return null;
  return Buffer.from(iconv.encode(text, codec)).equals(Buffer.from(bytes)) ? text : null;
}

/** Length of the well-formed UTF-8 sequence at `at`, or 0. */
function utf8SequenceAt(bytes: Uint8Array, at: number): number {
  const b = bytes[at]!;
  if (b < 0x80) return 1;
  const need = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (need === 0 || at + need > bytes.length) return 0;
  return invalidUtf8Offset(bytes.subarray(at, at + need)) < 0 ? need : 0;
}

/** A stretch of a text read again: `[start, end)` in UTF-16 units, the text before and after. */
export interface Rereading {
  start: number;
  end: number;
  before: string;
  after: string;
  misreading: Misreading;
}

/** Maximal runs `[start, end)` of characters that `wrong` could have produced from high bytes. */
function candidateRuns(chars: readonly string[], wrong: Codec): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  chars.forEach((ch, i) => {
    if (highBytes(ch, wrong)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      runs.push([start, i]);
      start = -1;
    }
  });
  if (start >= 0) runs.push([start, chars.length]);
  return runs;
}

/**
 * Stretches of `chars[from, to)` whose bytes in `wrong` are well-formed UTF-8,
 * cut at characters on both sides (a UTF-8 stream misread pairs its bytes
 * across characters, so only whole groups come back).
 */
function utf8Stretches(chars: readonly string[], from: number, to: number, wrong: Codec): Array<{ first: number; last: number; bytes: Uint8Array }> {
  const pieces = chars.slice(from, to).map((ch) => highBytes(ch, wrong)!);
  const bytes = Buffer.concat(pieces);
  const charAt = new Map<number, number>();
  let offset = 0;
  pieces.forEach((piece, i) => {
    charAt.set(offset, from + i);
    offset += piece.length;
  });
  charAt.set(offset, to);
  const stretches: Array<{ first: number; last: number; bytes: Uint8Array }> = [];
  let begin = 0;
  while (begin < bytes.length) {
    let at = begin;
    let lastBoundary = -1;
    while (at < bytes.length) {
      const step = utf8SequenceAt(bytes, at);
      if (step === 0) break;
      at += step;
      if (charAt.has(at)) lastBoundary = at;
    }
    if (lastBoundary > begin) {
      stretches.push({ first: charAt.get(begin)!, last: charAt.get(lastBoundary)!, bytes: bytes.subarray(begin, lastBoundary) });
      begin = lastBoundary;
    } else {
      begin += pieces[charAt.get(begin)! - from]!.length;
    }
  }
  return stretches;
}

/** Whether `after` reads as much more plausible Chinese than `before`. */
export function muchMorePlausible(before: string, after: string, least: number): boolean {
  const was = commonShare(before);
  const now = commonShare(after);
  return now.common >= 2 && now.share >= least && now.share - was.share >= 0.4;
}

/**
 * Every lossless rereading of a stretch of `text` under one misreading: the
 * stretch encodes back exactly and its bytes decode cleanly in the right codec.
 */
export function losslessRereadings(text: string, m: Misreading): Rereading[] {
  const chars = [...text];
  const unitAt: number[] = [0];
  for (const ch of chars) unitAt.push(unitAt[unitAt.length - 1]! + ch.length);
  const found: Rereading[] = [];
  const add = (first: number, last: number, after: string): void => {
    const start = unitAt[first]!;
    const end = unitAt[last]!;
    found.push({ start, end, before: text.slice(start, end), after, misreading: m });
  };
  for (const [from, to] of candidateRuns(chars, m.wrong)) {
    if (m.right === 'utf-8') {
      for (const stretch of utf8Stretches(chars, from, to, m.wrong)) {
        const after = decodeStrict(stretch.bytes, 'utf-8');
        if (after !== null && /[^\x00-\x7f]/.test(after)) add(stretch.first, stretch.last, after);
      }
    } else {
      const after = decodeStrict(Buffer.concat(chars.slice(from, to).map((ch) => highBytes(ch, m.wrong)!)), m.right);
      if (after !== null) add(from, to, after);
    }
  }
  return found;
}

/**
 * The best account of a damaged stretch as a misreading, lost bytes allowed:
 * the text read again (unreadable bytes as U+FFFD), or null when no
 * misreading makes it read as much more plausible Chinese.
 */
export function explainAsMisreading(stretch: string): { after: string; misreading: Misreading } | null {
  let best: { after: string; misreading: Misreading; share: number } | null = null;
  for (const m of allMisreadings) {
    const pieces: Uint8Array[] = [];
    for (const ch of stretch) {
      const bytes = ch < '\u0080' ? Buffer.from(ch) : highBytes(ch, m.wrong);
      if (!bytes) break;
      pieces.push(bytes);
    }
    if (pieces.length !== [...stretch].length) continue;
    const after = decodeLenient(Buffer.concat(pieces).subarray(m.skip), m.right);
    if (!muchMorePlausible(stretch, after, 0.6)) continue;
    const share = commonShare(after).share;
    if (!best || share > best.share) best = { after, misreading: m, share };
  }
  return best && { after: best.after, misreading: best.misreading };
}
