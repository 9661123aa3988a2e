/**
 * A page that prints its text twice (a blog's excerpt and then the post, a
 * mobile and a desktop copy): a run of three or more lines, eighty
 * characters or more, that the page repeats line for line further down. The
 * earlier copy goes; the text is printed once, where it ends. A sentence an
 * author repeats, or a short refrain, is no such run.
 */
import { type LineNode, type LineRoot, liveLines, removeLine } from './line-tree.js';
import type { CleanPlugin } from './plugin.js';
import { defineRule } from './rule.js';

const minimumLines = 3;
const minimumCharacters = 80;
/** Lines shorter than this are too common to anchor a copy (`上一篇`, a date). */
const anchorMinimum = 8;
/** Copies of one line looked at: enough for a page, bounded for a 20 MB file. */
const copiesLooked = 4;

const keyOf = (node: LineNode) => node.value.replace(/\s+/gu, '');

export const stripPrintedTwice: CleanPlugin = () => (tree: LineRoot, file) => {
  const lines = liveLines(tree).filter((node) => node.value.trim() !== '');
  const keys = lines.map(keyOf);
  const positions = new Map<string, number[]>();
  keys.forEach((key, index) => {
    if ([...key].length < anchorMinimum) return;
    const list = positions.get(key);
    if (list) list.push(index);
    else positions.set(key, [index]);
  });
  const cursors = new Map<string, number>();
  for (let i = 0; i < lines.length; ) {
    let best = 0;
    const copies = positions.get(keys[i]!) ?? [];
    // Each list is in line order and lines are visited in order: a cursor per line finds the later copies in linear time.
    let after = cursors.get(keys[i]!) ?? 0;
    while (after < copies.length && copies[after]! <= i) after++;
    cursors.set(keys[i]!, after);
    for (const j of copies.slice(after, after + copiesLooked)) {
      let length = 0;
      while (i + length < j && j + length < lines.length && keys[i + length] === keys[j + length]) length++;
      best = Math.max(best, length);
    }
    const run = keys.slice(i, i + best);
    if (best >= minimumLines && run.join('').length >= minimumCharacters) {
      for (const node of lines.slice(i, i + best))
        removeLine(file, node, 'strip-printed-twice', 'earlier copy of text the page prints twice', { severity: 'info' });
      i += best;
    } else i++;
  }
};

export const stripPrintedTwiceRule = defineRule({
  name: 'strip-printed-twice',
  reports: {
    'strip-printed-twice': { stage: 'clean', severity: 'info', summary: 'the earlier copy of text a page prints twice (three lines or more, line for line)' },
  },
  phase: 'classify',
  after: ['strip-teaser'],
  examples: {
    ok: [
      {
        input:
          '初心\n不忘初心，方得始终。这句话我们常常挂在嘴边，可真正做到的人并不多。\n不忘初心，方得始终。\n我们要把这句话落实到每一天的工作中去，做一个让群众满意的人。\n不忘初心，方得始终。',
      },
    ],
    notOk: [
      {
        input:
          '受够了\n无论是电视、网络、报纸，甚至是朋友的签名，这几个月都在谈论这部电影。\n国片可以名扬海外，身为国人的我当然是很荣幸的，也愿意为它说几句好话。\n但说到烂了就会让人有种厌烦的感觉，好像不看这部片就不是自己人。\n无论是电视、网络、报纸，甚至是朋友的签名，这几个月都在谈论这部电影。\n国片可以名扬海外，身为国人的我当然是很荣幸的，也愿意为它说几句好话。\n但说到烂了就会让人有种厌烦的感觉，好像不看这部片就不是自己人。',
        output:
          '受够了\n无论是电视、网络、报纸，甚至是朋友的签名，这几个月都在谈论这部电影。\n国片可以名扬海外，身为国人的我当然是很荣幸的，也愿意为它说几句好话。\n但说到烂了就会让人有种厌烦的感觉，好像不看这部片就不是自己人。',
      },
    ],
  },
  plugin: stripPrintedTwice,
});
