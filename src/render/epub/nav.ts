/**
 * The EPUB 3 navigation document: the nested table of contents and the
 * landmarks (title page, contents page, start of the body matter).
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Book } from '../../book/types.js';
import { labels } from '../present/words.js';
import type { OutlineEntry } from './outline.js';
import { files } from './paths.js';

function tocList(entries: OutlineEntry[]): Element {
  return h(
    'ol',
    entries.map((entry) => h('li', [h('a', { href: entry.href }, entry.label), ...(entry.children.length ? [tocList(entry.children)] : [])])),
  );
}

export function navBody(
  book: Book,
  outline: OutlineEntry[],
  documents: ReadonlyArray<{ id: string; file: string }>,
  pages: ReadonlyArray<{ label: string; href: string }> = [],
): Element[] {
  const words = labels[book.lang];
  const landmarks: Array<[type: string, href: string, label: string]> = [
    ...(documents.some((document) => document.id === 'cover') ? [['cover', files.cover, words.cover] as [string, string, string]] : []),
    ['titlepage', files.titlePage, words.titlePage],
    ['toc', files.contentsPage, words.contents],
  ];
  const firstArticle = documents.find((document) => document.id === book.articles[0]?.id);
  if (firstArticle) landmarks.push(['bodymatter', firstArticle.file, words.bodyMatter]);
  return [
    h('nav', { 'epub:type': 'toc', role: 'doc-toc', id: 'toc' }, [h('h1', words.contents), tocList(outline)]),
    // `hidden`: a boolean attribute, serialised as hidden="" by xast (valid XML).
    h('nav', { 'epub:type': 'landmarks', id: 'landmarks', hidden: true }, [
      h('h1', words.landmarks),
      h(
        'ol',
        landmarks.map(([type, href, label]) => h('li', [h('a', { 'epub:type': type, href }, label)])),
      ),
    ]),
    ...(pages.length > 0
      ? [
          h('nav', { 'epub:type': 'page-list', role: 'doc-pagelist', id: 'page-list', hidden: true }, [
            h('h1', words.pageList),
            h(
              'ol',
              pages.map((page) => h('li', [h('a', { href: page.href }, page.label)])),
            ),
          ]),
        ]
      : []),
  ];
}
