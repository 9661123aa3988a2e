/**
 * What a presentation-tree element is in the book, kept on the element's
 * `data` (never serialised). Each writer maps it to its own vocabulary: the
 * EPUB to `epub:type` and DPUB-ARIA roles, a print writer to structure tags.
 */
export type DocumentKind = 'cover' | 'titlepage' | 'toc' | 'chapter' | 'colophon' | 'appendix';

export type Semantic = DocumentKind | 'subtitle' | 'pagebreak';

export interface DocumentData {
  /** Unique in the book; an EPUB writer names the document's file after it. */
  id: string;
  kind: DocumentKind;
  /** The document's title (`<title>`, nav label). */
  title: string;
  /** The document's language when not the edition's (a licence in English). */
  lang?: 'en';
}

/**
 * A place in the book every writer can name: the title page, the contents
 * (its heading, or entry n), an article's head, or block n of an article.
 */
export type BookPlace = { part: 'title' } | { part: 'contents'; entry: number | null } | { part: 'article'; article: number; block: number | null };

declare module 'hast' {
  interface ElementData {
    semantic?: Semantic;
    /** On the element that holds a whole document (a child of the tree's root). */
    document?: DocumentData;
    /** On the element of an article block or a contents entry: its index. */
    block?: number;
    entry?: number;
  }
}
