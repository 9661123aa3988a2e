/**
 * The EPUB 3 writer: Book → bytes of an `.epub`. Takes the book's
 * presentation tree (`present/`), adds the cover, colophon and font licence,
 * runs it through the EPUB's unified plugins (print page breaks, upright
 * numbers for the vertical edition, epub:type and roles, links between
 * files), derives the stylesheet from the theme, embeds subsets of the faces,
 * and hands the finished files to `packaging.ts` to zip.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { unified } from 'unified';
import type { Book } from '../../book/types.js';
import { faceWithChar, missingChars, openFont } from '../../fonts/coverage.js';
import { stopPlacement } from '../../fonts/face-metrics.js';
import { embeddedFontType } from '../../fonts/font-format.js';
import { type FontSet, fallbackFor } from '../../fonts/fonts.js';
import type { Theme } from '../../theme/theme.js';
import { UserError } from '../../util/user-error.js';
import { coverDescription, coverImage } from '../cover/cover.js';
import { colophonRows, type FaceFacts } from '../present/colophon.js';
import { editionIdentifier, type Layout, type SiblingEdition } from '../present/identity.js';
import rehypePageBreaks, { type PageBreakPlace } from '../present/page-breaks.js';
import { bookDocument, documentsOf, type PresentOptions, presentBook } from '../present/present-book.js';
import type { DocumentKind } from '../present/semantics.js';
import { labels } from '../present/words.js';
import rehypeEpubSemantics from './epub-semantics.js';
import { type FontLicence, faceFacts, fontLicence } from './font-licence.js';
import { boldTexts, hastTexts, subsetFace, usedCharacters } from './font-subset.js';
import { navBody } from './nav.js';
import { ncxDocument } from './ncx.js';
import { bookOutline } from './outline.js';
import { type ManifestItem, packageDocument } from './package-document.js';
import { type PreparedChapter, packageEpub } from './packaging.js';
import { documentFile, files } from './paths.js';
import rehypeResolveLinks from './resolve-links.js';
import { epubStylesheet, type WritingMode } from './stylesheet.js';
import rehypeUprightNumbers, { type UprightNumbersOptions } from './upright-numbers.js';
import { serializeXhtml, xhtmlTree } from './xhtml.js';

export interface RenderEpubOptions {
  theme: Theme;
  fonts: FontSet;
  /** Horizontal (the default), or the vertical edition, an artefact of its own. */
  layout?: Layout;
  /** The book's other editions, recorded in the package as alternates. */
  siblings?: readonly SiblingEdition[];
  /** Where the print edition of this script turns its pages: marked in the text and listed in a page list. */
  printPages?: readonly PageBreakPlace[];
}

/** Family name of the embedded body subsets: distinct from any installed face. */
export const bodyFontFamily = 'wenji-body';
/** Where an embedded font is stored: its name, with the extension of its kind (`.ttf`, or `.otf` for CFF outlines). */
const fontHref = (name: string, bytes: Uint8Array): string => `${files.fontFolder}/${name}.${embeddedFontType(bytes).extension}`;

interface ContentDocument {
  id: string;
  kind: DocumentKind;
  file: string;
  title: string;
  html: Element;
}

/** The licence as a document of its own, in the licence's language. */
function licenceDocument(licence: FontLicence): Element {
  const paragraphs = licence.text
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !/^-+$/.test(line))
        .join(' '),
    )
    .filter((paragraph) => paragraph.length > 0);
  const [heading, ...rest] = paragraphs;
  return bookDocument({ id: 'licence', kind: 'appendix', title: heading ?? 'SIL Open Font License', lang: 'en' }, 'licence', [
    h('h1', { className: ['licence-title'] }, heading ?? 'SIL Open Font License'),
    ...licence.notices.map((notice) => h('p', { className: ['licence-notice'] }, notice)),
    ...rest.map((paragraph) => h('p', paragraph)),
  ]);
}

/**
 * The cover page: the cover image alone. Its DPUB-ARIA role (`doc-cover`)
 * belongs on the image, so the semantic rides there, not on the page.
 */
