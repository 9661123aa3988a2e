/** The articles of every source, in manifest order, as one book. */
import type { Source } from './source.js';
import type { Book, BookMeta, Lang } from '../book/types.js';

export function assembleBook(meta: BookMeta, sources: readonly Source[], lang: Lang): Book {
  const articles = sources
    .flatMap((source) => source.articles)
    .map((article, index) => ({ ...article, id: `a${String(index + 1).padStart(2, '0')}` }));
  return { type: 'book', meta, lang, articles };
}
