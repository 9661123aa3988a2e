/**
 * A document's own table of contents (a Word 目录): a header line followed by
 * entries ending in page numbers, or a run of entries with tab/dot leaders.
 * Dropped from the text; the entries are kept on the tree so the structure
 * stage can cross-check the titles it finds.
 */
import { type LineNode, type LineRoot, liveLines, removeLine } from './line-tree.js';
import { tocEntry, tocHeader, tocLeaderEntry } from './patterns.js';
import type { CleanPlugin } from './plugin.js';
import { defineRule } from './rule.js';

export interface TocEntry {
  title: string;
  page: number;
  line: number;
}

declare module 'unist' {
  interface Data {
    toc?: TocEntry[];
  }
}

const minimumEntries = 2;
/** TOC entries are short; longer lines are never tested (and never backtrack). */
const entryMaxLength = 200;

/** Entries from `start` on, allowing blank lines between them. */
function entriesFrom(lines: LineNode[], start: number, pattern: RegExp): LineNode[] {
  const found: LineNode[] = [];
  for (let i = start; i < lines.length; i++) {
    const text = lines[i]!.value;
    if (text.trim() === '') continue;
    if (text.length > entryMaxLength || !pattern.test(text)) break;
    found.push(lines[i]!);
  }
  return found;
}

export const stripToc: CleanPlugin = () => (tree: LineRoot, file) => {
  const lines = liveLines(tree);
  const toc: TocEntry[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.value.length > entryMaxLength) continue;
    const header = tocHeader.test(lines[i]!.value);
    const entries = entriesFrom(lines, header ? i + 1 : i, header ? tocEntry : tocLeaderEntry);
    if (entries.length < (header ? minimumEntries : minimumEntries + 1)) continue;
    if (header) removeLine(file, lines[i]!, 'strip-toc', 'table of contents header');
    for (const node of entries) {
      const match = (header ? tocEntry : tocLeaderEntry).exec(node.value)!;
      toc.push({ title: match[1]!.trim(), page: Number(match[2]), line: node.line });
      removeLine(file, node, 'strip-toc', 'table of contents entry');
    }
    i = lines.indexOf(entries[entries.length - 1]!);
  }
  if (toc.length > 0) tree.data = { ...tree.data, toc };
};

export const stripTocRule = defineRule({
  name: 'strip-toc',
  reports: {
    'strip-toc': { stage: 'clean', severity: 'info', summary: 'a document’s own table of contents (entries with page numbers)' },
  },
  phase: 'repair',
  after: ['repair-mojibake'],
  examples: {
    ok: [{ input: '目录是一本书的眼睛，我们要认真编写目录。' }],
    notOk: [
      {
        input: '目录\n坚守初心\t2\n勇担使命\t5\n坚守初心\n初心是出发点，也是落脚点。\n勇担使命\n使命在肩，奋斗不止。',
        output: '坚守初心\n初心是出发点，也是落脚点。\n勇担使命\n使命在肩，奋斗不止。',
      },
    ],
  },
  plugin: stripToc,
});
