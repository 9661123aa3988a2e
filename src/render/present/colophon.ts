/**
 * The colophon (版权页): edition, date, editor and publisher, the articles'
 * sources, the fonts and their licence, the identifier. Facts about files
 * (faces, identifier) come from the writer; the wording is decided here.
 */
import type { Book } from '../../book/types.js';
import type { ColophonRow } from './present-book.js';
import { formatDate, labels } from './words.js';

export interface FaceFacts {
  /** Family name from the face's name table (`Noto Serif SC`). */
  family: string;
  /** Short licence name (`SIL Open Font License 1.1`), or null when the face names none. */
  licence: string | null;
}

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
