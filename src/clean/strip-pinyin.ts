/**
 * Pinyin a converter left after a character (`企業(yè)`, `戰(zhàn)斗力`). Only a
 * single lowercase syllable carrying a tone mark counts, so real parentheses —
 * `(一)`, `(1)`, `(GDP)`, `(二)` in a title — are never touched.
 */
import { editLine, type LineRoot, liveLines } from './line-tree.js';
import { han } from './patterns.js';
import type { CleanPlugin } from './plugin.js';
import { defineRule } from './rule.js';

const tonedVowel = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
export const pinyinAfterHan = new RegExp(`(?<=[${han}])[(（][a-zü]{0,5}[${tonedVowel}][a-zü${tonedVowel}]{0,5}[)）]`, 'g');

export const stripPinyin: CleanPlugin = () => (tree: LineRoot, file) => {
  for (const node of liveLines(tree)) editLine(file, node, 'strip-pinyin', pinyinAfterHan, () => '');
};

export const stripPinyinRule = defineRule({
  name: 'strip-pinyin',
  reports: {
    'strip-pinyin': { stage: 'clean', severity: 'info', summary: 'pinyin left by a converter after a character: 企業(yè)' },
  },
  phase: 'repair',
  after: ['strip-template'],
  examples: {
    ok: [{ input: '二、加强学习（一）提高认识（GDP）。' }],
    notOk: [{ input: '企業(yè)發(fā)展靠創(chuàng)新。', output: '企業發展靠創新。' }],
  },
  plugin: stripPinyin,
});
