/**
 * A related-article block (`相关阅读`, `相關焦點`, `推荐阅读`…): its heading and
 * the list of links and teasers after it, up to the end of the text or the
 * next article boundary.
 */
import { liveLines, removeLine, type LineRoot } from './line-tree.js';
import { linkListItem, relatedHeading } from './patterns.js';
import type { CleanPlugin } from './plugin.js';

export const stripRelated: CleanPlugin = () => (tree: LineRoot, file) => {
  const lines = liveLines(tree);
  for (let i = 0; i < lines.length; i++) {
    if (!relatedHeading.test(lines[i]!.value.trim())) continue;
    const next = lines.slice(i + 1).find((node) => node.value.trim() !== '');
    if (!next || !linkListItem.test(next.value)) continue;
    removeLine(file, lines[i]!, 'strip-related', 'related-articles heading');
    let j = i + 1;
    for (; j < lines.length && !lines[j]!.marks.has('article-break'); j++) {
      if (lines[j]!.value.trim() === '') continue;
      removeLine(file, lines[j]!, 'strip-related', linkListItem.test(lines[j]!.value) ? 'related-article link' : 'related-article teaser', { severity: 'info' });
    }
    i = j;
  }
};
