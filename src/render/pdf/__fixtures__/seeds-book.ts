/** The seeds book in either edition's script, assembled in process as the build does (for page-level tests on real text). */
import { join } from 'node:path';
import type { Book, Lang } from '../../../book/types.js';
import { editionBook } from '../../../build/build.js';
import { readBook } from '../../../build/read-book.js';
import { loadManifest } from '../../../manifest/manifest.js';

export function seedsBook(lang: Lang): Book {
  const manifest = loadManifest(join(import.meta.dirname, '..', '..', '..', '..', 'sources', 'book.yaml'));
  const { book, files } = readBook(manifest);
  return editionBook(book, lang, manifest, files);
}
