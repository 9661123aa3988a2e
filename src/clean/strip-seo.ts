/**
 * Commercial words injected into the text for search engines: a gambling
 * brand with `官方网站登录入口` spliced into a sentence, a ghost-writing
 * advert (`，代写读后感`) as a clause of its own.
 */
import { editLine, liveLines, type LineRoot } from './line-tree.js';
import { spamPattern } from './lexicon.js';
import type { CleanPlugin } from './plugin.js';

/** A clause that advertises a paid service: from its comma to the next mark. */
const advertClause = /[,，][^,，。；;！!？?\n]{0,8}(?:代写|代寫|代发|代發|代办|代辦|刷单|刷單|娱乐城|娛樂城|博彩)[^,，。；;！!？?\n]{0,8}(?=[,，。；;！!？?]|$)/g;

export const stripSeo: CleanPlugin = () => (tree: LineRoot, file) => {
  for (const node of liveLines(tree)) {
    editLine(file, node, 'strip-seo', spamPattern, () => '');
    editLine(file, node, 'strip-seo', advertClause, () => '');
  }
};
