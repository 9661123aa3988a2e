/**
 * How big a book is, for the few choices that trade speed for memory: a large
 * book (the seeds book has ~35k characters; 1,000 articles ~2.5M) is built to
 * hold less at a time, a small one as fast as possible.
 */
import type { AssembledBook } from './types.js';

const LARGE_BOOK_CHARS = 500_000;

/** UTF-16 units of the book's text (titles, subtitles, leads, blocks). */
export function bookLength(book: AssembledBook): number {
  let length = 0;
  for (const article of book.articles) {
    length += article.title.length + (article.subtitle?.length ?? 0);
    for (const block of article.blocks) length += (block.lead?.length ?? 0) + block.text.length;
  }
  return length;
}

export const isLargeBook = (book: AssembledBook): boolean => bookLength(book) > LARGE_BOOK_CHARS;
