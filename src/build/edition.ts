/**
 * One edition, from the book tree to bytes: script conversion, then the
 * writer of each format asked for (`render/registry.ts`). Runs in the main thread or in a worker (editions are
 * independent, so a two-core machine builds both scripts at once).
 */
import type { AssembledBook, Book, Lang, Script } from '../book/types.js';
import { type ConversionWarning, convertBook, scriptOfLang } from '../convert/to-script.js';
import { type FontSet, fontManifestPath, loadFontSet } from '../fonts/fonts.js';
import type { ManifestData } from '../manifest/manifest.js';
import type { SiblingEdition } from '../render/present/identity.js';
import { loadWriter, makeEdition, type OutputFile, writeEdition } from '../render/registry.js';
import { detectScript } from '../structure/detect-script.js';
import { loadTheme } from '../theme/theme.js';
import { timedStage } from '../util/stage-timer.js';
import { UserError } from '../util/user-error.js';

export interface EditionRequest {
  /** The book as read from the sources (each article in its own script). */
  book: AssembledBook;
  lang: Lang;
  slug: string;
  formats: ManifestData['formats'];
  conversion: ManifestData['conversion'];
  strict: boolean;
  /** The book's own theme and font manifest (absolute paths), when its manifest names them. */
  themePath?: string;
  fontManifestPath?: string;
  /** Every edition of the book (this one too), so that each can name the others. */
  editions?: readonly Lang[];
  /**
   * The script of each metadata text, detected where the book was made: a
   * worker then need not load the script tables and legacy codecs for them.
   */
  metaScripts?: Readonly<Record<string, Script>>;
}

/** What an edition needs to know before its book exists. */
export type EditionPlan = Pick<EditionRequest, 'lang' | 'conversion' | 'formats' | 'fontManifestPath'>;

/** The faces of an edition: from the book's font manifest, else the one in use (`WENJI_FONTS` or the package's). */
export const editionFonts = (plan: Pick<EditionRequest, 'lang' | 'fontManifestPath'>): FontSet =>
  loadFontSet(scriptOfLang(plan.lang), plan.fontManifestPath ?? fontManifestPath());

/** A file of an edition, named inside the output folder. */
export type EditionOutput = OutputFile;

export interface EditionResult {
  lang: Lang;
  outputs: EditionOutput[];
  warnings: ConversionWarning[];
  /** A failure (a missing glyph, an unreadable face…), as plain data so it crosses threads. */
  error?: EditionFailure;
}

/** A thrown error as data: a UserError keeps its message, detail and exit code; anything else is internal and keeps its stack. */
export interface EditionFailure {
  message: string;
  detail: string;
  exitCode: 1 | 2;
  internal?: boolean;
  stack?: string;
}

export function failureOf(error: unknown): EditionFailure {
  if (error instanceof UserError) return { message: error.message, detail: error.detail, exitCode: error.exitCode };
  const thrown = error instanceof Error ? error : new Error(String(error));
  return { message: thrown.message, detail: '', exitCode: 2, internal: true, ...(thrown.stack ? { stack: thrown.stack } : {}) };
}

/** Raises a failure that came back as data, in the thread that reports it. */
export function raiseFailure(failure: EditionFailure): never {
  if (!failure.internal) throw new UserError(failure.message, failure.detail, failure.exitCode);
  const error = new Error(failure.message);
  if (failure.stack) error.stack = failure.stack;
  throw error;
}

/**
 * What the thread that made the book knows that spares another thread work:
 * speed only, never a change in the output, and kept apart from the request.
 */
export interface EditionHints {
  /** The script of each metadata text: a worker then need not load the script tables and legacy codecs for them. */
  metaScripts?: Readonly<Record<string, Script>>;
}

export function convertEdition(
  request: Pick<EditionRequest, 'book' | 'lang' | 'conversion'>,
  hints: EditionHints = {},
): { book: Book; warnings: ConversionWarning[] } {
  const metaScripts = hints.metaScripts;
  return convertBook(request.book, request.lang, {
    variant: request.conversion.variant,
    dictionary: request.conversion.dictionary[request.lang] ?? {},
    keep: request.conversion.keep,
    ...(metaScripts ? { scriptOf: (text: string) => metaScripts[text] } : {}),
  });
}

/** The script of each text of the book's metadata. */
export function metaScriptsOf(book: AssembledBook): Record<string, Script> {
  const { title, editor, subtitle, publisher, description, notice, keywords } = book.meta;
  const texts = [title, editor, subtitle, publisher, description, notice, ...keywords].filter((text): text is string => Boolean(text));
  return Object.fromEntries(texts.map((text) => [text, detectScript(text)]));
}

/**
 * Starts loading the writers of the formats asked for (once this thread is
 * free: a worker loads them while its book is being made); returns the
 * edition's faces.
 */
export function warmUpEdition(plan: EditionPlan): FontSet {
  const fonts = editionFonts(plan);
  for (const format of plan.formats)
    void loadWriter(format).catch(() => {
      // A writer that cannot load fails again, with its message, when the edition is made.
    });
  return fonts;
}

/**
 * Loads what an edition will need before its book arrives (a worker does this
 * while the main thread reads the sources): its faces with their character
 * maps. Its converter waits for the book, since it is built for the book's
 * characters.
 */
export function prepareEdition(plan: EditionPlan): void {
  const fonts = warmUpEdition(plan);
  void import('../fonts/coverage.js')
    .then(({ openFont }) => {
      for (const path of Object.values(fonts.faces)) openFont(path).hasGlyphForCodePoint(0x4e00);
    })
    .catch(() => {
      // An unreadable face fails again, with its message, when the edition is made.
    });
}

/** The book's other editions, with their titles converted to their scripts (the metadata only: quick). */
function siblingEditions(request: EditionRequest, hints: EditionHints): SiblingEdition[] {
  return (request.editions ?? [])
    .filter((lang) => lang !== request.lang)
    .map((lang) => {
      const { meta } = convertEdition({ ...request, book: { ...request.book, articles: [] }, lang }, hints).book;
      return { lang, title: meta.title, subtitle: meta.subtitle ?? null };
    });
}

/** An edition's files in the formats asked for; a user-facing failure comes back as data. */
async function renderEdition(book: Book, request: EditionRequest, hints: EditionHints): Promise<Pick<EditionResult, 'outputs' | 'error'>> {
  try {
    const edition = makeEdition({
      book,
      theme: loadTheme(request.themePath),
      fonts: editionFonts(request),
      strict: request.strict,
      baseName: `${request.slug}.${request.lang}`,
      siblings: siblingEditions(request, hints),
    });
    return { outputs: await writeEdition(edition, request.formats) };
  } catch (error) {
    return { outputs: [], error: failureOf(error) };
  }
}

export async function buildEdition(request: EditionRequest, hints: EditionHints = {}): Promise<EditionResult> {
  let converted: ReturnType<typeof convertEdition>;
  try {
    converted = timedStage(`convert ${request.lang}`, () => convertEdition(request, hints));
  } catch (error) {
    return { lang: request.lang, outputs: [], warnings: [], error: failureOf(error) };
  }
  return { lang: request.lang, warnings: converted.warnings, ...(await renderEdition(converted.book, request, hints)) };
}