function coverDocument(book: Book, href: string): Element {
  const image = h('img', { src: href, alt: coverDescription(book), className: ['cover-image'] });
  image.data = { semantic: 'cover' };
  const document = bookDocument({ id: 'cover', kind: 'cover', title: labels[book.lang].cover }, 'cover', [image]);
  document.data = { document: document.data!.document! };
  return document;
}

/** The presentation tree, in EPUB vocabulary, as one XHTML document per book document. */
function contentDocuments(
  book: Book,
  options: PresentOptions,
  printPages: readonly PageBreakPlace[],
  upright: UprightNumbersOptions | null,
): ContentDocument[] {
  const tree = presentBook(book, options);
  const processor = unified().use(rehypePageBreaks, printPages);
  if (upright) processor.use(rehypeUprightNumbers, upright);
  processor.use(rehypeEpubSemantics).use(rehypeResolveLinks, { fileOf: documentFile }).runSync(tree);
  return documentsOf(tree).map((element): ContentDocument => {
    const { id, kind, title, lang } = element.data.document;
    return { id, kind, file: documentFile(id), title, html: xhtmlTree({ lang: lang ?? book.lang, title, stylesheet: files.stylesheet, body: [element] }) };
  });
}

/** The page-break markers of the documents, in reading order, as page-list entries. */
function pageList(documents: readonly ContentDocument[]): Array<{ label: string; href: string }> {
  const entries: Array<{ label: string; href: string }> = [];
  const walk = (file: string, element: Element) => {
    if (element.properties.role === 'doc-pagebreak')
      entries.push({ label: String(element.properties.ariaLabel), href: `${file}#${String(element.properties.id)}` });
    for (const child of element.children) if (child.type === 'element') walk(file, child);
  };
  for (const document of documents) walk(document.file, document.html);
  return entries;
}

/**
 * Which fallback face sets each character the body face lacks; a character
 * no face has is an error listing them — never a blank box on the reader's
 * screen.
 */
