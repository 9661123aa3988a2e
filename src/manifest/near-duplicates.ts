/**
 * Texts that look like copies of each other: the same page saved twice, or an
 * excerpt of a longer page. Each text becomes a sample of its character
 * shingles (letters and digits only, so punctuation width and spacing do not
 * matter); two texts are copies when most of the shorter one's sample is in
 * the longer one's. Sampling by hash keeps the work linear in the text and
 * the result the same for the same texts.
 */

export interface NearDuplicate {
  /** Index of the earlier text. */
  first: number;
  /** Index of the later text. */
  second: number;
  /** Share of the shorter text's sample found in the other, 0–1. */
  shared: number;
}

const shingleLength = 6;
/** One shingle in this many is kept (by hash), enough to estimate overlap. */
const sampleEvery = 4;
/** Fewer sampled shingles than this: too short to judge. */
const smallestSample = 8;
export const duplicateShare = 0.8;

/** FNV-1a over UTF-16 code units: fast, stable, good enough for sampling. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function sample(text: string): Set<number> {
  const chars = [...text.replace(/[^\p{L}\p{N}]/gu, '')];
  const kept = new Set<number>();
  for (let i = 0; i + shingleLength <= chars.length; i++) {
    const h = hash(chars.slice(i, i + shingleLength).join(''));
    if (h % sampleEvery === 0) kept.add(h);
  }
  return kept;
}

export function findNearDuplicates(texts: readonly string[], threshold = duplicateShare): NearDuplicate[] {
  const samples = texts.map(sample);
  // Inverted index: shingle → texts holding it, so only texts that share something are compared.
  const holders = new Map<number, number[]>();
  samples.forEach((kept, index) => {
    for (const h of kept) {
      const list = holders.get(h);
      if (list) list.push(index);
      else holders.set(h, [index]);
    }
  });
  const duplicates: NearDuplicate[] = [];
  samples.forEach((kept, second) => {
    if (kept.size < smallestSample) return;
    const common = new Map<number, number>();
    for (const h of kept) {
      for (const first of holders.get(h)!) if (first < second) common.set(first, (common.get(first) ?? 0) + 1);
    }
    for (const [first, count] of [...common].sort((a, b) => a[0] - b[0])) {
      const smaller = Math.min(kept.size, samples[first]!.size);
      if (smaller < smallestSample) continue;
      const shared = count / smaller;
      if (shared >= threshold) duplicates.push({ first, second, shared });
    }
  });
  return duplicates;
}
