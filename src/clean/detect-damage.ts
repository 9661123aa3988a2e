/**
 * Rule `encoding-damage` (error): damage no rule can repair. Private-use and
 * replacement characters, `?!` runs where bytes were lost, and runs of rare
 * letters that a misreading explains (their bytes, read with another codec or
 * one byte off, give much more common Chinese) but not losslessly. Each is an
 * error at its place until a correction for it exists in the source's
 * `.fixes.yaml`; `wenji fix` writes one, with the reconstruction as the
 * message's expected text.
 *
 * ok: `衆裏尋他千百度` (variants), `佢哋話嘅咗啲嘢` (Cantonese in Big5-HKSCS),
 * `那里有𠀀𪚥两座山` (GB18030 four-byte), `维生素C片` — rare is not damage.
 *
 * not-ok: `變?yōu)槿罕姷淖杂X行動` (GBK read one byte off: `槿罕姷淖杂X` is
 * `群眾的自覺` shifted), `擁護?!` (lost bytes), `⟦FIXME …⟧` (a placeholder nobody edited).
 */

import type { VFile } from 'vfile';
import { isRareLetter, primeCommonHan } from './common-han.js';
import { lostChar, placeholderPattern } from './fix-placeholder.js';
import { type LineNode, type LineRoot, liveLines, report } from './line-tree.js';
import { explainAsMisreading } from './misreading.js';
import { damagedChar, damagedMarks, han } from './patterns.js';
import type { CleanPlugin } from './plugin.js';
import { defineRule } from './rule.js';

/** Misread legacy bytes come out as Han (BMP: a double-byte codec never yields more); pinyin's é is not a trace. */
const rareHan = new RegExp(`^[${han}]$`);
/** Spans of unedited placeholders per line, set before the line is scanned. */
const heldSpans = new WeakMap<LineNode, Array<[number, number]>>();
const loneLatin = new RegExp(`(?<=[${han}])[A-Za-z](?=[${han}])`, 'g');
/** Window (in characters) and how many rare letters in it make a run worth explaining. */
const window = 6;
const rareInWindow = 2;
/** Length of the pieces a long unexplained run is tried in. */
const piece = 8;
/** Characters on each side of a lone Latin letter that a misreading must explain. */
const latinReach = 4;

function describe(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Spans [start, end) of clustered rare letters, as UTF-16 indexes. */
function rareClusters(text: string): Array<[number, number]> {
  const rare: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (rareHan.test(text[i]!) && isRareLetter(text[i]!)) rare.push(i);
  }
  const spans: Array<[number, number]> = [];
  for (let k = 0; k + rareInWindow - 1 < rare.length; k++) {
    const start = rare[k]!;
    const end = rare[k + rareInWindow - 1]!;
    if (end - start < window) {
      const last = spans[spans.length - 1];
      if (last && start <= last[1]) last[1] = end + 1;
      else spans.push([start, end + 1]);
    }
  }
  return spans;
}

export interface ImprobableRun {
  start: number;
  end: number;
  /** The run read as the misreading that explains it; lost characters as 〓. */
  reconstruction: string;
}

/** Runs of rare letters that a misreading explains, as UTF-16 spans [start, end). */
export function improbableRuns(text: string): ImprobableRun[] {
  const runs: ImprobableRun[] = [];
  const add = (start: number, end: number): boolean => {
    const explained = explainAsMisreading(text.slice(start, end));
    if (explained) runs.push({ start, end, reconstruction: explained.after.replace(/\ufffd+/g, lostChar) });
    return explained !== null;
  };
  for (const [start, end] of rareClusters(text)) {
    if (add(start, end) || end - start <= piece) continue;
    // A long run may be misread only in part (a stream read one byte off resyncs at ASCII): try it piece by piece.
    for (let at = start; at < end; at += piece) add(at, Math.min(end, at + piece));
  }
  return runs;
}

function flag(file: VFile, node: LineNode, index: number, what: string, snippet: string, expected?: string): void {
  if (heldSpans.get(node)?.some(([start, end]) => index >= start && index < end)) return;
  const context = node.value.slice(Math.max(0, index - 6), index + snippet.length + 6);
  const hint = expected === undefined ? '' : ` (reads as \`${expected}\`)`;
  report(
    file,
    node,
    'encoding-damage',
    `Unexpected ${what} \`${snippet}\`${hint} in \`${context}\`, expected text: add a correction to the source's .fixes.yaml (wenji fix)`,
    {
      index,
      actual: snippet,
      ...(expected === undefined ? {} : { expected }),
    },
  );
}

export const detectDamage: CleanPlugin = () => (tree: LineRoot, file) => {
  primeCommonHan(
    liveLines(tree)
      .map((node) => node.value)
      .join(''),
  );
  for (const node of liveLines(tree)) {
    const text = node.value;
    // Text inside an unedited placeholder is a reconstruction awaiting review: one error for it is enough.
    const held: Array<[number, number]> = [];
    for (const m of text.matchAll(placeholderPattern)) {
      held.push([m.index, m.index + m[0].length]);
      report(
        file,
        node,
        'encoding-damage',
        `Unexpected unedited placeholder \`${m[0]}\`, expected the text: edit the correction's \`replace\` in the source's .fixes.yaml`,
        {
          index: m.index,
          actual: m[0],
        },
      );
    }
    heldSpans.set(node, held);
    for (const m of text.matchAll(damagedChar)) flag(file, node, m.index, `damaged character ${describe(m[0])}`, m[0]);
    for (const m of text.matchAll(damagedMarks)) flag(file, node, m.index, 'run of question marks (lost bytes)', m[0]);
    const runs = improbableRuns(text);
    for (const run of runs) flag(file, node, run.start, 'misread character run', text.slice(run.start, run.end), run.reconstruction);
    for (const m of text.matchAll(loneLatin)) {
      if (runs.some((run) => m.index >= run.start - 1 && m.index <= run.end)) continue;
      if (explainAsMisreading(text.slice(Math.max(0, m.index - latinReach), m.index + latinReach + 1))) {
        flag(file, node, m.index, 'Latin letter between Chinese characters', m[0]);
      }
    }
  }
};

export const detectDamageRule = defineRule({
  name: 'encoding-damage',
  reports: {
    'encoding-damage': {
      stage: 'clean',
      severity: 'error',
      summary:
        'unrepairable damage: private-use or replacement characters, `?!` runs, runs a misreading with lost bytes explains, an unedited `wenji fix` placeholder',
    },
  },
  phase: 'repair',
  after: ['normalize-space'],
  examples: {
    ok: [{ input: '衆裏尋他千百度，佢哋話嘅咗啲嘢，那里有𠀀两座山。' }],
    // Reported, not repaired: the text stays (its marks set full-width) until a correction exists.
    notOk: [{ input: '才能得到擁護?!八茌d舟亦能覆舟。', output: '才能得到擁護？！八茌d舟亦能覆舟。' }],
  },
  plugin: detectDamage,
});
