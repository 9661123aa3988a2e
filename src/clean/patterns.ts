/**
 * Named data for the cleaner: character classes and the vocabulary of web-page
 * boilerplate, Simplified and Traditional. Rules match the *kind* of line
 * (a breadcrumb, a meta bar, a footer), never the text of one page.
 */

/** A Han ideograph (CJK Unified Ideographs, Ext. A, compatibility ideographs). */
export const han = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
export const hanChar = new RegExp(`[${han}]`);
export const hanCharGlobal = new RegExp(`[${han}]`, 'g');
/** Full-width CJK punctuation and brackets. */
export const cjkPunct = '\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\u2014\\u2026\\u201c\\u201d\\u2018\\u2019\\u00b7';
/** Han or CJK punctuation: the context in which ASCII punctuation is a typo. */
export const cjk = `${han}${cjkPunct}`;
/** Marks that end a sentence or clause: a line containing them is prose. */
export const sentencePunct = /[。！？；!?;]/;
/** Chinese numerals used in ordinal headings. */
export const cnDigits = '〇零一二三四五六七八九十百';
/** `第一篇：` `第二章` — a compilation's own article markers (the cleaner keeps them, the structure stage splits at them). */
export const articleMarker = /^第[一二三四五六七八九十\d]{1,3}[篇章](?:[:：\s]\s*|$)/;

/** Half-width marks that GB/T 15834 sets full-width in Chinese text. */
export const fullWidthOf: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

/** `当前位置：首页 > 新闻`, or `首页 > 党建 > 正文` — the page's place in the site. */
export const breadcrumb =
  /^(当前位置|當前位置|您的位置|你的位置|您现在的位置|您現在的位置|你现在的位置|您所在的位置|所在位置|现在位置)\s*[:：]|^(首页|首頁|主页|主頁|网站首页|網站首頁|home)\s*[>»›→/]\s*\S.{0,60}$/i;

/** Words that only a site's navigation or tool bar says. */
export const chromePhrases = [
  '访问手机版',
  '訪問手機版',
  '手机版',
  '手機版',
  '返回首页',
  '返回首頁',
  '返回顶部',
  '返回頂部',
  '打印本页',
  '打印本頁',
  '关闭窗口',
  '關閉窗口',
  '加入收藏',
  '设为首页',
  '設為首頁',
  '分享到',
  '扫一扫',
  '掃一掃',
  '【打印】',
  '【关闭】',
  '上一篇',
  '下一篇',
  '字体：大',
  '字體：大',
  '【字体',
  '【字體',
  '责任编辑',
  '責任編輯',
  '点击排行',
  '點擊排行',
  '返回列表',
];

/**
 * `本文由…提供/整理` — the site crediting itself; `以下文章来源于…`, `以下文章选自《…》`
 * — the line a WeChat repost opens with.
 */
export const siteCredit =
  /^本文(由|來自|来自|转载自|轉載自).{0,40}(提供|整理|发布|發布|收集|编辑|編輯|转载|轉載)|^以下文章(来源于|來源於|来自|來自|选自|選自|转自|轉自|转载自|轉載自).{1,60}$/;

/** Labels of a page's meta bar, each with the metadata key it feeds. */
export const metaLabels: ReadonlyArray<{ pattern: RegExp; key: 'date' | 'source' | 'author' | null }> = [
  { pattern: /(发布日期|發布日期|发布时间|發布時間|发表时间|發表時間|更新时间|更新時間|日期|时间|時間)/, key: 'date' },
  { pattern: /(来源|來源|出处|出處|稿源|发布单位|發布單位)/, key: 'source' },
  { pattern: /(作者|撰稿|文)/, key: 'author' },
  { pattern: /(点击|點擊|浏览|瀏覽|阅读|閱讀|访问|訪問|字体|字體|字号|字號|编辑|編輯|人气|人氣)/, key: null },
];
/** Any label followed by a colon. */
export const metaLabelWithColon =
  /(发布日期|發布日期|发布时间|發布時間|发表时间|發表時間|更新时间|更新時間|日期|时间|時間|来源|來源|出处|出處|稿源|作者|撰稿|点击|點擊|浏览|瀏覽|阅读|閱讀|字体|字體|字号|字號|编辑|編輯|人气|人氣)(数|數|次数|次數|量)?\s*[:：]/g;

