/**
 * The conversion evaluation on native text (`../shared/convert-gold`):
 *
 * - S→T: a native Taiwan Traditional file is made Simplified character by
 *   character (OpenCC's character table, the first target of each), converted
 *   back, and compared with the file. Variant forms the Taiwan standard allows
 *   (臺/台, 裡/裏 …) are counted apart, not as errors.
 * - T→S: a native mainland Simplified file is made Traditional character by
 *   character, converted back, and compared with the file; errors on 着/著
 *   (the particle against the literary verb) are counted apart, as particle
 *   errors.
 *
 * Files are split into a tuning half and a check half (alternate files by
 * name), so that what was tuned on one half can be checked on the other.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { isAllowedVariant } from '../convert/variant-pairs.js';
import { unifyCompatIdeographs } from '../util/compat-ideographs.js';

export type Convert = (text: string) => string;

/**
 * Words whose two spellings the Taiwan standard allows, though their
 * characters are not variants elsewhere (了結 is never 瞭結): the Executive
 * Yuan's guide to official writing prescribes 瞭解 and accepts 了解.
 */
export const allowedWordVariants: readonly (readonly [string, string])[] = [['了解', '瞭解']];

function characterTable(dictionary: string): Map<string, string> {
  const table = new Map<string, string>();
  for (const entry of dictionary.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to && !table.has(from)) table.set(from, [...to][0]!);
  }
  return table;
}

let t2sTable: Map<string, string> | undefined;
let s2tTable: Map<string, string> | undefined;
/** Plain character-level t2s: each character to the first Simplified target OpenCC lists (a compatibility ideograph read as its unified one first: U+F966 復 is 復, so 复). */
export const plainT2s: Convert = (text) => {
  t2sTable ??= characterTable(TSCharacters);
  const table = t2sTable;
  return [...unifyCompatIdeographs(text)].map((ch) => table.get(ch) ?? ch).join('');
};
/** Plain character-level s2t: each character to the first Traditional target OpenCC lists (compatibility ideographs read as unified ones first). */
export const plainS2t: Convert = (text) => {
  s2tTable ??= characterTable(STCharacters);
  const table = s2tTable;
  return [...unifyCompatIdeographs(text)].map((ch) => table.get(ch) ?? ch).join('');
};

const isHan = (ch: string) => /\p{Script=Han}/u.test(ch);

export interface ErrorCase {
  gold: string;
  output: string;
  context: string;
}

export interface Tally {
  han: number;
  errors: number;
  variants: number;
  /** Errors on 着/著 (T→S only). */
  particle: number;
  cases: ErrorCase[];
}

const emptyTally = (): Tally => ({ han: 0, errors: 0, variants: 0, particle: 0, cases: [] });

/** Character pairs (gold, output) of a line and its conversion, aligned (conversion rarely changes length). */
function alignedPairs(gold: string, output: string): [string, string, number][] {
  const a = [...gold];
  const b = [...output];
  if (a.length === b.length) return a.map((ch, i) => [ch, b[i]!, i]);
  // Edit-distance alignment; a deleted or inserted character counts as an error on the gold side.
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  const pairs: [string, string, number][] = [];
  for (let i = a.length, j = b.length; i > 0; ) {
    if (j > 0 && d[i]![j] === d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)) pairs.push([a[--i]!, b[--j]!, i]);
    else if (j > 0 && d[i]![j] === d[i]![j - 1]! + 1) j--;
    else pairs.push([a[--i]!, '∅', i]);
  }
  return pairs.reverse();
}

/** Whether gold character `i` lies in one spelling of an allowed word pair that the output spells the other way. */
function inAllowedWordVariant(gold: readonly string[], outputAt: ReadonlyMap<number, string>, i: number): boolean {
  for (const pair of allowedWordVariants) {
    for (const [word, other] of [pair, [pair[1], pair[0]] as const]) {
      const length = [...word].length;
      for (let start = Math.max(0, i - length + 1); start <= i; start++) {
        const spans = (text: (k: number) => string | undefined, target: string) => [...target].every((ch, k) => text(start + k) === ch);
        if (spans((k) => gold[k], word) && spans((k) => outputAt.get(k), other)) return true;
      }
    }
  }
  return false;
}

/** Compares a converted line with the gold line, adding to `tally`. */
export function scoreLine(goldLine: string, outputLine: string, tally: Tally): void {
  // CJK compatibility ideographs (U+F900…) in the gold are the unified ones with another code point.
  const gold = goldLine.normalize('NFC');
  const output = outputLine.normalize('NFC');
  const chars = [...gold];
  const pairs = alignedPairs(gold, output);
  const outputAt = new Map(pairs.map(([, o, i]) => [i, o]));
  for (const [g, o, i] of pairs) {
    if (!isHan(g)) continue;
    tally.han++;
    if (g === o) continue;
    if (isAllowedVariant(g, o) || inAllowedWordVariant(chars, outputAt, i)) {
      tally.variants++;
      continue;
    }
    tally.errors++;
    if ((g === '着' || g === '著') && (o === '着' || o === '著')) tally.particle++;
    tally.cases.push({ gold: g, output: o, context: chars.slice(Math.max(0, i - 3), i + 4).join('') });
  }
}

