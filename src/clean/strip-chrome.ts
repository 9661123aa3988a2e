/**
 * Site chrome on a line of its own: breadcrumbs, navigation rows, buttons and
 * widgets, counters, jammer lines, the site crediting itself, and the page's
 * meta bar. A meta bar that carries a date, source or author is lifted into
 * the article's metadata instead of dropped. A line that reads as prose is
 * never chrome here.
 */
import { isBracketButton, isBreadcrumb, isClickLine, isCounter, isFeedItem, isJammerLine, isNavRow, isTemplateLine } from './chrome-shapes.js';
import { isParagraph } from './line-features.js';
import { type LineRoot, liftLine, removeLine } from './line-tree.js';
import { readMetaBar } from './meta-bar.js';
import { pageZones } from './page-zones.js';
import { chromePhrases, sentencePunct, siteCredit } from './patterns.js';
import type { CleanPlugin } from './plugin.js';
import { defineRule } from './rule.js';

const chromeLineMaxLength = 60;

function hasChromePhrase(text: string): boolean {
  return chromePhrases.some((phrase) => text.includes(phrase));
}

function withoutChrome(text: string): string {
  return chromePhrases.reduce((rest, phrase) => rest.split(phrase).join(' '), text);
}

export const stripChrome: CleanPlugin = () => (tree: LineRoot, file) => {
  const { lines, bodyStart } = pageZones(tree);
  const classify = ({ node, text, features }: (typeof lines)[number], index: number) => {
    // A meta bar sits above the text (or right under the title); a `日期：` line after prose is a signature.
    const inHead = index <= bodyStart;
    if (isBreadcrumb(text, features)) return removeLine(file, node, 'strip-chrome', 'breadcrumb');
    if (siteCredit.test(text)) return removeLine(file, node, 'strip-chrome', 'site credit', { severity: 'info' });
    const meta = readMetaBar(text, inHead);
    if (meta) {
      if (Object.keys(meta).length > 0) return liftLine(file, node, 'lift-meta', meta);
      return removeLine(file, node, 'strip-chrome', 'page meta bar');
    }
    if (isFeedItem(text, features)) return removeLine(file, node, 'strip-chrome', 'feed item of other articles');
    if (isParagraph(features, text)) return;
    if (isCounter(text)) return removeLine(file, node, 'strip-chrome', 'counter');
    if (isJammerLine(text, features)) return removeLine(file, node, 'strip-chrome', 'site address or jammer line');
    if (isTemplateLine(text, features)) return removeLine(file, node, 'strip-chrome', 'template control, file name or credit line');
    if (isNavRow(text, features)) return removeLine(file, node, 'strip-chrome', 'navigation row');
    if (isClickLine(text, features) || isBracketButton(text, features)) return removeLine(file, node, 'strip-chrome', 'button or widget');
    if (hasChromePhrase(text) && features.length <= chromeLineMaxLength && !sentencePunct.test(withoutChrome(text))) {
      removeLine(file, node, 'strip-chrome', 'site navigation');
    }
  };
  for (const [index, line] of lines.entries()) classify(line, index);
};

export const stripChromeRule = defineRule({
  name: 'strip-chrome',
  reports: {
    'strip-chrome': {
      stage: 'clean',
      severity: 'info',
      summary: 'site chrome on a line of its own: breadcrumbs, navigation rows, buttons and widgets, counters, jammer lines, the site crediting itself',
    },
    'lift-meta': { stage: 'clean', severity: 'info', summary: 'page meta bar (date, source, author, counters) lifted into the article’s metadata' },
  },
  phase: 'classify',
  after: ['strip-related'],
  examples: {
    ok: [{ input: '读书的滋味\n首页上写着一句话：读书使人明智，我们深以为然。' }],
    notOk: [
      {
        input:
          '您好，欢迎来到某某学习网 您当前所在的页面：首页 > 心得体会 > 正文\n读书的滋味\n资源描述：\n发布时间：2022-07-13 浏览次数：97\n读书使人明智，读史使人明鉴，我们要多读书、读好书。\n上一篇 下一篇',
        output: '读书的滋味\n读书使人明智，读史使人明鉴，我们要多读书、读好书。',
      },
    ],
  },
  plugin: stripChrome,
});
