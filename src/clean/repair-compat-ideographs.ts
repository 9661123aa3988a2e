/**
 * Rule `repair-compat-ideographs` (info): a CJK compatibility ideograph
 * (`U+F967 不`, common in text taken from PDFs and Taiwan office documents) is
 * replaced by the unified ideograph it is canonically equal to, so that the
 * converter's dictionaries, the font's Chinese glyphs, search and the
 * duplicate-line checks all see one character. Each replacement is reported.
 */
import { compatIdeographPattern, unifiedIdeograph } from '../util/compat-ideographs.js';
import { editLine, type LineRoot, liveLines } from './line-tree.js';
import type { CleanPlugin } from './plugin.js';
import { defineRule } from './rule.js';

export const repairCompatIdeographs: CleanPlugin = () => (tree: LineRoot, file) => {
  const pattern = compatIdeographPattern();
  for (const node of liveLines(tree)) editLine(file, node, 'repair-compat-ideographs', pattern, (match) => unifiedIdeograph(match[0]));
};

export const repairCompatIdeographsRule = defineRule({
  name: 'repair-compat-ideographs',
  reports: {
    'repair-compat-ideographs': { stage: 'clean', severity: 'info', summary: 'a compatibility ideograph (U+F900…) replaced by its unified ideograph' },
  },
  phase: 'repair',
  after: ['repair-mojibake'],
  examples: {
    // U+FA0E is a unified ideograph inside the compatibility block: it has no other form.
    ok: [{ input: '造成暴民政治與皇室復辟的惡性循環，﨎字不動。' }],
    notOk: [{ input: '造成暴民政治與皇室\uF966辟的惡性循環，\uF967能不防。', output: '造成暴民政治與皇室復辟的惡性循環，不能不防。' }],
  },
  plugin: repairCompatIdeographs,
});
