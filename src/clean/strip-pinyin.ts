/**
 * Pinyin a converter left after a character (`企業(yè)`, `戰(zhàn)斗力`). Only a
 * single lowercase syllable carrying a tone mark counts, so real parentheses —
 * `(一)`, `(1)`, `(GDP)`, `(二)` in a title — are never touched.
 */
import { editLine, liveLines, type LineRoot } from './line-tree.js';
import { han } from './patterns.js';
import type { CleanPlugin } from './plugin.js';

const tonedVowel = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
export const pinyinAfterHan = new RegExp(`(?<=[${han}])[(（][a-zü]{0,5}[${tonedVowel}][a-zü${tonedVowel}]{0,5}[)）]`, 'g');

export const stripPinyin: CleanPlugin = () => (tree: LineRoot, file) => {
  for (const node of liveLines(tree)) editLine(file, node, 'strip-pinyin', pinyinAfterHan, () => '');
};
