/**
 * Spun text: pieces of a keyword line that a spinner spliced into the
 * sentences, found by the cycle they are dealt in (see spun-text.ts) and cut
 * out where they stand. A warning each: the words go, so a person should see
 * them in the report.
 */

import { escapeRegExp } from '../util/regexp.js';
import { editLine, type LineNode, type LineRoot, liveLines } from './line-tree.js';
import type { CleanPlugin } from './plugin.js';
import { defineRule } from './rule.js';
import { findSplicedPieces } from './spun-text.js';

/** Lines are read in stretches of about this many characters: a spinner's cycle is local, and the search stays linear in the page. */
const stretchLength = 6000;

export const stripSpun: CleanPlugin = () => (tree: LineRoot, file) => {
  for (const stretch of stretches(liveLines(tree))) {
    const text = stretch.map((part) => part.node.value.slice(part.from, part.to)).join('\n');
    const pieces = findSplicedPieces(text);
    if (pieces.length === 0) continue;
    // Where each piece starts, per line, in that line's own offsets.
    const starts = new Map<LineNode, Set<number>>();
    let offset = 0;
    const placed = stretch.map((part) => {
      const start = offset;
      offset += part.to - part.from + 1;
      return { ...part, start };
    });
    for (const piece of pieces) {
      for (const at of piece.at) {
        const part = placed.findLast((entry) => entry.start <= at);
        if (!part) continue;
        const set = starts.get(part.node) ?? new Set<number>();
        set.add(at - part.start + part.from);
        starts.set(part.node, set);
      }
    }
    const pattern = new RegExp(
      pieces
        .map((piece) => piece.text)
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|'),
      'g',
    );
    for (const [node, at] of starts) editLine(file, node, 'strip-spun', pattern, (match) => (at.has(match.index) ? '' : null), { severity: 'warning' });
  }
};

/** A line, or a part of a long one, in a stretch. */
interface Part {
  node: LineNode;
  from: number;
  to: number;
}

/** Consecutive lines in stretches of about `stretchLength` characters; a longer line is cut into parts of that length. */
function stretches(lines: readonly LineNode[]): Part[][] {
  const out: Part[][] = [];
  let current: Part[] = [];
  let length = 0;
  for (const node of lines) {
    for (let from = 0; from < Math.max(1, node.value.length); from += stretchLength) {
      const to = Math.min(node.value.length, from + stretchLength);
      if (length > 0 && length + (to - from) > stretchLength) {
        out.push(current);
        current = [];
        length = 0;
      }
      current.push({ node, from, to });
      length += to - from + 1;
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

export const stripSpunRule = defineRule({
  name: 'strip-spun',
  reports: {
    'strip-spun': { stage: 'clean', severity: 'warning', summary: 'spun text: pieces of a keyword line spliced into the sentences in a fixed cycle' },
  },
  phase: 'repair',
  after: ['strip-seo'],
  examples: {
    // A page's own words recurring in order (the paragraph said twice) are no cycle of spliced pieces.
    ok: [
      {
        input:
          '读书是一件快乐的事情，每当我翻开一本新书，总能感到一种特别的喜悦。书中的人物仿佛活了过来，和我一起经历他们的悲欢离合。读完以后，我常常会静静地想一想，把心里的感受写下来。这样的习惯让我慢慢学会了思考，也让我更加热爱生活。老师说，写感受不要空喊口号，要写出自己真实的想法。我记住了这句话，每次动笔之前都先问问自己：我到底被什么打动了？\n读书是一件快乐的事情，每当我翻开一本新书，总能感到一种特别的喜悦。书中的人物仿佛活了过来，和我一起经历他们的悲欢离合。读完以后，我常常会静静地想一想，把心里的感受写下来。这样的习惯让我慢慢学会了思考，也让我更加热爱生活。老师说，写感受不要空喊口号，要写出自己真实的想法。我记住了这句话，每次动笔之前都先问问自己：我到底被什么打动了？',
      },
    ],
    notOk: [
      {
        input:
          '读书是一件快乐的事情，每当我样写翻开一本新书，总能感到一种特出一别的喜悦。书中的人物仿佛活了篇感人过来，和我一起经历他们的悲欢读书笔离合。读完以后，我常常会静静记心得地想一想，把心里的感受写下来样写。这样的习惯让我慢慢学会了思出一考，也让我更加热爱生活。老师篇感人说，写感受不要空喊口号，要写读书笔出自己真实的想法。我记住了这记心得句话，每次动笔之前都先问问自样写己：我到底被什么打动了？',
        output:
          '读书是一件快乐的事情，每当我翻开一本新书，总能感到一种特别的喜悦。书中的人物仿佛活了过来，和我一起经历他们的悲欢离合。读完以后，我常常会静静地想一想，把心里的感受写下来。这样的习惯让我慢慢学会了思考，也让我更加热爱生活。老师说，写感受不要空喊口号，要写出自己真实的想法。我记住了这句话，每次动笔之前都先问问自己：我到底被什么打动了？',
      },
    ],
  },
  plugin: stripSpun,
});