export interface GoldFile {
  name: string;
  lines: string[];
  /** In the tuning half (else in the check half). */
  tune: boolean;
}

/** The gold files of one script, sorted by name, alternately in the check and the tuning half. */
export function readGold(folder: string, script: 'hant' | 'hans'): GoldFile[] {
  const dir = join(folder, script);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name, index) => ({
      name,
      lines: readFileSync(join(dir, name), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== ''),
      tune: index % 2 === 1,
    }));
}

export interface DirectionScore {
  all: Tally;
  tune: Tally;
  check: Tally;
}

/** Round trip of each gold line: `degrade` makes it the other script plainly, `convert` brings it back. */
export function scoreRoundTrip(files: readonly GoldFile[], degrade: Convert, convert: Convert): DirectionScore {
  const score: DirectionScore = { all: emptyTally(), tune: emptyTally(), check: emptyTally() };
  for (const file of files) {
    const half = file.tune ? score.tune : score.check;
    for (const line of file.lines) {
      const output = convert(degrade(line));
      scoreLine(line, output, score.all);
      scoreLine(line, output, half);
    }
  }
  return score;
}

/** Errors per 10,000 Han characters. */
export const perTenThousand = (tally: Tally): number => (tally.han === 0 ? 0 : (tally.errors * 10_000) / tally.han);

/** The most frequent error patterns (`gold→output`), with a context each. */
export function topPatterns(tally: Tally, count = 10): { pattern: string; times: number; context: string }[] {
  const byPattern = new Map<string, { times: number; context: string }>();
  for (const error of tally.cases) {
    const pattern = `${error.gold}→${error.output}`;
    const seen = byPattern.get(pattern);
    if (seen) seen.times++;
    else byPattern.set(pattern, { times: 1, context: error.context });
  }
  return [...byPattern]
    .map(([pattern, { times, context }]) => ({ pattern, times, context }))
    .sort((a, b) => b.times - a.times || (a.pattern < b.pattern ? -1 : 1))
    .slice(0, count);
}

/**
 * Words in which Traditional 著 is the literary zhù (to write, to be manifest) and stays 著 in
 * Simplified; everywhere else 著 is zhe/zhuó, Simplified 着 (看著 → 看着, 著重 → 着重, 著手 → 着手).
 */
const zhuWords = [
  '著名',
  '著作',
  '著述',
  '著稱',
  '著者',
  '著錄',
  '著書',
  '著有',
  '顯著',
  '昭著',
  '卓著',
  '名著',
  '原著',
  '編著',
  '專著',
  '論著',
  '巨著',
  '遺著',
  '新著',
  '拙著',
  '譯著',
  '合著',
  '土著',
  '大著',
  '所著',
  '撰著',
  '彰著',
  '鉅著',
  '著述',
  '著作權',
];
const zhuPattern = new RegExp(
  zhuWords
    .map((word) => word.replace('著', '(著)'))
    .map((word) => `(?:${word})`)
    .join('|'),
  'g',
);

/** Indices (code points) of 著 in `line` that the zhù words claim. */
function zhuIndices(chars: readonly string[]): Set<number> {
  const line = chars.join('');
  const indices = new Set<number>();
  for (const match of line.matchAll(new RegExp(zhuPattern.source, 'gu'))) {
    const offset = match[0].indexOf('著');
    indices.add([...line.slice(0, match.index! + offset)].length);
  }
  return indices;
}

/**
 * T→S of 著 on native Traditional text: each 著 of the gold, converted to
 * Simplified, is checked against what its word says (著 in the zhù words, else 着).
 * Only 著 is scored; `han` counts the 著 seen.
 */
export function scoreZhe(files: readonly GoldFile[], convert: Convert): DirectionScore {
  const score: DirectionScore = { all: emptyTally(), tune: emptyTally(), check: emptyTally() };
  for (const file of files) {
    const half = file.tune ? score.tune : score.check;
    for (const line of file.lines) {
      if (!line.includes('著')) continue;
      const chars = [...line.normalize('NFC')];
      const output = [...convert(chars.join(''))];
      if (output.length !== chars.length) continue;
      const zhu = zhuIndices(chars);
      chars.forEach((ch, i) => {
        if (ch !== '著') return;
        const expected = zhu.has(i) ? '著' : '着';
        for (const tally of [score.all, half]) {
          tally.han++;
          if (output[i] === expected) continue;
          tally.errors++;
          tally.particle++;
          tally.cases.push({ gold: expected, output: output[i]!, context: chars.slice(Math.max(0, i - 3), i + 4).join('') });
        }
      });
    }
  }
  return score;
}
