/**
 * A related-article block (`相关阅读`, `相關焦點`, `推荐阅读`…): its heading and
 * the list after it — link items, each perhaps followed by one teaser line.
 * The block ends at the first line that is neither, so it never runs into the
 * articles that follow it in a compilation.
 */
import { liveLines, removeLine, type LineRoot } from './line-tree.js';
import { linkListItem, relatedHeading } from './patterns.js';
import type { CleanPlugin } from './plugin.js';
import { articleMarker } from '../structure/numbering.js';

const indent = (raw: string): number => /^[ \t\u3000]*/.exec(raw)![0].length;

export const stripRelated: CleanPlugin = () => (tree: LineRoot, file) => {
  const lines = liveLines(tree).filter((node) => node.value.trim() !== '');
  const isItem = (j: number) => j < lines.length && linkListItem.test(lines[j]!.value) && !articleMarker.test(lines[j]!.value.trim());
  // A teaser is indented under the link it follows.
  const isTeaser = (j: number) =>
    j < lines.length && !isItem(j) && !lines[j]!.marks.has('article-break') && indent(lines[j]!.raw) > indent(lines[j - 1]!.raw) && !articleMarker.test(lines[j]!.value.trim());
  for (let i = 0; i < lines.length; i++) {
    if (!relatedHeading.test(lines[i]!.value.trim()) || !isItem(i + 1)) continue;
    removeLine(file, lines[i]!, 'strip-related', 'related-articles heading', { severity: 'info' });
    let j = i + 1;
    while (isItem(j)) {
      removeLine(file, lines[j]!, 'strip-related', 'related-article link', { severity: 'info' });
      j++;
      if (isTeaser(j)) removeLine(file, lines[j]!, 'strip-related', 'related-article teaser', { severity: 'info' }), j++;
    }
    i = j - 1;
  }
};
