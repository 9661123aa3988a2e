/**
 * What the heads of the book say — an article's title, subtitle, byline,
 * source and date; the title page — composed once for every writer. The
 * print writer sets these texts in lines; the presentation tree marks them up.
 */
import type { Article, Book, Lang } from '../../book/types.js';
import { formatDate, labels } from './words.js';

export interface DateText {
  /** As in the book: `2020-11-02`, `2020-11` or `2020`. */
  iso: string;
  /** As printed: `2020年11月2日`. */
  text: string;
}

export interface ArticleHead {
  title: string;
  subtitle: string | null;
  /** Who wrote it: author and role (either may be missing); null when neither is known. */
  byline: { author: string | null; role: string | null } | null;
  /** Where it comes from, with its label (`来源：笔杆子家园`). */
  source: string | null;
  date: DateText | null;
}

const dateText = (iso: string): DateText => ({ iso, text: formatDate(iso) });

export function articleHead(article: Article, lang: Lang): ArticleHead {
  return {
    title: article.title,
    subtitle: article.subtitle,
    byline: article.author || article.role ? { author: article.author, role: article.role } : null,
    source: article.source ? labels[lang].sourcePrefix + article.source : null,
    date: article.date ? dateText(article.date) : null,
  };
}

/**
 * The head's byline as lines of text: who (role, then name), then where and
 * when (source and date), each joined with an ideographic space as in a
 * printed byline. Empty lines are left out.
 */
export function bylineLines(head: ArticleHead, lang: Lang): string[] {
  const separator = labels[lang].bylineSeparator;
  // Role before name, as a Chinese byline reads (党支部书记　张三).
  const who = [head.byline?.role, head.byline?.author].filter((s): s is string => !!s).join(separator);
  const where = [head.source, head.date?.text].filter((s): s is string => !!s).join(separator);
  return [who, where].filter((line) => line.length > 0);
}

export interface TitlePage {
  title: string;
  subtitle: string | null;
  /** `文集编辑组\u3000编`. */
  editorLine: string;
  publisher: string | null;
  date: DateText;
}

export function titlePage(book: Book): TitlePage {
  const { meta } = book;
  return {
    title: meta.title,
    subtitle: meta.subtitle ?? null,
    editorLine: `${meta.editor}\u3000${labels[book.lang].editedBy}`,
    publisher: meta.publisher ?? null,
    date: dateText(meta.date),
  };
}
