/**
 * Shapes of site chrome on one line, each a predicate over the line's text
 * and features: breadcrumbs of any site, rows of navigation links, buttons and
 * widgets, counters, jammer lines. `strip-chrome` applies them.
 */
import type { LineFeatures } from './line-features.js';
import { breadcrumb } from './patterns.js';

const navSplit = /\s*[>›»→/|｜]\s*/;
/** `当前位置`, `您的位置：`, `位置:`, the label of a breadcrumb. */
const locationLabel =
  /^(?:当前|當前|您的|你的|您现在的|您現在的|你现在的|所在|现在|現在|当前您的|當前您的|您当前所在的|您當前所在的)?\s*(?:位置|所在位置|页面|頁面)\s*[:：]?\s*/;
const locationAnywhere = /(?:当前|當前|您的|你的|您现在的|您現在的|所在的?|现在|現在)\s*(?:位置|页面|頁面)\s*[:：]\s*\S+\s*[>›»→/]/;
/** A breadcrumb's items are short names, none of them a sentence. */
const crumbMax = 12;

/** The last crumb may be the page's own title (`… > 心得感悟 > 教师假期读书心得美篇`), after three short ones or more. */
const lastCrumbMax = 40;

function isPath(items: readonly string[]): boolean {
  const short = (item: string) => [...item].length <= crumbMax && !/[，,。；:：]/.test(item);
  if (items.length >= 2 && items.every(short)) return true;
  const last = items[items.length - 1] ?? '';
  return items.length >= 4 && items.slice(0, -1).every(short) && [...last].length <= lastCrumbMax && !/[，,。；:：]/.test(last);
}

/** `首页 > 心得 > 正文`, `爱习作 > 百科 > 正文`, `当前位置 /首頁/心得體會/列表`, `位置：首頁 > 心理`. */
export function isBreadcrumb(text: string, features: LineFeatures): boolean {
  if (breadcrumb.test(text)) return true;
  if (features.sentenceMarks > 0 || features.length > 80) return false;
  // `您好，欢迎来到某某 您当前所在的页面：首页 > 党群建设`: a greeting, then the path.
  const inside = locationAnywhere.exec(text);
  if (inside && inside.index > 0) {
    const path = text.slice(text.indexOf(inside[0]) + inside[0].search(/[:：]/) + 1);
    return isPath(
      path
        .split(navSplit)
        .map((item) => item.trim())
        .filter(Boolean),
    );
  }
  const labelled = locationLabel.exec(text);
  const rest = labelled?.[0].trim() ? text.slice(labelled[0].length) : text;
  if (labelled?.[0].trim() && rest.trim() === '') return /位置/.test(text);
  const parts = rest.split(navSplit).map((part) => part.trim());
  const items = parts.filter(Boolean);
  const separators = parts.length - 1;
  if (separators < (labelled?.[0].trim() ? 1 : 2) || items.length < 2) return false;
  // Dates (2019/11/14) and fractions are not paths.
  if (items.some((item) => /^\d+$/.test(item))) return false;
  return isPath(items);
}

/** `今日新聞 社論 評論 專題報導 回首頁`: a row of short links, some of them chrome words. */
export function isNavRow(text: string, features: LineFeatures): boolean {
  if (features.sentenceMarks > 0 || features.clauseMarks > 0) return false;
  // `24h購物| | PChome| 登入`: links between bars, one of them a chrome word.
  if ((text.match(/[|｜]/g)?.length ?? 0) >= 2 && features.length <= 40 && features.clickCoverage > 0) return true;
  const items = text.split(/[\s\u3000|｜·•]+/).filter(Boolean);
  if (items.length < 4 || items.some((item) => [...item].length > 6)) return false;
  return features.clickCoverage + features.columnCoverage > 0;
}

/** A button, a widget, a counter or a comment-form line: made of chrome words. */
export function isClickLine(text: string, features: LineFeatures): boolean {
  // ASCII `?` and `!` in a widget are often placeholders for an icon.
  if (/[。！？；]/.test(text)) return false;
  if (features.length > 16 || features.han === 0) return false;
  return features.clickCoverage >= 0.75 || (features.clickCoverage > 0 && features.clickCoverage + features.columnCoverage >= 0.99);
}

/** `[啟動LINE推播] 每日通知`, `【打印】`: a bracketed button with a chrome word. */
export function isBracketButton(text: string, features: LineFeatures): boolean {
  const match = /^[[【]([^\]】]{1,12})[\]】]/.exec(text);
  return match !== null && features.length <= 24 && features.sentenceMarks === 0 && features.clickCoverage > 0.3;
}

