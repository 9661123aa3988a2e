/**
 * A page footer runs to the end of the text: link rows, copyright, ICP and
 * public-security registration numbers, technical credits, visitor counters,
 * prev/next links, comment forms and counters, tag lines, a related-article
 * list. It starts at the first footer line after which nothing but
 * footer-like lines (footer lines, short fragments) follows.
 */
import { isClickLine, isCounter, isJammerLine, isTemplateLine } from './chrome-shapes.js';
import { disclaimerPattern } from './lexicon.js';
import { lineFeatures } from './line-features.js';
import { type LineNode, type LineRoot, liftLine, removeLine } from './line-tree.js';
import { footerPatterns, linkRow, sentencePunct, spacedLinkRow } from './patterns.js';
import type { CleanPlugin } from './plugin.js';
import { defineRule } from './rule.js';

const shortFragment = 30;
/** `標籤：網評 時評`, `Tags: …`. */
const tagLine = /^(标签|標籤|tags?)\s*[:：]/i;
/** `【…】相關文章：`, `相关阅读`: the heading of a list of other articles. */
const relatedListHeading = /(相关|相關|推荐|推薦|热门|熱門|延伸|内容|內容|精彩)(文章|阅读|閱讀|推荐|推薦)\s*[:：]?$/;

/** A line only a footer has: its evidence is specific, so removing it is routine. */
export function isFooterLine(text: string): boolean {
  if (linkRow.test(text) || footerPatterns.some((pattern) => pattern.test(text))) return true;
  if (tagLine.test(text) || relatedListHeading.test(text) || authorInFooter.test(text)) return true;
  // A site's disclaimer or its editors' credits at the foot of a page.
  if (disclaimerPattern.test(text) || /^(责任编辑|責任編輯|网络编辑|網絡編輯|網路編輯|编辑|編輯)\s*[:：]/.test(text)) return true;
  const features = lineFeatures(text);
  return isClickLine(text, features) || isJammerLine(text, features) || isCounter(text) || isTemplateLine(text, features);
}

/** A comment form's note (`若未登入則看不到回覆唷!`) is short and speaks of the site, whatever its marks. */
const formNoteMax = 40;
const formNoteChrome = 0.25;

/** `raw` is the line as the page had it: the spaces between links are gone from the cleaned text. */
function isFooterLike(text: string, raw = text): boolean {
  if (text === '' || isFooterLine(text) || ([...text].length <= shortFragment && !sentencePunct.test(text)) || spacedLinkRow.test(raw.trim())) return true;
  const features = lineFeatures(text);
  return features.length <= formNoteMax && !/[。；]/.test(text) && features.clickCoverage >= formNoteChrome;
}

/** `台長：某某`, `某某 發表在 痞客邦 留言(2)`: a blog's footer naming its writer. */
const authorInFooter = /^(?:台长|台長|博主|楼主|樓主|作者)\s*[:：]\s*(\S{2,16})$|^(\S{2,20})\s+(?:发表在|發表在|发表于|發表於|发布于|發佈於)\s+\S/;

function footerAuthor(text: string): string | null {
  const match = authorInFooter.exec(text);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

export const stripFooter: CleanPlugin = () => (tree: LineRoot, file) => {
  // Lines other rules already took out of the text are chrome too: they anchor a footer.
  const gone = (node: LineNode) => node.fate === 'removed' || node.fate === 'metadata';
  const lines = tree.children;
  let start = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const node = lines[i]!;
    const text = node.value.trim();
    if (gone(node)) {
      start = i;
      continue;
    }
    if (!isFooterLike(text, node.raw)) break;
    if (isFooterLine(text)) start = i;
  }
  for (const node of lines.slice(start)) {
    if (gone(node) || node.value.trim() === '') continue;
    const author = footerAuthor(node.value.trim());
    if (author) {
      liftLine(file, node, 'strip-footer', { author });
      continue;
    }
    removeLine(file, node, 'strip-footer', 'page footer', isFooterLine(node.value.trim()) ? { severity: 'info' } : {});
  }
};

export const stripFooterRule = defineRule({
  name: 'strip-footer',
  reports: {
    'strip-footer': {
      stage: 'clean',
      severity: 'info',
      summary: 'page footer: link rows, copyright, ICP numbers, credits, visitor counters, comment forms, tag lines, related lists',
    },
  },
  phase: 'classify',
  after: ['strip-blurb'],
  examples: {
    ok: [{ input: '读书心得\n读书使人明智，我们要多读书、读好书。\n姓名：赵润\n学校：丁家小学' }],
    notOk: [
      {
        input: '读书心得\n读书使人明智，我们要多读书、读好书。\n标签：读书 心得\n发表评论\nCopyright © 2020 某某网 版权所有',
        output: '读书心得\n读书使人明智，我们要多读书、读好书。',
      },
      {
        // An editor's credit, a school's hotline and address, a row of links set apart by spaces.
        input:
          '读书心得\n读书使人明智，我们要多读书、读好书。\n编辑:王小明\n咨询热线:0536-1234567 校址:某某县某某路1号\n教育部 某某省教育厅 某某教育信息港 国家基础教育资源网',
        output: '读书心得\n读书使人明智，我们要多读书、读好书。',
      },
    ],
  },
  plugin: stripFooter,
});
