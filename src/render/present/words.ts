/**
 * The words, dates and levels every writer puts on the page that do not come
 * from the sources, decided once per edition language: one label table, one
 * date format, one heading-level rule, one punctuation style.
 */
import type { Lang } from '../../book/types.js';
import type { StopPlacement } from '../../fonts/face-metrics.js';
import type { Theme } from '../../theme/theme.js';
import type { PunctuationStyle } from '../../typeset/char-classes.js';

export interface Labels {
  /** Heading of the table of contents (page, nav, running head). */
  contents: string;
  /** Name of the cover (landmark, the cover image's alternative text prefix). */
  cover: string;
  /** Landmark for the title page. */
  titlePage: string;
  /** Landmark for the first article. */
  bodyMatter: string;
  /** Heading of the landmarks nav. */
  landmarks: string;
  /** Heading of the page-list nav. */
  pageList: string;
  /** Heading of the colophon page (版权页). */
  colophon: string;
  /** Prefix of an article's source line. */
  sourcePrefix: string;
  /** Follows the editor's name ("张三 编"). */
  editedBy: string;
  /** Between the items of one byline (author, role; source, date). */
  bylineSeparator: string;
  /** Colophon rows. */
  edition: string;
  published: string;
  /** The imprint's edition line (版次) and the text's length (字数). */
  version: string;
  wordCount: string;
  sources: string;
  fonts: string;
  licence: string;
  identifier: string;
  /** Imprint rows of the print edition. */
  bookTitle: string;
  editor: string;
  publisher: string;
  pageSize: string;
  /** The Traditional standards, as the imprint names them. */
  variantName: Record<'tw' | 'twp' | 'hk' | 't', string>;
  /** The edition's name in the colophon: its script and layout. */
  editionName: { horizontal: string; vertical: string };
  /** The print edition of this script, as the page list's source. */
  printEditionName: string;
  /** A print page in the page list (`第 17 页`). */
  page: (number: number) => string;
  /** How the e-book serves a reader who cannot see the page (schema.org accessibilitySummary). */
  accessibilitySummary: (facts: { printPages: boolean; cover: boolean }) => string;
}

export const labels: Readonly<Record<Lang, Labels>> = {
  'zh-Hans': {
    contents: '目录',
    cover: '封面',
    titlePage: '书名页',
    bodyMatter: '正文',
    landmarks: '导览',
    pageList: '页码',
    colophon: '版权页',
    sourcePrefix: '来源：',
    editedBy: '编',
    bylineSeparator: '\u3000',
    edition: '版本',
    published: '出版日期',
    version: '版次',
    wordCount: '字数',
    sources: '文章来源',
    fonts: '字体',
    licence: '字体许可',
    identifier: '标识符',
    bookTitle: '书名',
    editor: '编者',
    publisher: '出版',
    pageSize: '开本',
    variantName: { tw: '台湾正体', twp: '台湾正体，台湾用词', hk: '香港繁体', t: '繁体' },
    editionName: { horizontal: '简体中文横排电子版', vertical: '简体中文直排电子版' },
    printEditionName: '简体中文印刷版',
    page: (number) => `第${number}页`,
    accessibilitySummary: ({ printPages, cover }) =>
      '本书以文字为主，语言已标注为简体中文；标题分级，目录与导览可跳至各篇及其小标题，阅读顺序即文本顺序；' +
      '字体随书嵌入，字号、行距与排版可由阅读软件调整。' +
      (cover ? '封面图片附有文字说明。' : '') +
      (printPages ? '页码标记对应同一文字的印刷版，可按印刷版页码引用与跳转。' : '') +
      '无闪烁、声音或动画。',
  },
  'zh-Hant': {
    contents: '目錄',
    cover: '封面',
    titlePage: '書名頁',
    bodyMatter: '正文',
    landmarks: '導覽',
    pageList: '頁碼',
    colophon: '版權頁',
    sourcePrefix: '來源：',
    editedBy: '編',
    bylineSeparator: '\u3000',
    edition: '版本',
    published: '出版日期',
    version: '版次',
    wordCount: '字數',
    sources: '文章來源',
    fonts: '字型',
    licence: '字型授權',
    identifier: '識別碼',
    bookTitle: '書名',
    editor: '編者',
    publisher: '出版',
    pageSize: '開本',
    variantName: { tw: '臺灣正體', twp: '臺灣正體，臺灣用詞', hk: '香港繁體', t: '繁體' },
    editionName: { horizontal: '繁體中文橫排電子版', vertical: '繁體中文直排電子版' },
    printEditionName: '繁體中文印刷版',
    page: (number) => `第${number}頁`,
    accessibilitySummary: ({ printPages, cover }) =>
      '本書以文字為主，語言已標注為繁體中文；標題分級，目錄與導覽可跳至各篇及其小標題，閱讀順序即文字順序；' +
      '字型隨書嵌入，字級、行距與排版可由閱讀軟體調整。' +
      (cover ? '封面圖片附有文字說明。' : '') +
      (printPages ? '頁碼標記對應同一文字的印刷版，可按印刷版頁碼引用與跳轉。' : '') +
      '無閃爍、聲音或動畫。',
  },
};

/** `2020-11-02` → `2020年11月2日`; partial dates keep only the parts they have. */
/** The imprint's edition line, as 版次 is written: `2026年11月第1版`. */
export function formatVersion(iso: string, version: number): string {
  const [year, month] = iso.split('-');
  return `${year}年${month ? `${Number(month)}月` : ''}第${version}版`;
}

/** The text's length as an imprint gives it, in thousands of characters rounded up: `31千字`. */
export const formatWordCount = (characters: number): string => `${Math.max(1, Math.ceil(characters / 1000))}千字`;

export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  let out = `${year}年`;
  if (month) out += `${Number(month)}月`;
  if (day) out += `${Number(day)}日`;
  return out;
}

/** clreq punctuation width: `auto` is mainland style for Simplified, Taiwan style for Traditional. */
/**
 * The punctuation style a book is set in. `auto` follows where the body face
 * draws its stops (a Simplified face in a Traditional book keeps its corner
 * stops, and is set as such), else the script's convention.
 */
export function punctuationStyle(theme: Theme, lang: Lang, faceStops: StopPlacement | null = null): PunctuationStyle {
  const configured = theme.body.punctuationStyle;
  if (configured !== 'auto') return configured;
  if (faceStops) return faceStops === 'centre' ? 'taiwan' : 'mainland';
  return lang === 'zh-Hant' ? 'taiwan' : 'mainland';
}
