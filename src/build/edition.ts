/**
 * One edition, from the book tree to bytes: script conversion, then the PDF
 * and the EPUB. Runs in the main thread or in a worker (editions are
 * independent, so a two-core machine builds both scripts at once).
 */
import type { Book, Lang } from '../book/types.js';
import { convertBook, scriptOfLang, type ConversionWarning } from '../convert/to-script.js';
import { loadFontSet } from '../fonts/fonts.js';
import type { ManifestData } from '../manifest/manifest.js';
import { renderEpub } from '../render/epub/index.js';
import { renderPdf } from '../render/pdf/index.js';
import { loadTheme } from '../theme/theme.js';
import { UserError } from '../util/user-error.js';

export interface EditionRequest {
  book: Book;
  lang: Lang;
  slug: string;
  formats: ManifestData['formats'];
  conversion: ManifestData['conversion'];
  strict: boolean;
}

export interface EditionOutput {
  /** File name inside the output folder. */
  name: string;
  bytes: Uint8Array;
  pages?: number;
}

export interface EditionResult {
  lang: Lang;
  outputs: EditionOutput[];
  warnings: ConversionWarning[];
  /** A user-facing failure (a missing glyph…), as plain data so it crosses threads. */
  error?: { message: string; detail: string };
}

export function convertEdition(request: Pick<EditionRequest, 'book' | 'lang' | 'conversion'>): { book: Book; warnings: ConversionWarning[] } {
  return convertBook(request.book, request.lang, {
    variant: request.conversion.variant,
    dictionary: request.conversion.dictionary[request.lang] ?? {},
    keep: request.conversion.keep,
  });
}

export async function buildEdition(request: EditionRequest): Promise<EditionResult> {
  const { book, warnings } = convertEdition(request);
  const outputs: EditionOutput[] = [];
  try {
    const theme = loadTheme();
    const fonts = loadFontSet(scriptOfLang(request.lang));
    const base = `${request.slug}.${request.lang}`;
    if (request.formats.includes('pdf')) {
      const pdf = await renderPdf(book, { theme, fonts, strict: request.strict });
      outputs.push({ name: `${base}.pdf`, bytes: pdf.bytes, pages: pdf.pages });
    }
    if (request.formats.includes('epub')) {
      const epub = await renderEpub(book, { theme, fonts });
      outputs.push({ name: `${base}.epub`, bytes: epub.bytes });
    }
  } catch (error) {
    if (error instanceof UserError) return { lang: request.lang, outputs: [], warnings, error: { message: error.message, detail: error.detail } };
    throw error;
  }
  return { lang: request.lang, outputs, warnings };
}
