/**
 * What a site adds to a title, taken off as an editor would: column and
 * repost tags (`[转帖]`, `【分享】`), labels (`标题：`, `观后感精选：`), table
 * borders, a word count (`_600字`), a site-name tail (`_某某网`), an essay
 * site's wrapper (`…作文《《X》观后感》`). An author or agency prefixed or appended to the
 * title (`李某》…`, `某某專文：…`, `… | 王某`) and a date label before it are
 * lifted into metadata. A repost tag comes off a page's first line, and a photo
 * credit off the paragraph it was glued to. (Count suffixes go earlier, in
 * `strip-count-suffix`.)
 */

import type { VFile } from 'vfile';
import { findIsoDate } from './dates.js';
import { isParagraph, lineFeatures } from './line-features.js';
import { editLine, type LineNode, type LineRoot, liftInline, liveLines } from './line-tree.js';
import { han } from './patterns.js';
import type { CleanPlugin } from './plugin.js';
import { defineRule } from './rule.js';
import { countSuffix } from './strip-count-suffix.js';
import { isName } from './title-shape.js';

const leadingTag = /^[[【][^\]】《》]{1,6}[\]】]\s*/;
const listingLabel = /^(?:最热|最熱|热门|熱門|最新|精选|精選)(?=\S{4,})/;
const columnLabel = new RegExp(`^[${han}]{2,6}(?:精选|精選|选登|選登|专栏|專欄|范文|範文)\\s*[:：]\\s*`);
const fieldLabel = /^(?:标题|標題|题目|題目)\s*[:：]\s*/;
/** `投稿書評|…`, `时评 …`, `國一觀後感：…`: a column or genre name set before the title. */
const columnPrefix = new RegExp(
  `^[${han}]{2,6}\\s*[|｜]\\s*(?=\\S{4,})|^(?:时评|時評|评论|評論|社论|社論|杂文|雜文|随笔|隨筆|散文|专栏|專欄|投稿|来稿|來稿)\\s+(?=\\S{4,})`,
);
/** `國一觀後感：《暖春》觀後感`: a listing's genre label, known by the genre named again after it. */
const genreLabel = /^([\u3400-\u9fff\d]{0,4}(观后感|觀後感|读后感|讀後感|心得|作文|范文|範文)[\u3400-\u9fff]{0,2})\s*[:：]\s*(?=\S{4,})/;

/** `…观后感15800字作文`, `…100字`: a word count a listing adds. */
const wordCountTail = new RegExp(`(?<=[${han}》」”])\\d{2,6}\\s*字(?:作文|范文|範文)?$`);
const tableBorder = /^\s*[|｜]\s*|\s*[|｜]\s*$/;
const wordCount = /_\s*\d+\s*字(?:[（(][^)）]{0,8}[)）])?\s*$/;
const siteTail = /\s*[_|｜\-–—]\s*[^_|｜\-–—\s]{2,12}(?:网|網|站|范文网|範文網|文库|文庫|论坛|論壇)\s*$/;
const essayWrapper = /^[^《》]{1,16}《(.*《[^《》]+》[^《》]*)》\s*$/;
const datedLabel = /^\s*(?:date|日期)\s*[:：]?\s*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s+/i;
const attribution = new RegExp(`^([${han}A-Za-z·]{2,16}?)(專稿|专稿|專文|专文|特稿|供稿)\\s*[:：－\\-—]\\s*`);
const authorPrefix = new RegExp(`^([${han}·]{2,4})\\s*[》:：]\\s*(?=\\S{4,})`);
const authorTail = new RegExp(`\\s+[|｜]\\s*([${han}·]{2,4})\\s*$`);

/** Take every match of `pattern` off the line (the patterns above are kept non-global for `exec`). */
function edit(file: VFile, node: LineNode, pattern: RegExp, replace: (m: RegExpExecArray) => string | null = () => ''): number {
  const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  return editLine(file, node, 'title-decoration', global, replace);
}

