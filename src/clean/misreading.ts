/**
 * Misreadings: bytes in one encoding decoded with another. Each leaves a
 * trace a reader can undo: encode the text back with the codec that misread
 * it, then decode the bytes with the right one. Both the mojibake repair and
 * the damage detector ask these questions, so "damage" means "what a real
 * decoder error produces", never "a character we rarely see".
 */
import iconv from 'iconv-lite';
import { invalidUtf8Offset } from '../read/decode.js';
import { commonShare, isRareLetter } from './common-han.js';

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
 * output of misreading high bytes with it: it encodes losslessly, to bytes
 * led by one of 0x80 or more (ASCII reads the same in every codec; a
 * double-byte codec's trail byte may be ASCII).
 */
export function highBytes(ch: string, wrong: Codec): Uint8Array | null {
  const key = `${wrong}\u0000${ch}`;
  let bytes = charBytes.get(key);
  if (bytes === undefined) {
    const encoded = encodeChar(ch, wrong);
    const lossless = ch !== '\ufffd' && encoded.length > 0 && encoded[0]! >= 0x80 && decodeLenient(encoded, wrong) === ch;
    // A misread UTF-8 stream never yields characters beyond U+07FF (two-byte sequences only from legacy pairs).
    const possible = wrong !== 'utf-8' || encoded.length === 2;
    bytes = lossless && possible ? new Uint8Array(encoded) : null;
    charBytes.set(key, bytes);
  }
  return bytes;
}

/** Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D have no Windows-1252 character; decoders pass them on as C1 controls. */
const isC1 = (code: number): boolean => code >= 0x80 && code <= 0x9f;

function encodeChar(ch: string, codec: Codec): Uint8Array {
  if (codec === 'utf-8') return Buffer.from(ch, 'utf8');
  if (codec === 'windows-1252' && isC1(ch.charCodeAt(0))) return Uint8Array.of(ch.charCodeAt(0));
  return iconv.encode(ch, codec);
}

export function decodeLenient(bytes: Uint8Array, codec: Codec): string {
  if (codec === 'utf-8') return Buffer.from(bytes).toString('utf8');
  if (codec !== 'windows-1252') return iconv.decode(Buffer.from(bytes), codec);
  const text = iconv.decode(Buffer.from(bytes), codec);
  // iconv-lite gives U+FFFD for the five undefined bytes, one character per byte.
  return [...text].map((ch, i) => (ch === '\ufffd' && isC1(bytes[i]!) ? String.fromCharCode(bytes[i]!) : ch)).join('');
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

const asciiAlnum = /^[0-9A-Za-z]$/;

/** The bytes of a character inside a misread run: an ASCII letter or digit stands for itself (a double-byte codec's trail byte). */
function runBytes(ch: string, wrong: Codec): Uint8Array | null {
  return asciiAlnum.test(ch) ? Uint8Array.of(ch.charCodeAt(0)) : highBytes(ch, wrong);
}

/**
 * Maximal runs `[start, end)` of characters that `wrong` could have produced
 * from high bytes, ASCII letters and digits allowed after the first.
 */
function candidateRuns(chars: readonly string[], wrong: Codec): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  chars.forEach((ch, i) => {
    if (highBytes(ch, wrong) || (start >= 0 && asciiAlnum.test(ch))) {
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
  const pieces = chars.slice(from, to).map((ch) => runBytes(ch, wrong)!);
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
      // A stretch ends after a multibyte sequence: trailing ASCII is left as it stands.
      if (charAt.has(at) && step > 1) lastBoundary = at;
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

function bytesOf(chars: readonly string[], first: number, last: number, wrong: Codec): Uint8Array {
  return Buffer.concat(chars.slice(first, last).map((ch) => runBytes(ch, wrong)!));
}

/** Common characters a repair must give at least: shorter runs read as something common by chance. */
const leastCommon = 4;

/** How far a stretch may reach past its outermost rare letters, on each side. */
const margin = 3;

/**
 * Stretches of `chars[from, to)` that read cleanly in a double-byte codec:
 * around each cluster of rare letters, the span (its edges within a small
 * margin of the cluster's) whose reading gains the most common Han over the
 * text it replaces, at a share of at least 0.75. Legacy codecs pair
 * every two bytes, so any span reads as something; the rare letters say where
 * the misread run is, and the share decides its edges.
 */
function legacyStretches(chars: readonly string[], from: number, to: number, m: Misreading): Array<[number, number]> {
  const rare: number[] = [];
  for (let i = from; i < to; i++) if (isRareLetter(chars[i]!)) rare.push(i);
  const clusters: Array<[number, number]> = [];
  for (const i of rare) {
    const last = clusters[clusters.length - 1];
    if (last && i - last[1] <= margin * 2) last[1] = i + 1;
    else clusters.push([i, i + 1]);
  }
  const stretches: Array<[number, number]> = [];
  for (const [a, b] of clusters) {
    let best: { first: number; last: number; share: number; gain: number } | null = null;
    // The rare letters at a cluster's edges may be real text beside the run, so the edges move both ways.
    for (let first = Math.max(from, a - margin); first <= Math.min(b - 1, a + margin); first++) {
      for (let last = Math.max(first + 1, b - margin); last <= Math.min(to, b + margin); last++) {
        const after = decodeStrict(bytesOf(chars, first, last, m.wrong), m.right);
        if (after === null) continue;
        const { common, share } = commonShare(after);
        if (common < leastCommon) continue;
        if (share < 0.75) continue;
        // Net gain: a real neighbour read again may come out common too, but gains nothing over itself.
        const gain = common - commonShare(chars.slice(first, last).join('')).common;
        if (!best || gain > best.gain || (gain === best.gain && (share > best.share || (share === best.share && last - first < best.last - best.first)))) {
          best = { first, last, share, gain };
        }
      }
    }
    const previous = stretches[stretches.length - 1];
    if (best && (!previous || best.first >= previous[1])) stretches.push([best.first, best.last]);
  }
  return stretches;
}

/** Whether `after` reads as much more plausible Chinese than `before`: three common characters more at least, and half its letters more common. */
export function muchMorePlausible(before: string, after: string, least: number): boolean {
  const was = commonShare(before);
  const now = commonShare(after);
  return now.common >= leastCommon && now.common - was.common >= 3 && now.share >= least && now.share - was.share >= 0.5;
}

/**
 * Whether a lossy reading explains a stretch: it reads as mostly common Han
 * and has at least two rare letters fewer. Weaker than a repair's test,
 * because a stream read one byte off keeps many common characters.
 */
function explains(before: string, after: string): boolean {
  const was = commonShare(before);
  const now = commonShare(after);
  const rareFewer = was.letters - was.common - (now.letters - now.common);
  return now.common >= 2 && now.share >= 0.6 && now.share - was.share >= 0.2 && rareFewer >= 2;
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
      // GBK and Big5 pair bytes alike, so each reads the other's text as common characters; only a
      // user-defined (private-use) character, which a GBK decoder gives for Big5 punctuation and rows
      // no author types, shows the pairing is wrong.
      const bothDoubleByte = m.wrong !== 'utf-8' && m.wrong !== 'windows-1252';
      if (bothDoubleByte && !chars.slice(from, to).some((ch) => /[\ue000-\uf8ff]/.test(ch))) continue;
      for (const [first, last] of legacyStretches(chars, from, to, m)) {
        add(first, last, decodeStrict(bytesOf(chars, first, last, m.wrong), m.right)!);
      }
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
    if (!explains(stretch, after)) continue;
    const share = commonShare(after).share;
    if (!best || share > best.share) best = { after, misreading: m, share };
  }
  return best && { after: best.after, misreading: best.misreading };
}
