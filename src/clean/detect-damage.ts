/**
 * Encoding damage that no rule can repair: private-use and replacement
 * characters, `?!` runs where bytes were lost, and improbable runs (rare
 * characters packed together, a lone Latin letter between Han) left by a
 * wrong decode. Each is an error at its place; the strict build fails until a
 * correction for it exists in the source's `.fixes.yaml`.
 */
import { isCommonHan, primeCommonHan } from './common-han.js';
import { liveLines, report, type LineNode, type LineRoot } from './line-tree.js';
import { damagedChar, damagedMarks, han } from './patterns.js';
import type { CleanPlugin } from './plugin.js';
import type { VFile } from 'vfile';

const hanOnly = new RegExp(`^[${han}]$`);
const loneLatin = new RegExp(`(?<=[${han}])[A-Za-z](?=[${han}])`, 'g');
/** Window (in characters) and how many rare characters in it make a run improbable. */
const window = 6;
const rareInWindow = 2;

function describe(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Spans [start, end) of improbable runs, as UTF-16 indexes. */
export function improbableRuns(text: string): Array<[number, number]> {
  const rare: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (hanOnly.test(ch) && !isCommonHan(ch)) rare.push(i);
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

function flag(file: VFile, node: LineNode, index: number, what: string, snippet: string): void {
  const context = node.value.slice(Math.max(0, index - 6), index + snippet.length + 6);
  report(file, node, 'encoding-damage', `Unexpected ${what} \`${snippet}\` in \`${context}\`, expected text: add a correction to the source's .fixes.yaml`, {
    index,
    actual: snippet,
  });
}

export const detectDamage: CleanPlugin = () => (tree: LineRoot, file) => {
  primeCommonHan(liveLines(tree).map((node) => node.value).join(''));
  for (const node of liveLines(tree)) {
    const text = node.value;
    for (const m of text.matchAll(damagedChar)) flag(file, node, m.index, `damaged character ${describe(m[0])}`, m[0]);
    for (const m of text.matchAll(damagedMarks)) flag(file, node, m.index, 'run of question marks (lost bytes)', m[0]);
    for (const [start, end] of improbableRuns(text)) flag(file, node, start, 'improbable character run', text.slice(start, end));
    for (const m of text.matchAll(loneLatin)) flag(file, node, m.index, 'Latin letter between Chinese characters', m[0]);
  }
};
