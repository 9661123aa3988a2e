/**
 * Bytes → text. UTF-8 (with or without BOM) and UTF-16 with BOM are
 * recognised by their bytes; otherwise GB18030 (a superset of GBK) and Big5
 * are tried and the one whose text looks like Chinese wins. An undecodable
 * file is an error naming the byte offset — never silently mangled.
 */
import iconv from 'iconv-lite';
import { UserError } from '../util/user-error.js';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';
export const encodings: readonly Encoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5'];

export interface Decoded {
  text: string;
  encoding: Encoding;
  bom: boolean;
}

/** Offset of the first byte that is not well-formed UTF-8, or -1. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= n) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Offset of the first byte sequence a legacy codec maps to U+FFFD, or -1. */
function invalidLegacyOffset(bytes: Uint8Array, encoding: 'gb18030' | 'big5'): number {
  const text = iconv.decode(Buffer.from(bytes), encoding);
  const bad = text.indexOf('\ufffd');
  if (bad < 0) return -1;
  return iconv.encode(text.slice(0, bad), encoding).length;
}

/** How Chinese a text looks: the share of common Han among non-ASCII chars. */
function hanShare(text: string): number {
  let han = 0;
  let other = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) continue;
    if (cp >= 0x4e00 && cp <= 0x9fff) han++;
    else if ((cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef) || (cp >= 0x2010 && cp <= 0x2026)) han += 0.5;
    else other++;
  }
  return han + other === 0 ? 1 : han / (han + other);
}

function looksBinary(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return i;
  return -1;
}

export function decode(bytes: Uint8Array, file: string, declared?: Encoding): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const encoding = declared ?? detect(body, file);
  if (encoding === 'utf-8') {
    const bad = invalidUtf8Offset(body);
    if (bad >= 0) throw undecodable(file, bad + (bom ? 3 : 0), 'utf-8', body[bad]!);
    return { text: new TextDecoder('utf-8').decode(body), encoding, bom };
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    return { text: new TextDecoder(encoding).decode(body), encoding, bom };
  }
  const bad = invalidLegacyOffset(body, encoding);
  if (bad >= 0) throw undecodable(file, bad, encoding, body[bad] ?? 0);
  return { text: iconv.decode(Buffer.from(body), encoding), encoding, bom };
}

function detect(bytes: Uint8Array, file: string): Encoding {
  const nul = looksBinary(bytes);
  if (nul >= 0) {
    // UTF-16 without a byte-order mark has NUL bytes wherever it holds ASCII (line breaks, digits).
    const utf16 = (['utf-16le', 'utf-16be'] as const)
      .map((encoding) => ({ encoding, score: bytes.length % 2 === 0 ? hanShare(new TextDecoder(encoding).decode(bytes)) : 0 }))
      .sort((a, b) => b.score - a.score)[0]!;
    if (utf16.score >= 0.6) {
      throw new UserError(
        `${file}: looks like ${utf16.encoding.toUpperCase()} text without a byte-order mark`,
        `set \`encoding: ${utf16.encoding}\` for it in the manifest`,
      );
    }
    throw new UserError(
      `${file}: binary file, not text`,
      `a NUL byte at byte offset ${nul}; give a plain-text file (UTF-8, UTF-16 with BOM, GB18030/GBK or Big5)`,
    );
  }
  const utf8Bad = invalidUtf8Offset(bytes);
  if (utf8Bad < 0) return 'utf-8';
  const candidates = (['gb18030', 'big5'] as const)
    .filter((encoding) => invalidLegacyOffset(bytes, encoding) < 0)
    .map((encoding) => ({ encoding, score: hanShare(iconv.decode(Buffer.from(bytes), encoding)) }))
    .sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (!best || best.score < 0.6) throw undecodable(file, utf8Bad, 'utf-8', bytes[utf8Bad]!);
  return best.encoding;
}

function undecodable(file: string, offset: number, encoding: string, byte: number): UserError {
  return new UserError(
    `${file}: cannot decode as ${encoding} at byte offset ${offset} (byte 0x${byte.toString(16).padStart(2, '0')})`,
    'the file is neither UTF-8, UTF-16 with BOM, GB18030/GBK nor Big5; convert it, or set `encoding:` for it in sources/book.yaml',
  );
}