/** `孤独大脑 · 段永平能赚到100万亿吗？ · 22 小时前`: a feed item with its age. */
export function isFeedItem(text: string, features: LineFeatures): boolean {
  const parts = text.split(/\s*[·•|｜]\s*/);
  return (
    parts.length >= 2 &&
    features.length <= 60 &&
    /^(昨天|前天|今天|刚刚|剛剛|\d+\s*(秒|分钟|分鐘|小时|小時|天|周|週|个月|個月|年)前)$/.test(parts[parts.length - 1]!.trim())
  );
}

/** Counters: `0`, `1373`, `全文共 313 字`, `本文已影响0人`, `心理6.73K`, `浏览量：`. */
export function isCounter(text: string): boolean {
  const compact = text.replace(/[\s\u3000]+/g, '');
  return (
    /^[-•·+]?\d+$/.test(compact) ||
    /^全文(共|约|約)\d+字$/.test(compact) ||
    /^本文已影响\d+人$|^本文已影響\d+人$/.test(compact) ||
    /^[\u3400-\u9fff]{1,4}\d+(\.\d+)?[KkW万萬]$/.test(compact) ||
    /^(浏览|瀏覽|阅读|閱讀|点击|點擊|评论|評論|人气|人氣|作者|来源|來源|编辑|編輯)(量|数|數|次数|次數)?[:：]?$/.test(compact) ||
    // The empty fields of a document site's record.
    /^(资源描述|資源描述|资源简介|資源簡介|文档描述|文檔描述|文档简介|文檔簡介|资料简介|資料簡介)[:：]?$/.test(compact)
  );
}

/** A button or icon name a template left in English: `close`, `arrow`, `TOP`. */
const englishControl =
  /^(close|arrow|menu|top|more|share|home|login|log in|sign in|search|next|prev|previous|back|print|reply|comments?|like|go|english|logo|[\w.-]{1,16} logo|p\.\s*\d+|page \d+( - .{1,40})?)$/i;
/** `您好，欢迎访问某某文档`: the site greeting its visitor. */
const welcome = /^(您好|你好|親愛的|亲爱的)?[，,!！\s]*(欢迎|歡迎)(您|你)?(访问|訪問|来到|來到|光临|光臨|进入|進入)/;
/** A document's file name shown as its own line: `丰田管理读后感范文.docx`. */
const fileName = /^[^\n]{1,60}\.(docx?|pdf|pptx?|xlsx?|wps|txt|jpe?g|png|gif|webp|bmp)$/i;
/** `【编辑：刘欢】`, `(责任编辑：某某)`: the desk's credit in brackets. */
const editorCredit = /^[【[(（]\s*(编辑|編輯|责任编辑|責任編輯|责编|責編|审核|審核|校对|校對)\s*[:：][^】\])）]{1,12}[】\])）]$/;
/** `圖片來自 這裏`: the credit of a picture the text no longer shows. */
const photoCreditLine = /^(图片|圖片|照片|图|圖)\s*(来自|來自|来源|來源|取自|提供)/;
/** `全站分類：心情日記`, `推薦指數：`: a platform's field. */
const platformField = /^(全站分类|全站分類|文章分类|文章分類|分类|分類|推荐指数|推薦指數|个人分类|個人分類)\s*[:：]/;

/** A template's control, a file name, an editor's credit, a picture credit, a platform field. */
export function isTemplateLine(text: string, features: LineFeatures): boolean {
  const bare = text.trim().replace(/^[•·●○◆◇■□▪*-]\s*/, '');
  if (englishControl.test(bare) || fileName.test(bare) || editorCredit.test(bare)) return true;
  if (welcome.test(text) && features.length <= 30 && features.sentenceMarks === 0) return true;
  if (photoCreditLine.test(text) && features.length <= 24 && features.sentenceMarks === 0) return true;
  return platformField.test(text) && features.length <= 30 && features.sentenceMarks === 0;
}

/** A site name and its address, injected as a whole line: `稿子汇 www.example.com`. */
export function isJammerLine(text: string, features: LineFeatures): boolean {
  // A labelled link (`购买链接：http://…`) belongs to the text; the page's own address, or a bare one, does not.
  const label = /^(.{1,8})[:：]\s*(?:https?:|www\.)/.exec(text);
  const ownAddress = !label || /本文|原文|网址|網址|链接地址|來源|来源|出处|出處/.test(label[1]!);
  if (features.hasUrl && features.han <= 10 && features.sentenceMarks === 0 && ownAddress) return true;
  // Emoticon codes of a comment form: `:?: :razz: :sad:`.
  if ((text.match(/:[a-z?!]{1,8}:/g)?.length ?? 0) >= 3) return true;
  // Random ASCII runs with no words in them.
  return features.han === 0 && /^[A-Za-z0-9]{12,}$/.test(text) && /[a-z]/.test(text) && /[A-Z]/.test(text) && /\d/.test(text);
}
