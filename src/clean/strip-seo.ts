/**
 * Commercial words injected into the text for search engines: a gambling
 * brand with `官方网站登录入口` spliced into a sentence, a ghost-writing
 * advert (`，代写读后感`) as a clause of its own.
 */

import { spamPattern } from './lexicon.js';
import { editLine, type LineRoot, liveLines, removeLine } from './line-tree.js';
import type { CleanPlugin } from './plugin.js';
import { defineRule } from './rule.js';

/** A clause that advertises a paid service: from its comma to the next mark. */
const advertClause =
  /[,，][^,，。；;！!？?\n]{0,8}(?:代写|代寫|代发|代發|代办|代辦|刷单|刷單|娱乐城|娛樂城|博彩)[^,，。；;！!？?\n]{0,8}(?=[,，。；;！!？?]|$)/g;

/** Words of adult and gambling spam: a line with several of them is a spam line, whatever else it says. */
const spamWords =
  /无码|無碼|在线观看|在線觀看|免费视频|免費視頻|午夜|成人影|国产|國產|自拍|av|AV|色情|偷拍|彩票|博彩|娱乐城|娛樂城|百家乐|百家樂|老虎机|老虎機|开户|開戶/g;
const spamLineMinimum = 3;

export const stripSeo: CleanPlugin = () => (tree: LineRoot, file) => {
  for (const node of liveLines(tree)) {
    if (new Set(node.value.match(spamWords) ?? []).size >= spamLineMinimum) {
      removeLine(file, node, 'strip-seo', 'spam line', { severity: 'info' });
      continue;
    }
    editLine(file, node, 'strip-seo', spamPattern, () => '');
    editLine(file, node, 'strip-seo', advertClause, () => '');
  }
};

export const stripSeoRule = defineRule({
  name: 'strip-seo',
  reports: {
    'strip-seo': {
      stage: 'clean',
      severity: 'info',
      summary: 'commercial words injected for search engines (a gambling brand’s login entry, a ghost-writing advert)',
    },
  },
  phase: 'repair',
  after: ['strip-jammer'],
  examples: {
    ok: [{ input: '学校组织我们参观了科技馆的官方网站展示平台。' }],
    notOk: [
      {
        input: '11月22日，abc365官方网站登录入口督导员给学员上了一堂党课。\n別人的讀後感大同小異,代寫讀後感。我想寫出自己的。',
        output: '11月22日，督导员给学员上了一堂党课。\n別人的讀後感大同小異。我想寫出自己的。',
      },
    ],
  },
  plugin: stripSeo,
});