function cleanTitle(file: VFile, node: LineNode): void {
  const date = datedLabel.exec(node.value);
  if (date) {
    const iso = findIsoDate(date[1]!);
    if (iso) liftInline(file, node, 'title-decoration', { date: iso });
    edit(file, node, datedLabel);
  }
  edit(file, node, tableBorder);
  edit(file, node, /^[•·●○◆◇■□▪]\s*/);
  edit(file, node, fieldLabel);
  edit(file, node, leadingTag);
  edit(file, node, columnLabel);
  edit(file, node, columnPrefix);
  const genre = genreLabel.exec(node.value);
  if (genre && node.value.slice(genre[0].length).includes(genre[2]!)) edit(file, node, genreLabel);
  const agency = attribution.exec(node.value);
  if (agency) {
    const who = agency[1]!;
    liftInline(file, node, 'title-decoration', isName(who) ? { author: who } : { source: who + agency[2]! });
    edit(file, node, attribution);
  }
  const prefix = authorPrefix.exec(node.value);
  if (prefix && isName(prefix[1]!)) {
    liftInline(file, node, 'title-decoration', { author: prefix[1]! });
    edit(file, node, authorPrefix);
  }
  const tail = authorTail.exec(node.value);
  if (tail && isName(tail[1]!)) {
    liftInline(file, node, 'title-decoration', { author: tail[1]! });
    edit(file, node, authorTail);
  }
  edit(file, node, wordCount);
  edit(file, node, wordCountTail);
  edit(file, node, essayWrapper, (m) => m[1]!);
  edit(file, node, siteTail);
  // `标题|栏目`: a short section name after a bar (an author was lifted above).
  edit(file, node, /(?<=\S{4,})\s*[|｜]\s*[^|｜\s]{2,6}$/);
  // A title printed twice in one line: `《海棠依旧》观后感《海棠依旧》观后感`.
  edit(file, node, /^(.{4,40})\1$/, (m) => m[1]!);
}

/** A forum's repost or column tag opening a page's first line, even a paragraph: `【分享】`, `[转帖]`. */
const repostTag = /^[[【](?:转帖|轉帖|转载|轉載|分享|原创|原創|置顶|置頂|精华|精華|推荐|推薦|公告|热门|熱門|图文|圖文|转|轉)[\]】]\s*/;
/** A photo credit glued before a paragraph: `照片取自某某官網 【…】打開…` (the space may be gone by now, before a bracketed tag). */
const photoCredit = /^(?:照片|相片|图片|圖片|图|圖)\s*(?:取自|来自|來自|来源|來源|提供|翻摄|翻攝)\s*[:：]?\s*[^\s，。,【[]{1,20}(?:\s+(?=\S)|(?=[【[]))/;

export const stripTitleDecoration: CleanPlugin = () => (tree: LineRoot, file) => {
  const first = liveLines(tree).find((node) => node.value.trim() !== '');
  if (first) edit(file, first, repostTag);
  for (const node of liveLines(tree)) edit(file, node, photoCredit);
  for (const node of liveLines(tree).filter((candidate) => candidate.marks.has('title'))) {
    const text = node.value.trim();
    // A title glued to its paragraph is split, not edited.
    if (isParagraph(lineFeatures(text), text)) continue;
    // A listing label goes with a listing's count: the raw title carried one.
    if (new RegExp(countSuffix.source).test(node.raw)) edit(file, node, listingLabel);
    cleanTitle(file, node);
  }
};

export const stripTitleDecorationRule = defineRule({
  name: 'title-decoration',
  reports: {
    'title-decoration': {
      stage: 'clean',
      severity: 'info',
      summary: 'what a site adds to a title: tags, labels, count suffixes, word counts, site-name tails; an author or date glued to it is lifted',
    },
  },
  phase: 'title',
  after: [],
  examples: {
    ok: [{ input: '银行党的群众路线学习心得（二）\n群众路线是党的根本路线，我们要认真学习。' }],
    notOk: [
      {
        input: '[转帖] 中央电视台开学第一课的观后感(通用26篇)\n今天晚上，我们一起观看了开学第一课，很受教育。',
        output: '中央电视台开学第一课的观后感\n今天晚上，我们一起观看了开学第一课，很受教育。',
      },
      {
        input: '社區圖書館的一個下午\n圖片來源：市立圖書館 【生活隨筆】週末下午，我帶著孩子走進社區圖書館，安靜地讀了兩個小時的書。',
        output: '社區圖書館的一個下午\n【生活隨筆】週末下午，我帶著孩子走進社區圖書館，安靜地讀了兩個小時的書。',
      },
    ],
  },
  plugin: stripTitleDecoration,
});
