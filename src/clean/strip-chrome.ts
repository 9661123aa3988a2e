/**
 * Site chrome on a line of its own: breadcrumbs, navigation rows, buttons and
 * widgets, counters, jammer lines, the site crediting itself, and the page's
 * meta bar. A meta bar that carries a date, source or author is lifted into
 * the article's metadata instead of dropped. A line that reads as prose is
 * never chrome here.
 */
import { readBbsField, titleFieldPrefix } from './bbs-header.js';
import { isBracketButton, isBreadcrumb, isClickLine, isCounter, isFeedItem, isJammerLine, isNavRow, isTemplateLine } from './chrome-shapes.js';
import { findIsoDate } from './dates.js';
import { isParagraph } from './line-features.js';
import { editLine, type LineRoot, liftLine, removeLine } from './line-tree.js';
import { readMetaBar } from './meta-bar.js';
import { pageZones } from './page-zones.js';
import { chromePhrases, sentencePunct, siteCredit } from './patterns.js';
import type { CleanPlugin } from './plugin.js';
import { defineRule } from './rule.js';

const chromeLineMaxLength = 60;
/** `2. 本文档由用户上传，版权归属用户…`, `下载前请仔细阅读文档内容`: a document-share site's numbered notices about the file. */
const shareNoticeWords = /(文档|文檔|文件|资料|資料)[^。]{0,24}(上传|上傳|下载|下載|预览|預覽|版权|版權)|(下载|下載|预览|預覽)[^。]{0,12}(文档|文檔|文件)/;
const isShareNotice = (text: string): boolean =>
  [...text].length <= 100 && /^(?:温馨提示|溫馨提示|\d{1,2}\s*[.、．])/.test(text) && shareNoticeWords.test(text);
/** `网站客服：3074922707`, `客服QQ：…`: the site's service contact. */
const serviceContact = /^(网站|網站)?(客服|在线客服|在線客服)(QQ|微信|电话|電話)?\s*[:：]\s*[\d-]{5,}$/i;
/** `特刊 2002/04/29`, `社論　2019年5月1日`: a column's name and the date above the text. */
const columnAndDate = /^[^\s\d，。！？,.!?:：]{1,8}[\s\u3000]+\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$/;
/** `广西社会科学 2020年7期`, `佛教圖書館館訊　第三十八期 93年6月`: the periodical an article was taken from, above its text. */
const periodicalIssue =
  /^[^\s，。！？,.!?]{2,20}[\s\u3000]*(?:\d{4}\s*年\s*(?:第\s*)?\d{1,3}\s*期|第\s*[\d一二三四五六七八九十百]{1,4}\s*期)(?:[\s\u3000]+[^\s，。！？]{1,12})?$/;

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
    if (isShareNotice(text) || (/^(温馨提示|溫馨提示)[:：]?$/.test(text) && isShareNotice(lines[index + 1]?.text ?? ''))) {
      return removeLine(file, node, 'strip-chrome', 'document-share notice', { severity: 'info' });
    }
    if (serviceContact.test(text)) return removeLine(file, node, 'strip-chrome', 'site contact', { severity: 'info' });
    const bbs = inHead ? readBbsField(text) : null;
    if (bbs)
      return Object.keys(bbs).length > 0 ? liftLine(file, node, 'lift-meta', bbs) : removeLine(file, node, 'strip-chrome', 'board name', { severity: 'info' });
    if (inHead) editLine(file, node, 'strip-chrome', titleFieldPrefix, () => '');
    if (inHead && periodicalIssue.test(text)) return liftLine(file, node, 'lift-meta', { source: text.replace(/[\s\u3000]+/g, ' ') });
    const labelled = inHead && columnAndDate.test(text) ? findIsoDate(text) : null;
    if (labelled) return liftLine(file, node, 'lift-meta', { date: labelled });
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
      {
        // A breadcrumb whose last crumb is the page's own title; the title below it stays.
        input:
          '某某教学资源网 > 实用文档 > 心得体会 > 心得感悟 > 教师假期读书心得美篇(模板19篇)\n教师假期读书心得美篇(模板19篇)\n读书心得是对读过的书本内容进行总结和归纳的一种记载办法，它能帮助我们巩固所学知识。',
        output: '教师假期读书心得美篇\n读书心得是对读过的书本内容进行总结和归纳的一种记载办法，它能帮助我们巩固所学知识。',
      },
      {
        // A BBS post's header: account and date lifted, the board dropped, the category tag off the title.
        input:
          '作者jjjhhh (baby)\n看板Jay\n標題[心得] 不能說的秘密 觀後感\n時間Sun Oct 28 10:17:57 2007\n昨天去店裡租了這部片回來看，看完以後久久不能平靜，想寫下一點感想。',
        output: '不能說的秘密　觀後感\n昨天去店裡租了這部片回來看，看完以後久久不能平靜，想寫下一點感想。',
      },
      {
        // A document-share site's notices and contact; a column and its date above the title (lifted); a WeChat repost's opening line; the periodical an article was taken from (lifted as its source).
        input:
          '温馨提示：\n1. 本文档由用户上传，版权归属用户，网站负责整理发布。\n2. 下载前请仔细阅读文档内容，确认文档内容符合您的需求后进行下载。\n网站客服：3074922707\n特刊 2002/04/29\n读书的滋味\n以下文章来源于某某书院，作者王小明\n某某社会科学 2020年7期\n读书使人明智，读史使人明鉴，我们要多读书、读好书。',
        output: '读书的滋味\n读书使人明智，读史使人明鉴，我们要多读书、读好书。',
      },
    ],
  },
  plugin: stripChrome,
});
