/**
 * The package document (`content.opf`): metadata from `book.meta`, the
 * manifest and the spine. Built here rather than by epub-gen-memory's template,
 * which hard-codes `xml:lang="en"`, a random identifier, the current time and
 * a copyright line.
 */
import type { Book } from '../../book/types.js';
import type { SiblingEdition } from '../present/identity.js';
import { type AccessibilityFacts, accessibilityMetadata } from './accessibility.js';
import { serializeXml, x } from './xml.js';

export interface ManifestItem {
  id: string;
  href: string;
  mediaType: string;
  properties?: string;
  /** Read in the spine, in manifest order. */
  inSpine?: boolean;
}

export interface PackageOptions {
  /** Manifest items; those with `inSpine` are read in this order. */
  items: ManifestItem[];
  /** Right-to-left page progression, for vertical writing. */
  rtl: boolean;
  ncxId: string;
  /** This edition's own identifier. */
  identifier: string;
  /** The book's other editions: their titles are recorded as alternate-script titles, their identifiers as relations. */
  siblings: ReadonlyArray<SiblingEdition & { identifier: string }>;
  /** Identifiers of further editions this one is a version of (the horizontal one, for the vertical). */
  related?: readonly string[];
  /** Manifest id of the cover image, also named the EPUB 2 way for older readers. */
  coverImageId?: string;
  /** What the accessibility metadata may claim. */
  accessibility: Omit<AccessibilityFacts, 'lang'>;
}

/** `dcterms:modified` must be `CCYY-MM-DDThh:mm:ssZ`: no milliseconds. */
export function modifiedStamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function packageDocument(book: Book, options: PackageOptions): string {
  const { meta } = book;
  const metadata = x(
    'metadata',
    { 'xmlns:dc': 'http://purl.org/dc/elements/1.1/' },
    x('dc:identifier', { id: 'pub-id' }, options.identifier),
    x('dc:title', { id: 'title' }, meta.title),
    x('meta', { refines: '#title', property: 'title-type' }, 'main'),
    options.siblings.map((sibling) => x('meta', { refines: '#title', property: 'alternate-script', 'xml:lang': sibling.lang }, sibling.title)),
    meta.subtitle && [
      x('dc:title', { id: 'subtitle' }, meta.subtitle),
      x('meta', { refines: '#subtitle', property: 'title-type' }, 'subtitle'),
      ...options.siblings.map(
        (sibling) => sibling.subtitle && x('meta', { refines: '#subtitle', property: 'alternate-script', 'xml:lang': sibling.lang }, sibling.subtitle),
      ),
    ],
    x('dc:language', {}, book.lang),
    // The same book in the other script: its own edition, with its own identifier.
    options.siblings.map((sibling) => x('dc:relation', {}, sibling.identifier)),
    (options.related ?? []).map((identifier) => x('dc:relation', {}, identifier)),
    x('dc:creator', { id: 'editor' }, meta.editor),
    x('meta', { refines: '#editor', property: 'role', scheme: 'marc:relators' }, 'edt'),
    meta.publisher && x('dc:publisher', {}, meta.publisher),
    meta.description && x('dc:description', {}, meta.description),
    meta.keywords.map((keyword) => x('dc:subject', {}, keyword)),
    x('dc:date', {}, meta.date),
    // The print edition the page-break markers follow (EPUB 3.2: a dc:source that is the source of the pagination).
    options.accessibility.pageBreakSource && [
      x('dc:source', { id: 'print-source' }, options.accessibility.pageBreakSource),
      x('meta', { refines: '#print-source', property: 'source-of' }, 'pagination'),
    ],
    x('meta', { property: 'dcterms:modified' }, modifiedStamp(meta.modified)),
    // EPUB 2 readers (and Kindle conversions) find the cover this way; EPUB 3 ones by `cover-image`.
    options.coverImageId && x('meta', { name: 'cover', content: options.coverImageId }),
    // Kindle and calibre read the writing mode from here (a vertical book otherwise converts as horizontal-rl).
    options.rtl && x('meta', { name: 'primary-writing-mode', content: 'vertical-rl' }),
    // Apple Books otherwise ignores embedded fonts (see also META-INF display options).
    x('meta', { property: 'ibooks:specified-fonts' }, 'true'),
    accessibilityMetadata({ lang: book.lang, ...options.accessibility }),
  );
  const manifest = x(
    'manifest',
    {},
    options.items.map((item) => x('item', { id: item.id, href: item.href, 'media-type': item.mediaType, properties: item.properties })),
  );
  const spine = x(
    'spine',
    { toc: options.ncxId, 'page-progression-direction': options.rtl ? 'rtl' : 'ltr' },
    options.items.filter((item) => item.inSpine).map((item) => x('itemref', { idref: item.id })),
  );
  return serializeXml(
    x(
      'package',
      {
        xmlns: 'http://www.idpf.org/2007/opf',
        version: '3.0',
        'unique-identifier': 'pub-id',
        'xml:lang': book.lang,
        prefix: 'ibooks: http://vocabulary.itunes.apple.com/rdf/ibooks/vocabulary-extensions-1.0/',
      },
      metadata,
      manifest,
      spine,
    ),
  );
}
