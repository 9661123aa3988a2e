/** The articles of every source, in manifest order, as one book, each article given its id. */

import type { AssembledBook, BookMeta } from '../book/types.js';
import type { Source } from './source.js';

export function assembleBook(meta: BookMeta, sources: readonly Source[]): AssembledBook {
  const articles = sources.flatMap((source) => source.articles).map((article, index) => ({ ...article, id: `a${String(index + 1).padStart(2, '0')}` }));
  return { type: 'book', meta, articles };
}