function fallbackFaces(characters: string, fonts: FontSet): Map<string, string> {
  const byFace = new Map<string, string>();
  const nowhere: string[] = [];
  for (const char of missingChars(characters, fonts.faces.body)) {
    const face = faceWithChar(char, fallbackFor(fonts, 'body'));
    if (face === null) nowhere.push(char);
    else byFace.set(face, (byFace.get(face) ?? '') + char);
  }
  if (nowhere.length > 0) {
    const list = nowhere.map((char) => `${char} (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
    throw new UserError(
      `EPUB: no configured font has ${list}`,
      'add a face that has them to `fallback` in the font manifest (fonts/fonts.yaml, or the book’s own `fonts:`), or correct the text in the source’s .fixes.yaml',
    );
  }
  return byFace;
}

/** Characters drawn by some documents (titles in `<title>` included), and those set in bold. */
function drawnCharacters(trees: readonly Element[]): { all: string; bold: string } {
  return {
    all: usedCharacters([' ', ...trees.flatMap((html) => [...hastTexts(html)])]),
    bold: usedCharacters(trees.flatMap((html) => [...boldTexts(html)])),
  };
}

export async function renderEpub(book: Book, options: RenderEpubOptions): Promise<{ bytes: Uint8Array }> {
  const layout: Layout = options.layout ?? 'horizontal';
  const pageBreakSource = options.printPages?.length ? `${book.meta.title}（${labels[book.lang].printEditionName}）` : null;
  const writingMode: WritingMode = layout === 'vertical' ? 'vertical-rl' : 'horizontal-tb';
  const identifier = editionIdentifier(book.meta.identifier, book.lang, layout);
  const { fonts } = options;

  // The colophon names the faces the book is set in, so the faces are found from the text without it first.
  const printPages = options.printPages ?? [];
  const upright = layout === 'vertical' ? { longNumbers: options.theme.epub.vertical.longNumbers } : null;
  const textOnly = contentDocuments(book, {}, [], upright);
  const textFallbacks = fallbackFaces(drawnCharacters(textOnly.map((d) => d.html)).all, fonts);
  const facePaths = [fonts.faces.body, fonts.faces.bold, ...textFallbacks.keys()];
  const faces: FaceFacts[] = facePaths.map(faceFacts);
  const licence = fontLicence(facePaths);
  const cover = coverImage(book, fonts);
  const coverHref = `${files.imageFolder}/cover.${cover.extension}`;
  const documents = contentDocuments(
    book,
    {
      frontMatter: [coverDocument(book, coverHref)],
      colophon: colophonRows(book, { layout, identifier, faces }),
      ...(licence ? { backMatter: [licenceDocument(licence)] } : {}),
    },
    printPages,
    upright,
  );
  const outline = bookOutline(book, documents);
  const nav = xhtmlTree({
    lang: book.lang,
    title: labels[book.lang].contents,
    stylesheet: files.stylesheet,
    body: navBody(book, outline, documents, pageList(documents)),
  });

  const characters = drawnCharacters([...documents.map((d) => d.html), nav]);
  const byFace = fallbackFaces(characters.all, fonts);
  const [bodyBytes, boldBytes, ...fallbackBytes] = await Promise.all([
    subsetFace(fonts.faces.body, characters.all),
    characters.bold ? subsetFace(fonts.faces.bold, characters.bold) : undefined,
    ...[...byFace].map(([face, chars]) => subsetFace(face, chars)),
  ]);
  const fallbacks = fallbackBytes.map((bytes, i) => ({ id: `font-fallback-${i + 1}`, href: fontHref(`fallback-${i + 1}`, bytes!), bytes: bytes! }));
  const body = { id: 'font-body', href: fontHref('body', bodyBytes!), bytes: bodyBytes! };
  const bold = boldBytes ? { id: 'font-body-bold', href: fontHref('body-bold', boldBytes), bytes: boldBytes } : null;
  const fontFiles = [body, ...(bold ? [bold] : []), ...fallbacks];

  const items: ManifestItem[] = [
    { id: 'nav', href: files.nav, mediaType: 'application/xhtml+xml', properties: 'nav' },
    { id: 'ncx', href: files.ncx, mediaType: 'application/x-dtbncx+xml' },
    { id: 'css', href: files.stylesheet, mediaType: 'text/css' },
    { id: 'cover-image', href: coverHref, mediaType: cover.mediaType, properties: 'cover-image' },
    ...fontFiles.map((font) => ({ id: font.id, href: font.href, mediaType: embeddedFontType(font.bytes).mediaType })),
    ...documents.map((d) => ({ id: d.id, href: d.file, mediaType: 'application/xhtml+xml', inSpine: true })),
  ];
  const chapters: PreparedChapter[] = documents.map((d) => ({ title: d.title, filename: d.file, content: '', xhtml: serializeXhtml(d.html) }));

  const bytes = await packageEpub({
    title: book.meta.title,
    lang: book.lang,
    identifier,
    modified: book.meta.modified,
    stylesheet: epubStylesheet({
      theme: options.theme,
      lang: book.lang,
      writingMode,
      stopPlacement: stopPlacement(openFont(fonts.faces.body)),
      bodyFont: {
        family: bodyFontFamily,
        href: body.href,
        ...(bold ? { boldHref: bold.href } : {}),
        fallbackHrefs: fallbacks.map((font) => font.href),
      },
    }),
    packageDocument: packageDocument(book, {
      items,
      rtl: writingMode === 'vertical-rl',
      ncxId: 'ncx',
      identifier,
      accessibility: { cover: true, pageBreakSource },
      coverImageId: 'cover-image',
      siblings: (options.siblings ?? []).map((sibling) => ({ ...sibling, identifier: editionIdentifier(book.meta.identifier, sibling.lang, 'horizontal') })),
      // The vertical edition is also a version of the horizontal one in its own script.
      ...(layout === 'vertical' ? { related: [editionIdentifier(book.meta.identifier, book.lang, 'horizontal')] } : {}),
    }),
    ncx: ncxDocument(book, outline, identifier),
    nav: serializeXhtml(nav),
    chapters,
    resources: [{ href: coverHref, bytes: cover.bytes }, ...fontFiles.map(({ href, bytes }) => ({ href, bytes }))],
  });
  return { bytes };
}
