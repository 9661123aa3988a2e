/**
 * The title page and the contents page: content documents of their own,
 * before the first article in the spine.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Book } from '../../book/types.js';
import { formatChineseDate, labels } from './labels.js';
import type { OutlineEntry } from './outline.js';

export function titlePageBody(book: Book): Element {
  const { meta } = book;
  const parts: ElementContent[] = [h('h1', { className: ['book-title'] }, meta.title)];
  if (meta.subtitle) parts.push(h('p', { className: ['book-subtitle'] }, meta.subtitle));
  parts.push(h('p', { className: ['book-editor'] }, `${meta.editor}\u3000${labels[book.lang].editedBy}`));
  if (meta.publisher) parts.push(h('p', { className: ['book-publisher'] }, meta.publisher));
  parts.push(h('p', { className: ['book-date'] }, h('time', { dateTime: meta.date }, formatChineseDate(meta.date))));
  return h('section', { 'epub:type': 'titlepage', className: ['title-page'] }, parts);
}

/**
 * The visible contents page lists articles only (with their authors); the nav
 * document carries the deeper outline for the reader's own TOC menu.
 */
export function contentsPageBody(book: Book, outline: OutlineEntry[]): Element {
  const entries = outline.map((entry) => {
    const link: ElementContent[] = [h('a', { href: entry.href }, entry.label)];
    if (entry.author) link.push(h('span', { className: ['contents-author'] }, entry.author));
    return h('li', link);
  });
  return h('section', { 'epub:type': 'toc', className: ['contents'] }, [
    h('h1', { className: ['contents-title'] }, labels[book.lang].contents),
    h('ol', { className: ['contents-list'] }, entries),
  ]);
}
