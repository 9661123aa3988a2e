/**
 * Simplified or Traditional? Characters that GB2312 has and Big5 lacks are
 * (almost all) Simplified-only, and the reverse; whichever kind is more
 * frequent decides. Cheap, and needs no conversion dictionary.
 */
import iconv from 'iconv-lite';
import type { Script } from '../book/types.js';

/** iconv-lite's gb2312 is really GBK: keep to GB2312's own byte ranges. */
export function isGb2312(ch: string): boolean {
  const bytes = iconv.encode(ch, 'gb2312');
  return bytes.length === 2 && bytes[0]! >= 0xa1 && bytes[0]! <= 0xf7 && bytes[1]! >= 0xa1 && bytes[1]! <= 0xfe;
}

const cache = new Map<string, -1 | 0 | 1>();

/** +1 Traditional-only, -1 Simplified-only, 0 shared or unknown. */
export function scriptLean(ch: string): -1 | 0 | 1 {
  let lean = cache.get(ch);
  if (lean === undefined) {
    const inGb = isGb2312(ch);
    const inBig5 = iconv.encode(ch, 'big5').length === 2;
    lean = inGb === inBig5 ? 0 : inBig5 ? 1 : -1;
    cache.set(ch, lean);
  }
  return lean;
}

export function detectScript(text: string): Script {
  let score = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x4e00 && cp <= 0x9fff) score += scriptLean(ch);
  }
  return score > 0 ? 'Hant' : 'Hans';
}
