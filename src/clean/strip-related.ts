/**
 * A related-article block (`相关阅读`, `相關焦點`, `推荐阅读`…): its heading and
 * the list after it — link items, each perhaps followed by one teaser line.
 * The block ends at the first line that is neither, so it never runs into the
 * articles that follow it in a compilation.
 */
import { type LineRoot, liveLines, removeLine } from './line-tree.js';
import { articleMarker, linkListItem, relatedHeading } from './patterns.js';
import type { CleanPlugin } from './plugin.js';
import { defineRule } from './rule.js';

const indent = (raw: string): number => /^[ \t\u3000]*/.exec(raw)![0].length;

export const stripRelated: CleanPlugin = () => (tree: LineRoot, file) => {
  const lines = liveLines(tree).filter((node) => node.value.trim() !== '');
  const isItem = (j: number) => j < lines.length && linkListItem.test(lines[j]!.value) && !articleMarker.test(lines[j]!.value.trim());
  // A teaser is indented under the link it follows.
  const isTeaser = (j: number) =>
    j < lines.length &&
    !isItem(j) &&
    !lines[j]!.marks.has('article-break') &&
    indent(lines[j]!.raw) > indent(lines[j - 1]!.raw) &&
    !articleMarker.test(lines[j]!.value.trim());
  for (let i = 0; i < lines.length; i++) {
    if (!relatedHeading.test(lines[i]!.value.trim()) || !isItem(i + 1)) continue;
    removeLine(file, lines[i]!, 'strip-related', 'related-articles heading', { severity: 'info' });
    let j = i + 1;
    while (isItem(j)) {
      removeLine(file, lines[j]!, 'strip-related', 'related-article link', { severity: 'info' });
      j++;
      if (isTeaser(j)) {
        removeLine(file, lines[j]!, 'strip-related', 'related-article teaser', { severity: 'info' });
        j++;
      }
    }
    i = j - 1;
  }
};

export const stripRelatedRule = defineRule({
  name: 'strip-related',
  reports: {
    'strip-related': {
      stage: 'clean',
      severity: 'info',
      summary: 'related-article block: its heading, link items and their teasers, up to the first line that is neither',
    },
  },
  phase: 'classify',
  after: [],
  examples: {
    ok: [{ input: '基层治理的三个关键\n基层治理是国家治理的基石，关键在人。\n相关阅读材料很多，我们要认真学习。' }],
    notOk: [
      {
        input:
          '基层治理的三个关键\n基层治理是国家治理的基石，关键在人。\n相关阅读\n  • 如何做好社区工作\n    社区工作千头万绪，需要耐心和细心。\n  • 基层干部的担当',
        output: '基层治理的三个关键\n基层治理是国家治理的基石，关键在人。',
      },
    ],
  },
  plugin: stripRelated,
});
