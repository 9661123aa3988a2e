/** The e-book writer in the registry. */
import type { Writer } from '../registry.js';
import { renderEpub } from './index.js';

export const epubWriter: Writer = {
  async write(edition) {
    const epub = await renderEpub(edition.book, { theme: edition.theme, fonts: edition.fonts, siblings: edition.siblings });
    return [{ name: `${edition.baseName}.epub`, bytes: epub.bytes }];
  },
};
