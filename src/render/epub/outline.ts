/**
 * The book's table of contents as data, shared by the nav document and the
 * NCX so the two cannot disagree. Two levels: articles,
 * then each article's top-level headings (Kindle shows no deeper nesting).
 */
import type { Article, Book, HeadingBlock } from '../../book/types.js';
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
    .filter((block): block is HeadingBlock => block.kind === 'heading')
    .map((block, index) => ({ block, id: headingId(article, index) }));
  if (headings.length === 0) return [];
  // The shallowest level present is the article's second TOC level, so an
  // article whose sections start at `（一）` still gets an outline.
  const top = Math.min(...headings.map(({ block }) => block.level));
  return headings
    .filter(({ block }) => block.level === top)
    .map(({ block, id }) => ({
      label: (block.lead ?? '') + block.text,
      href: `${articleFile(article)}#${id}`,
      author: null,
      children: [],
    }));
}

/**
 * The outline in reading order: every document of the book (title page,
 * contents and back matter too, so a reader's menu reaches them), each
 * article with its top-level headings beneath it.
 */
export function bookOutline(book: Book, documents: ReadonlyArray<{ id: string; kind: string; file: string; title: string }>): OutlineEntry[] {
  const articles = new Map(book.articles.map((article) => [article.id, article]));
  // The cover is a landmark, not a place in the table of contents.
  return documents
    .filter((document) => document.kind !== 'cover')
    .map((document) => {
      const article = articles.get(document.id);
      return {
        label: document.title,
        href: document.file,
        author: article?.author ?? null,
        children: article ? articleHeadings(article) : [],
      };
    });
}

/** Depth of the outline (1 or 2), for the NCX's `dtb:depth`. */
export function outlineDepth(outline: OutlineEntry[]): number {
  return outline.some((entry) => entry.children.length > 0) ? 2 : 1;
}
