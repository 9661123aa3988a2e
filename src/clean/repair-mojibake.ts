/**
 * Rule `repair-mojibake` (info): a run of text decoded with the wrong codec is
 * encoded back with that codec and decoded with the right one — only when
 * the round trip loses nothing and the result reads as much more plausible
 * Chinese (common Han share up by at least 0.5, to at least 0.8, and three
 * common characters more at least).
 *
 * ok (left alone): `衆裏尋他千百度` (variants), `佢哋話嘅咗啲嘢` (Cantonese),
 * `那里有𠀀𪚥两座山` (outside GBK), `维生素C片`
 *
 * not-ok (repaired, reported with the text before and after):
 * - `鎴戜滑鍧氭寔缇や紬璺嚎` → `我们坚持群众路线` (UTF-8 bytes read as GBK)
 * - `ѧϰ` in `ѧϰ心得` is left (too short), but `ϵͳѧϰ` … see the tests
 * - `æˆ‘ä»¬` → `我们` (UTF-8 bytes read as Latin-1)
 * - `ÎÒÃÇ¼á³Ö` → `我们坚持` (GBK bytes read as Latin-1)
 *
 * Damage with lost bytes stays for `encoding-damage`.
 */
import iconv from 'iconv-lite';
import type { VFile } from 'vfile';
import { commonShare, isRareLetter, primeCommonHan } from './common-han.js';
import { type LineNode, type LineRoot, liveLines, report } from './line-tree.js';
import { describeMisreading, losslessRereadings, muchMorePlausible, type Rereading, reversibleMisreadings } from './misreading.js';
import type { CleanPlugin } from './plugin.js';
import { defineRule } from './rule.js';

/** Characters around a cluster of suspects searched for a misread run. */
const reach = 40;
/** Suspects this close (in characters) belong to one cluster. */
const gap = 6;

/** `[start, end)` (UTF-16) of the stretches of `text` around clusters of at least two suspects. */
export function suspectWindows(text: string): Array<[number, number]> {
  const suspects: number[] = [];
  let unit = 0;
  for (const ch of text) {
    if (isRareLetter(ch)) suspects.push(unit);
    unit += ch.length;
  }
  const windows: Array<[number, number]> = [];
  for (let k = 0; k + 1 < suspects.length; k++) {
    if (suspects[k + 1]! - suspects[k]! > gap) continue;
    const start = Math.max(0, suspects[k]! - reach);
    const end = Math.min(text.length, suspects[k + 1]! + 2 + reach);
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  // Never cut a surrogate pair.
  return windows.map(([s, e]) => [/[\udc00-\udfff]/.test(text[s] ?? '') ? s - 1 : s, /[\udc00-\udfff]/.test(text[e] ?? '') ? e + 1 : e]);
}

/** The repairs for one line of text, left to right, never overlapping. */
export function findMojibakeRepairs(text: string): Rereading[] {
  const candidates: Rereading[] = [];
  for (const [start, end] of suspectWindows(text)) {
    const window = text.slice(start, end);
    for (const m of reversibleMisreadings) {
      for (const r of losslessRereadings(window, m)) {
        if (muchMorePlausible(r.before, r.after, 0.8)) candidates.push({ ...r, start: r.start + start, end: r.end + start });
      }
    }
  }
  candidates.sort((a, b) => commonShare(b.after).share - commonShare(a.after).share || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Rereading[] = [];
  for (const c of candidates) {
    if (!chosen.some((o) => c.start < o.end && o.start < c.end)) chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function repairLine(file: VFile, node: LineNode, repairs: readonly Rereading[]): void {
  // Columns are reported against the edits made so far, then this rule's edits are recorded.
  for (const r of repairs) {
    report(file, node, 'repair-mojibake', `Changed \`${r.before}\` to \`${r.after}\` (mojibake: ${describeMisreading(r.misreading)}, read again losslessly)`, {
      index: r.start,
      actual: r.before,
      expected: r.after,
    });
  }
  let value = '';
  let last = 0;
  let shift = 0;
  for (const r of repairs) {
    value += node.value.slice(last, r.start) + r.after;
    node.edits.push({ at: r.start + shift, removed: r.end - r.start, inserted: r.after.length });
    shift += r.after.length - (r.end - r.start);
    last = r.end;
  }
  node.value = value + node.value.slice(last);
  if (node.fate === 'content') node.fate = 'changed';
  node.rule = 'repair-mojibake';
}

export const repairMojibake: CleanPlugin = () => (tree: LineRoot, file) => {
  const lines = liveLines(tree);
  primeCommonHan(lines.map((node) => node.value).join(''));
  for (const node of lines) {
    const repairs = findMojibakeRepairs(node.value);
    if (repairs.length > 0) repairLine(file, node, repairs);
  }
};

export const repairMojibakeRule = defineRule({
  name: 'repair-mojibake',
  reports: {
    'repair-mojibake': {
      stage: 'fix',
      severity: 'info',
      summary:
        'a run decoded with the wrong codec (UTF-8 read as GBK, Big5 or Latin-1; GBK or Big5 read as UTF-8, Latin-1 or each other) read again with the right one, when nothing was lost',
    },
  },
  phase: 'repair',
  after: ['apply-fix'],
  examples: {
    ok: [{ input: '衆裏尋他千百度，驀然回首，那人卻在燈火闌珊處。' }],
    notOk: [{ input: `前文，${iconv.decode(Buffer.from('我们坚持群众路线', 'utf8'), 'gbk')}，后文。`, output: '前文，我们坚持群众路线，后文。' }],
  },
  plugin: repairMojibake,
});
