/**
 * The colophon (版权页): edition, date, editor and publisher, the articles'
 * sources, the fonts and their licence, the identifier. Facts about files
 * (faces, identifier) come from the writer; the wording is decided here.
 */
import { bookCharacters } from '../../book/size.js';
import type { Book } from '../../book/types.js';
import type { FaceFacts } from '../../fonts/face-facts.js';
import type { ColophonRow } from './present-book.js';
import { formatDate, formatVersion, formatWordCount, labels } from './words.js';

export type { FaceFacts } from '../../fonts/face-facts.js';

export interface ColophonFacts {
  layout: 'horizontal' | 'vertical';
  identifier: string;
  faces: readonly FaceFacts[];
}

/** Distinct values, in first-seen order. */
const distinct = (values: Iterable<string>): string[] => [...new Set(values)];

export function colophonRows(book: Book, facts: ColophonFacts): ColophonRow[] {
  const words = labels[book.lang];
  const { meta } = book;
  const rows: ColophonRow[] = [
    { label: words.edition, lines: [meta.title, words.editionName[facts.layout]] },
    { label: words.published, lines: [formatDate(meta.date), ...(meta.publisher ? [meta.publisher] : []), `${meta.editor}\u3000${words.editedBy}`] },
  ];
  const sources = distinct(book.articles.flatMap((article) => (article.source ? [article.source] : [])));
  if (sources.length > 0) rows.push({ label: words.sources, lines: [sources.join('、')] });
  rows.push({ label: words.fonts, lines: distinct(facts.faces.map((face) => face.family)) });
  const licences = distinct(facts.faces.flatMap((face) => (face.licence ? [face.licence] : [])));
  if (licences.length > 0) rows.push({ label: words.licence, lines: licences });
  rows.push({ label: words.identifier, lines: [facts.identifier] });
  return rows;
}

export interface ImprintFacts {
  identifier: string;
  faces: readonly FaceFacts[];
  /** The page size as the imprint names it (`A5（148 × 210 mm）`), or null for a size without a name. */
  pageSize: string | null;
}

/**
 * The print edition's imprint (版权页), as a typesetter sets one on the back
 * of the title page: title, editor, publisher, edition (script and standard),
 * size, length, 版次, sources, fonts and licence, identifier.
 */
export function imprintRows(book: Book, facts: ImprintFacts): ColophonRow[] {
  const words = labels[book.lang];
  const { meta } = book;
  const edition = meta.variant ? `${words.printEditionName}（${words.variantName[meta.variant]}）` : words.printEditionName;
  const rows: ColophonRow[] = [
    { label: words.bookTitle, lines: [meta.subtitle ? `${meta.title}——${meta.subtitle}` : meta.title] },
    { label: words.editor, lines: [meta.editor] },
  ];
  if (meta.publisher) rows.push({ label: words.publisher, lines: [meta.publisher] });
  rows.push({ label: words.edition, lines: [edition] });
  if (facts.pageSize) rows.push({ label: words.pageSize, lines: [facts.pageSize] });
  rows.push({ label: words.wordCount, lines: [formatWordCount(bookCharacters(book))] });
  rows.push({ label: words.version, lines: [formatVersion(meta.date, meta.version ?? 1)] });
  const sources = distinct(book.articles.flatMap((article) => (article.source ? [article.source] : [])));
  if (sources.length > 0) rows.push({ label: words.sources, lines: [sources.join('、')] });
  rows.push({ label: words.fonts, lines: [distinct(facts.faces.map((face) => face.family)).join('、')] });
  const licences = distinct(facts.faces.flatMap((face) => (face.licence ? [face.licence] : [])));
  if (licences.length > 0) rows.push({ label: words.licence, lines: licences });
  rows.push({ label: words.identifier, lines: [facts.identifier] });
  return rows;
}
