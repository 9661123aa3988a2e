/**
 * Which characters belong to one script only. OpenCC's character tables say
 * which characters it converts, but opencc-js keeps only the first target of
 * each (群 → 羣, though 群 is also Traditional), so a character counts as
 * Simplified-only when OpenCC converts it *and* Big5 lacks it, and as
 * Traditional-only when OpenCC converts it *and* GB2312 lacks it. Used to
 * detect a source's script and to check that an edition is pure.
 */
import iconv from 'iconv-lite';
import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';

function converted(table: string): Set<string> {
  const sources = new Set<string>();
  for (const entry of table.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && to !== from) sources.add(from);
  }
  return sources;
}

/** iconv-lite's gb2312 is really GBK: keep to GB2312's own byte ranges. */
export function isGb2312(ch: string): boolean {
  const bytes = iconv.encode(ch, 'gb2312');
  return bytes.length === 2 && bytes[0]! >= 0xa1 && bytes[0]! <= 0xf7 && bytes[1]! >= 0xa1 && bytes[1]! <= 0xfe;
}

/**
 * iconv-lite's big5 is Big5-HKSCS, which also encodes hundreds of Simplified
 * characters (风 8BF0, 国 98C7, 会 894E): keep to Big5's own ranges (lead
 * bytes A1–F9, as code page 950 has them), without the extension rows
 * C6A1–C8FE that HKSCS fills.
 */
export function isBig5(ch: string): boolean {
  const bytes = iconv.encode(ch, 'big5');
  if (bytes.length !== 2) return false;
  const [lead, trail] = [bytes[0]!, bytes[1]!];
  return lead >= 0xa1 && lead <= 0xf9 && !(lead === 0xc6 && trail >= 0xa1) && lead !== 0xc7 && lead !== 0xc8;
}

let simplified: Set<string> | undefined;
let traditional: Set<string> | undefined;
const cache = new Map<string, -1 | 0 | 1>();

/** +1 Traditional-only, -1 Simplified-only, 0 shared. */
export function scriptLean(ch: string): -1 | 0 | 1 {
  let lean = cache.get(ch);
  if (lean === undefined) {
    simplified ??= converted(STCharacters);
    traditional ??= converted(TSCharacters);
    lean = traditional.has(ch) && !isGb2312(ch) ? 1 : simplified.has(ch) && !isBig5(ch) ? -1 : 0;
    cache.set(ch, lean);
  }
  return lean;
}
