/**
 * `toc.ncx`, the EPUB 2 table of contents. EPUB 3 does not need it, but Kobo
 * shows no TOC for a sideloaded EPUB 3 without one; it mirrors the nav.
 */
import type { Element } from 'xast';
import type { Book } from '../../book/types.js';
import { type OutlineEntry, outlineDepth } from './outline.js';
import { serializeXml, x } from './xml.js';

export function ncxDocument(book: Book, outline: OutlineEntry[], identifier: string): string {
  let playOrder = 0;
  const navPoint = (entry: OutlineEntry): Element => {
    const order = ++playOrder;
    return x(
      'navPoint',
      { id: `nav-${order}`, playOrder: String(order) },
      x('navLabel', {}, x('text', {}, entry.label)),
      x('content', { src: entry.href }),
      entry.children.map(navPoint),
    );
  };
  const navPoints = outline.map(navPoint);
  return serializeXml(
    x(
      'ncx',
      { xmlns: 'http://www.daisy.org/z3986/2005/ncx/', version: '2005-1', 'xml:lang': book.lang },
      x(
        'head',
        {},
        x('meta', { name: 'dtb:uid', content: identifier }),
        x('meta', { name: 'dtb:depth', content: String(outlineDepth(outline)) }),
        x('meta', { name: 'dtb:totalPageCount', content: '0' }),
        x('meta', { name: 'dtb:maxPageNumber', content: '0' }),
      ),
      x('docTitle', {}, x('text', {}, book.meta.title)),
      x('docAuthor', {}, x('text', {}, book.meta.editor)),
      x('navMap', {}, navPoints),
    ),
  );
}
