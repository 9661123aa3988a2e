/** The e-book writer in the registry: page breaks from the print edition of the same script. */
import { printEdition } from '../pdf/writer.js';
import type { Writer } from '../registry.js';
import { renderEpub } from './index.js';

/** The vertical e-book, for the editions the theme names (`epub.vertical.editions`). */
export const epubVerticalWriter: Writer = {
  async write(edition) {
    if (!edition.theme.epub.vertical.editions.includes(edition.book.lang)) return [];
    const print = await printEdition(edition);
    const epub = await renderEpub(edition.book, {
      theme: edition.theme,
      fonts: edition.fonts,
      layout: 'vertical',
      siblings: edition.siblings,
      printPages: print.pageStarts,
    });
    return [{ name: `${edition.baseName}.vertical.epub`, bytes: epub.bytes }];
  },
};

export const epubWriter: Writer = {
  async write(edition) {
    const print = await printEdition(edition);
    const epub = await renderEpub(edition.book, { theme: edition.theme, fonts: edition.fonts, siblings: edition.siblings, printPages: print.pageStarts });
    return [{ name: `${edition.baseName}.epub`, bytes: epub.bytes }];
  },
};
