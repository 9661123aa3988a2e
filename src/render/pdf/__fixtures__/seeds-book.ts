/** The seeds book in either edition's script, assembled in process as the build does (for page-level tests on real text). */
import { join } from 'node:path';
import { assembleBook } from '../../../book/assemble.js';
import type { Book, Lang } from '../../../book/types.js';
import { editionBook } from '../../../build/build.js';
import { bookMeta, loadManifest, sourcePath } from '../../../manifest/manifest.js';
import { processSources } from '../../../pipeline/front.js';

export function seedsBook(lang: Lang): Book {
  const manifest = loadManifest(join(import.meta.dirname, '..', '..', '..', '..', 'sources', 'book.yaml'));
  const sources = processSources(manifest.sources.map(({ file, ...overrides }) => ({ ...overrides, path: sourcePath(manifest, { file }) })));
  const book = assembleBook(bookMeta(manifest), sources, manifest.editions[0]!);
  return editionBook(book, lang, manifest, sources.map((source) => source.file));
}
