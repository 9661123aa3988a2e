/**
 * The book's table of contents as data, shared by the nav document, the NCX
 * and the contents page so the three cannot disagree. Two levels: articles,
 * then each article's top-level headings (Kindle shows no deeper nesting).
 */
import type { Article, Book } from '../../book/types.js';
import { headingId } from '../present/handlers.js';
import { articleFile } from './paths.js';

export interface OutlineEntry {
  label: string;
  /** Href relative to the package document's folder. */
  href: string;
  /** Article byline for the contents page (articles only). */
  author: string | null;
  children: OutlineEntry[];
}

function articleHeadings(article: Article): OutlineEntry[] {
  const headings = article.blocks
    .filter((block) => block.kind === 'heading')
    .map((block, index) => ({ block, id: headingId(article, index) }));
  if (headings.length === 0) return [];
  // The shallowest level present is the article's second TOC level, so an
  // article whose sections start at `（一）` still gets an outline.
  const top = Math.min(...headings.map(({ block }) => block.level ?? 2));
  return headings
    .filter(({ block }) => (block.level ?? 2) === top)
    .map(({ block, id }) => ({
      label: (block.lead ?? '') + block.text,
      href: `${articleFile(article)}#${id}`,
      author: null,
      children: [],
    }));
}

export function bookOutline(book: Book): OutlineEntry[] {
  return book.articles.map((article) => ({
    label: article.title,
    href: articleFile(article),
    author: article.author,
    children: articleHeadings(article),
  }));
}

/** Depth of the outline (1 or 2), for the NCX's `dtb:depth`. */
export function outlineDepth(outline: OutlineEntry[]): number {
  return outline.some((entry) => entry.children.length > 0) ? 2 : 1;
}
