/**
 * Words the EPUB writer itself puts on the page (not from the sources), per
 * edition language. One table so Simplified and Traditional editions stay in step.
 */
import type { Lang } from '../../book/types.js';

export interface Labels {
  /** Heading of the table of contents (page and nav). */
  contents: string;
  /** Landmark for the title page. */
  titlePage: string;
  /** Landmark for the first article. */
  bodyMatter: string;
  /** Heading of the (hidden) landmarks nav. */
  landmarks: string;
  /** Prefix of an article's source line. */
  sourcePrefix: string;
  /** Follows the editor's name on the title page ("张三 编"). */
  editedBy: string;
}

export const labels: Readonly<Record<Lang, Labels>> = {
  'zh-Hans': {
    contents: '目录',
    titlePage: '书名页',
    bodyMatter: '正文',
    landmarks: '导览',
    sourcePrefix: '来源：',
    editedBy: '编',
  },
  'zh-Hant': {
    contents: '目錄',
    titlePage: '書名頁',
    bodyMatter: '正文',
    landmarks: '導覽',
    sourcePrefix: '來源：',
    editedBy: '編',
  },
};

/** `2020-11-02` → `2020年11月2日`; partial dates keep only the parts they have. */
export function formatChineseDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  let out = `${year}年`;
  if (month) out += `${Number(month)}月`;
  if (day) out += `${Number(day)}日`;
  return out;
}