/** Dates as pages write them: 2019-11-14, 2019/11/14, 2019.11.14, 2019年11月14日. */
export const datePattern = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;
export const timePattern = /\d{1,2}:\d{2}(:\d{2})?/;

/** Footer lines: copyright, registration numbers, credits, counters, site links. */
export const footerPatterns: readonly RegExp[] = [
  /copyright|©|\(c\)|all rights reserved/i,
  /版权所有|版權所有|版权声明|版權聲明|未经授权|未經授權|复制必究|複製必究|转载请注明|轉載請註明/,
  /icp\s*[备備证證]|icp\d|公网安备|公網安備|网安备|網安備|备案号|備案號|许可证|許可證/i,
  /技术支持|技術支持|技术服务|技術服務|powered by|网站建设|網站建設|设计制作|設計製作|主办单位|主辦單位|承办单位|承辦單位|主管单位|主管單位/i,
  /第\s*\d+\s*位(访问者|訪問者|访客|訪客)|访问(量|人数|次数)|訪問(量|人數|次數)|访客数|訪客數|在线人数|在線人數|浏览次数|瀏覽次數/,
  /联系我们|聯繫我們|聯系我們|关于我们|關於我們|网站地图|網站地圖|免责声明|免責聲明|友情链接|友情鏈接|隐私政策|隱私政策/,
  /(地址|校址|社址)\s*[:：].{0,40}(电话|電話|邮编|郵編)|(电话|電話|传真|傳真|热线|熱線)\s*[:：]\s*[\d-]{7,}/,
];
/** `联系方式 | 入会申请 | 返回首页`: a row of short links. */
export const linkRow = /^\s*[^|｜]{1,12}(\s*[|｜]\s*[^|｜]{1,12}){2,}\s*$/;
/** `教育部 山东省教育厅 潍坊教育信息港 …`: links to other sites, four or more, set apart by spaces (in the raw line). */
export const spacedLinkRow = /^(?:[^\s，。！？、；：,.!?;:]{2,14}[ \u3000]+){3,}[^\s，。！？、；：,.!?;:]{2,14}$/;

/** Headings of a list of links to other articles. */
export const relatedHeading =
  /^[【[]?(相关|相關|推荐|推薦|延伸|热门|熱門|更多|猜你喜欢|猜你喜歡|精彩|最新|热点|熱點|大家都在看|为你推荐|為你推薦)(阅读|閱讀|文章|推荐|推薦|焦点|焦點|链接|鏈接|新闻|新聞|专题|專題|内容|內容|资讯|資訊|推荐阅读)?[】\]]?\s*[:：]?$/;
/** An item of a list of links: bulleted, or numbered and short without a full stop. */
export const linkListItem = /^\s*[•·●○◆◇■□▪▶►\-*]\s*|^\s*\d{1,2}[.、．]\s*[^。！？]{1,48}$/;

/** Headers of a document's own table of contents. */
export const tocHeader = /^\s*(目\s*录|目\s*錄|contents|table of contents)\s*$/i;
/** A TOC entry: text, a leader (tab, dots or a space run) and a page number. */
export const tocEntry = /^(.+?)(?:\t+|\s*[.·…．_]{2,}\s*|\s{2,}|\s+)(\d{1,4})\s*$/;
/** Only tab or dot leaders: enough to recognise a TOC without its header. */
export const tocLeaderEntry = /^(.+?)(?:\t+|\s*[.·…．_]{3,}\s*)(\d{1,4})\s*$/;

/** Private-use characters, replacement characters and C0 controls: damage. */
export const damagedChar = /[\ue000-\uf8ff\ufffd\u0000-\u0008\u000b\u000e-\u001f]/g;
/** `?!`, `?！`, `??` inside Chinese: bytes lost in a bad decode. */
export const damagedMarks = new RegExp(`(?<=[${cjk}])\\?+[!！?]|\\?[!！](?=[${cjk}])|\\?{2,}`, 'g');
