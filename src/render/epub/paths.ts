/**
 * File names and fragment ids inside the EPUB, in one place: the content
 * documents, the nav, the NCX and the package document must all agree on them.
 * Names derive from the stable article ids, never from titles, so a retitled
 * article keeps its file (epub-gen-memory would name it `0_.xhtml`).
 */
import type { Article } from '../../book/types.js';

/**
 * Folder (inside the zip) holding the package and everything it lists. This,
 * `content.opf`, `toc.ncx`, `toc.xhtml` and `style.css` are fixed by
 * epub-gen-memory; the rest are ours.
 */
export const contentRoot = 'OEBPS';

export const files = {
  packageDocument: 'content.opf',
  nav: 'toc.xhtml',
  ncx: 'toc.ncx',
  stylesheet: 'style.css',
  titlePage: 'title.xhtml',
  contentsPage: 'contents.xhtml',
  cover: 'cover.xhtml',
  imageFolder: 'images',
  fontFolder: 'fonts',
} as const;

export function articleFile(article: Pick<Article, 'id'>): string {
  return `${article.id}.xhtml`;
}

/** The file a document of the presentation tree is written to. */
export function documentFile(documentId: string): string {
  if (documentId === 'title-page') return files.titlePage;
  if (documentId === 'contents') return files.contentsPage;
  return `${documentId}.xhtml`;
}
