/**
 * Dots inserted between Chinese characters (`習.近平`, `六中.全會`) to dodge
 * keyword filters. Numbers (`2013.10.10`, `1.5`) and the interpunct of
 * transliterated names (`马克思·韦伯`) are left alone.
 */
import { editLine, type LineRoot, liveLines } from './line-tree.js';
import { han } from './patterns.js';
import type { CleanPlugin } from './plugin.js';
import { defineRule } from './rule.js';

export const dotBetweenHan = new RegExp(`(?<=[${han}])[.．](?=[${han}])`, 'g');
/** A line that ends a sentence with `.` uses it as a full stop, not as a filter-dodging dot. */
const dotAsFullStop = new RegExp(`[${han}][.．]\\s*$`);

export const stripNameDots: CleanPlugin = () => (tree: LineRoot, file) => {
  for (const node of liveLines(tree)) {
    if (dotAsFullStop.test(node.value)) continue;
    editLine(file, node, 'strip-name-dots', dotBetweenHan, () => '');
  }
};

export const stripNameDotsRule = defineRule({
  name: 'strip-name-dots',
  reports: {
    'strip-name-dots': { stage: 'clean', severity: 'info', summary: 'a dot inserted between Chinese characters: 習.近平' },
  },
  phase: 'repair',
  after: ['strip-pinyin'],
  examples: {
    ok: [{ input: '2013.10.10召开了会议，增长了1.5倍。' }],
    notOk: [{ input: '學習習.近平新時代中國特色社會主義思想。', output: '學習習近平新時代中國特色社會主義思想。' }],
  },
  plugin: stripNameDots,
});
