/**
 * The book tree, by stage: the structure stage finds each source's articles
 * (`SourceArticle`), the pipeline assembles them into one book in mixed
 * scripts (`AssembledBook`), and script conversion makes each edition's
 * `Book`, which every writer consumes. Nodes follow unist conventions
 * (`type`, optional `position` pointing into the raw source file), so unist
 * utilities and vfile messages can point back at the raw text.
 */
import type { Position } from 'unist';

/** Script of a text or an edition, as a BCP 47 script subtag. */
export type Script = 'Hans' | 'Hant';
/** Language tag of an edition. */
export type Lang = 'zh-Hans' | 'zh-Hant';

/**
 * Level of a heading inside an article (the article title is level 1): 2 for
 * the first numbering style the article uses (`一、`), 3 for the next
 * (`（一）`), 4 for any further one (`1.`).
 */
export type HeadingLevel = 2 | 3 | 4;

interface BlockBase {
  type: 'block';
  /** The block's text (after the lead, if any). */
  text: string;
  /** Where the block came from in the raw file. */
  position?: Position;
}

export interface HeadingBlock extends BlockBase {
  kind: 'heading';
  level: HeadingLevel;
  lead?: never;
}

/** A paragraph, or a numbered item (its number is the lead). */
export interface ParagraphBlock extends BlockBase {
  kind: 'paragraph' | 'item';
  /**
   * Run-in lead at the start of a paragraph or item, set in bold
   * (`一是…。`, `首先，`, `（一）一切为了群众。`). `text` does NOT repeat it:
   * the block reads `lead + text`.
   */
  lead?: string;
  level?: never;
}

/** The salutation opening a speech or letter, or a line of the closing signature. */
export interface LineBlock extends BlockBase {
  kind: 'salutation' | 'signature';
  lead?: never;
  level?: never;
}

/** One block of an article body; only headings have a level, only paragraphs and items a lead. */
export type Block = HeadingBlock | ParagraphBlock | LineBlock;
export type BlockKind = Block['kind'];

/** An article as the structure stage finds it in one source; the book gives it its id. */
export interface SourceArticle {
  type: 'article';
  title: string;
  subtitle: string | null;
  author: string | null;
  role: string | null;
  /** ISO date `YYYY-MM-DD` (or `YYYY-MM` / `YYYY`) when known. */
  date: string | null;
  /** Source or publisher named by the page (`来源`), or the site column. */
  source: string | null;
  /** Script the article's text is written in (detected). */
  script: Script;
  /** Path of the raw file, relative to the project (e.g. `sources/x.txt`). */
  file: string;
  blocks: Block[];
  position?: Position;
}

/** An article of the book. */
export interface Article extends SourceArticle {
  /** Stable id, unique in the book: `a01`, `a02`, … */
  id: string;
}

export interface BookMeta {
  title: string;
  subtitle?: string;
  editor: string;
  publisher?: string;
  description?: string;
  /** A circulation line (内部学习资料) for the imprint, the back cover and the colophon. */
  notice?: string;
  /** The edition's number (版次; unset: the first). */
  version?: number;
  /** The Traditional standard the edition's text was converted to (`tw`, `twp`, `hk`, `t`); unset for Simplified. */
  variant?: 'tw' | 'twp' | 'hk' | 't';
  /** Whether the print edition ends with a back cover (unset: as the theme says). */
  backCover?: boolean;
  slug: string;
  /** Stable identifier, e.g. `urn:uuid:…` derived from the manifest. */
  identifier: string;
  /** ISO date of publication (`YYYY-MM-DD`). */
  date: string;
  /** Instant used for "modified"/creation timestamps (deterministic). */
  modified: Date;
  keywords: string[];
  /** Absolute path of the user's own cover image (PNG or JPEG), when the manifest names one. */
  cover?: string;
}

/**
 * The book as the sources give it: the articles of every source in manifest
 * order, each in the script it was written in (a book may mix them). Script
 * conversion makes an edition of it.
 */
export interface AssembledBook {
  type: 'book';
  meta: BookMeta;
  articles: Article[];
}

/** One edition's book, what the writers take: every text in the edition's script. */
export interface Book extends AssembledBook {
  /** Language of this edition's text. */
  lang: Lang;
}
