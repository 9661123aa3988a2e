/**
 * The book as one presentation tree (hast), once per edition: a root whose
 * children are the book's documents in reading order — title page, contents,
 * one per article, then any back matter — each a `div` carrying its
 * `DocumentData`. Labels, dates, bylines and heading levels are decided here
 * (through `words.ts` and `heads.ts`), blocks go through one handler per kind
 * (`handlers.ts`), and links are fragment references (`#a01`) that a writer
 * resolves to its own files. What an element is in the book rides on its
 * `data.semantic`; writers add their vocabulary for it (see `semantics.ts`).
 *
 * Markup is plain HTML that EPUB 2 engines also read: `div`, `p`, `span`,
 * `h1`–`h4`, `ol`, `a` — no `section`, `header` or `time`.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { Article, Book } from '../../book/types.js';
import { type BlockHandlers, blockHandlers, handleBlock } from './handlers.js';
import { articleHead, titlePage } from './heads.js';
import type { DocumentData, Semantic } from './semantics.js';
import { labels } from './words.js';

export interface ColophonRow {
  label: string;
  /** One line each. */
  lines: string[];
}

export interface PresentOptions {
  /** Replaces the handlers of some block kinds. */
  handlers?: Partial<BlockHandlers>;
  /** The colophon's rows (edition, date, sources, fonts…); no colophon page without them. */
  colophon?: readonly ColophonRow[];
  /** Documents before the title page (a cover), as finished documents. */
  frontMatter?: readonly Element[];
  /** Further back matter after the colophon (e.g. a font licence), as finished documents. */
  backMatter?: readonly Element[];
}

/** Marks an element with what it is in the book. */
export function withSemantic(element: Element, semantic: Semantic): Element {
  element.data = { ...element.data, semantic };
  return element;
}

/** A document of the book: a `div` holding its body, with its id, kind and title. */
export function bookDocument(data: DocumentData, className: string, children: ElementContent[]): Element {
  const element = h('div', { className: [className] }, children);
  element.data = { semantic: data.kind, document: data };
  return element;
}

function titlePageDocument(book: Book): Element {
  const page = titlePage(book);
  const parts: ElementContent[] = [h('h1', { className: ['book-title'] }, page.title)];
  if (page.subtitle) parts.push(withSemantic(h('p', { className: ['book-subtitle'] }, page.subtitle), 'subtitle'));
  parts.push(h('p', { className: ['book-editor'] }, page.editorLine));
  if (page.publisher) parts.push(h('p', { className: ['book-publisher'] }, page.publisher));
  parts.push(h('p', { className: ['book-date'] }, page.date.text));
  return bookDocument({ id: 'title-page', kind: 'titlepage', title: page.title }, 'title-page', parts);
}

/** The visible contents page lists articles only, with their authors; writers' own menus may go deeper. */
function contentsDocument(book: Book): Element {
  const words = labels[book.lang];
  const entries = book.articles.map((article, entry) => {
    const link: ElementContent[] = [h('a', { href: `#${article.id}` }, article.title)];
    if (article.author) link.push(h('span', { className: ['contents-author'] }, article.author));
    const item = h('li', link);
    item.data = { entry };
    return item;
  });
  return bookDocument({ id: 'contents', kind: 'toc', title: words.contents }, 'contents', [
    h('h1', { className: ['contents-title'] }, words.contents),
    h('ol', { className: ['contents-list'] }, entries),
  ]);
}

/** Title, subtitle, then who (role, then name) and where and when (source, date), each a line. */
function articleHeadElement(article: Article, book: Book): Element {
  const head = articleHead(article, book.lang);
  const separator = labels[book.lang].bylineSeparator;
  const line = (className: string, spans: Array<[string, string | null | undefined]>): Element | null => {
    const present = spans.filter((span): span is [string, string] => !!span[1]);
    if (present.length === 0) return null;
    const content: ElementContent[] = [];
    present.forEach(([spanClass, text], i) => {
      if (i > 0) content.push({ type: 'text', value: separator });
      content.push(h('span', { className: [spanClass] }, text));
    });
    return h('p', { className: [className] }, content);
  };
  const parts: Array<Element | null> = [
    h('h1', { className: ['title'] }, head.title),
    head.subtitle ? withSemantic(h('p', { className: ['subtitle'] }, head.subtitle), 'subtitle') : null,
    line('byline', [
      ['role', head.byline?.role],
      ['author', head.byline?.author],
    ]),
    line('provenance', [
      ['source', head.source],
      ['date', head.date?.text],
    ]),
  ];
  return h(
    'div',
    { className: ['article-head'] },
    parts.filter((part): part is Element => part !== null),
  );
}

function chapterDocument(article: Article, book: Book, handlers: BlockHandlers): Element {
  let headingsBefore = 0;
  const blocks = article.blocks.map((block, index) => {
    const element = handleBlock(handlers, block, { article, lang: book.lang, index, headingsBefore });
    if (block.kind === 'heading') headingsBefore++;
    element.data = { ...element.data, block: index };
    return element;
  });
  const document = bookDocument({ id: article.id, kind: 'chapter', title: article.title }, 'chapter', [articleHeadElement(article, book), ...blocks]);
  document.properties.id = article.id;
  return document;
}

function colophonDocument(book: Book, rows: readonly ColophonRow[]): Element {
  const title = labels[book.lang].colophon;
  return bookDocument({ id: 'colophon', kind: 'colophon', title }, 'colophon', [
    h('h1', { className: ['colophon-title'] }, title),
    ...(book.meta.notice ? [h('p', { className: ['colophon-notice'] }, [h('strong', book.meta.notice)])] : []),
    ...rows.map((row) =>
      h('div', { className: ['colophon-row'] }, [
        h('p', { className: ['colophon-label'] }, row.label),
        ...row.lines.map((text) => h('p', { className: ['colophon-value'] }, text)),
      ]),
    ),
  ]);
}

export function presentBook(book: Book, options: PresentOptions = {}): Root {
  const handlers: BlockHandlers = { ...blockHandlers, ...options.handlers };
  const documents: Element[] = [
    ...(options.frontMatter ?? []),
    titlePageDocument(book),
    contentsDocument(book),
    ...book.articles.map((article) => chapterDocument(article, book, handlers)),
  ];
  if (options.colophon) documents.push(colophonDocument(book, options.colophon));
  if (options.backMatter) documents.push(...options.backMatter);
  return { type: 'root', children: documents };
}

/** The documents of a presentation tree, in reading order. */
export function documentsOf(tree: Root): Array<Element & { data: { document: DocumentData } }> {
  return tree.children.filter(
    (child): child is Element & { data: { document: DocumentData } } => child.type === 'element' && child.data?.document !== undefined,
  );
}
