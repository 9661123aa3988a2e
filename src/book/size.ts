/**
 * How big a book is, for the few choices that trade speed for memory: a large
 * book (the seeds book has ~35k characters; 1,000 articles ~2.5M) is built to
 * hold less at a time, a small one as fast as possible.
 */
import type { AssembledBook } from './types.js';

const LARGE_BOOK_CHARS = 500_000;

/** Characters of a text, spaces aside (a surrogate pair is one). */
function characters(text: string): number {
  const solid = text.replace(/\s+/gu, '');
  return solid.length - (solid.match(/[\uD800-\uDBFF]/g)?.length ?? 0);
}

/** Characters of the book's text (titles, subtitles, leads, blocks), spaces aside: the imprint's 字数, the benchmark's size. */
export function bookCharacters(book: Pick<AssembledBook, 'articles'>): number {
  let count = 0;
  for (const article of book.articles) {
    count += characters(article.title) + characters(article.subtitle ?? '');
    for (const block of article.blocks) count += characters(block.lead ?? '') + characters(block.text);
  }
  return count;
}

export const isLargeBook = (book: AssembledBook): boolean => bookCharacters(book) > LARGE_BOOK_CHARS;
