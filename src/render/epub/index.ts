/**
 * The EPUB 3 writer: Book → bytes of an `.epub`. Builds every content document
 * as hast, derives the stylesheet from the theme, embeds a subset of the body
 * font, and hands the finished files to `packaging.ts` to zip.
 */
import type { Element } from 'hast';
import type { Book } from '../../book/types.js';
import type { FontSet } from '../../fonts/fonts.js';
import type { Theme } from '../../theme/theme.js';
import { faceWithChar, missingChars } from '../../fonts/coverage.js';
import { UserError } from '../../util/user-error.js';
import { boldTexts, hastTexts, subsetTrueType, usedCharacters } from './font-subset.js';
import { unified } from 'unified';
import { documentsOf, presentBook } from '../present/present-book.js';
import { labels } from '../present/words.js';
import rehypeEpubSemantics from './epub-semantics.js';
import rehypeResolveLinks from './resolve-links.js';
import { navBody } from './nav.js';
import { ncxDocument } from './ncx.js';
import { bookOutline } from './outline.js';
import { type ManifestItem, packageDocument } from './package-document.js';
import { packageEpub, type PreparedChapter } from './packaging.js';
import { documentFile, files } from './paths.js';
import { epubStylesheet, type WritingMode } from './stylesheet.js';
import { serializeXhtml, xhtmlTree } from './xhtml.js';

export interface RenderEpubOptions {
  theme: Theme;
  fonts: FontSet;
}

/** Family name of the embedded body subsets: distinct from any installed face. */
export const bodyFontFamily = 'wenji-body';
export const bodyFontHref = `${files.fontFolder}/body.ttf`;
export const boldFontHref = `${files.fontFolder}/body-bold.ttf`;

interface ContentDocument {
  id: string;
  file: string;
  title: string;
  html: Element;
}

/** The presentation tree, in EPUB vocabulary, as one XHTML document per book document, and the nav. */
function contentDocuments(book: Book): { documents: ContentDocument[]; nav: Element } {
  const tree = presentBook(book);
  unified().use(rehypeEpubSemantics).use(rehypeResolveLinks, { fileOf: documentFile }).runSync(tree);
  const page = (title: string, body: Element[], bodyClass?: string): Element =>
    xhtmlTree({ lang: book.lang, title, stylesheet: files.stylesheet, body, ...(bodyClass ? { bodyClass } : {}) });
  const documents = documentsOf(tree).map((element): ContentDocument => {
    const { id, title } = element.data.document;
    return { id, file: documentFile(id), title, html: page(title, [element]) };
  });
  const nav = page(labels[book.lang].contents, navBody(book, bookOutline(book)));
  return { documents, nav };
}

/**
 * Characters the body face lacks go to the manifest's fallback faces, each
 * embedded as a subset of just those characters; a character no face has is
 * an error listing them — never a blank box on the reader's screen.
 */
async function fallbackSubsets(characters: string, fonts: FontSet): Promise<Array<{ id: string; href: string; bytes: Uint8Array }>> {
  const byFace = new Map<string, string>();
  const nowhere: string[] = [];
  for (const char of missingChars(characters, fonts.faces.body)) {
    const face = faceWithChar(char, fonts.fallback);
    if (face === null) nowhere.push(char);
    else byFace.set(face, (byFace.get(face) ?? '') + char);
  }
  if (nowhere.length > 0) {
    const list = nowhere.map((char) => `${char} (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
    throw new UserError(`EPUB: no configured font has ${list}`, 'add a face that has them to fonts/fonts.yaml (fallback), or correct the text in the source’s .fixes.yaml');
  }
  return Promise.all(
    [...byFace].map(async ([face, chars], i) => ({
      id: `font-fallback-${i + 1}`,
      href: `${files.fontFolder}/fallback-${i + 1}.ttf`,
      bytes: await subsetTrueType(face, chars),
    })),
  );
}

export async function renderEpub(book: Book, options: RenderEpubOptions): Promise<{ bytes: Uint8Array }> {
  const writingMode: WritingMode = options.theme.epub.writingMode[book.lang];
  const { documents, nav } = contentDocuments(book);

  // Every character any document draws (titles in <title> included) must be in the subset.
  const trees = [...documents.map((d) => d.html), nav];
  const characters = usedCharacters(trees.flatMap((html) => [...hastTexts(html)]));
  const boldCharacters = usedCharacters(trees.flatMap((html) => [...boldTexts(html)]));
  const [bodyBytes, boldBytes] = await Promise.all([
    subsetTrueType(options.fonts.faces.body, characters),
    boldCharacters ? subsetTrueType(options.fonts.faces.bold, boldCharacters) : undefined,
  ]);
  const fallbacks = await fallbackSubsets(characters, options.fonts);
  const fonts = [
    { id: 'font-body', href: bodyFontHref, bytes: bodyBytes },
    ...(boldBytes ? [{ id: 'font-body-bold', href: boldFontHref, bytes: boldBytes }] : []),
    ...fallbacks,
  ];

  const items: ManifestItem[] = [
    { id: 'nav', href: files.nav, mediaType: 'application/xhtml+xml', properties: 'nav' },
    { id: 'ncx', href: files.ncx, mediaType: 'application/x-dtbncx+xml' },
    { id: 'css', href: files.stylesheet, mediaType: 'text/css' },
    ...fonts.map((font) => ({ id: font.id, href: font.href, mediaType: 'font/ttf' })),
    ...documents.map((d) => ({ id: d.id, href: d.file, mediaType: 'application/xhtml+xml', inSpine: true })),
  ];
  const outline = bookOutline(book);
  const chapters: PreparedChapter[] = documents.map((d) => ({
    title: d.title,
    filename: d.file,
    content: '',
    xhtml: serializeXhtml(d.html),
  }));

  const bytes = await packageEpub({
    title: book.meta.title,
    lang: book.lang,
    identifier: book.meta.identifier,
    modified: book.meta.modified,
    stylesheet: epubStylesheet({
      theme: options.theme,
      lang: book.lang,
      writingMode,
      bodyFont: {
        family: bodyFontFamily,
        href: bodyFontHref,
        ...(boldBytes ? { boldHref: boldFontHref } : {}),
        fallbackHrefs: fallbacks.map((font) => font.href),
      },
    }),
    packageDocument: packageDocument(book, { items, rtl: writingMode === 'vertical-rl', ncxId: 'ncx' }),
    ncx: ncxDocument(book, outline),
    nav: serializeXhtml(nav),
    chapters,
    resources: fonts.map(({ href, bytes }) => ({ href, bytes })),
  });
  return { bytes };
}
