/**
 * The whole pipeline for one manifest, top to bottom: read and clean the
 * sources, build the book, then the editions (script conversion, PDF, EPUB)
 * and the cleaning report. Returns bytes; the command line writes them.
 */
import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import type { VFile } from 'vfile';
import { isLargeBook } from '../book/size.js';
import type { AssembledBook, Book, Lang } from '../book/types.js';
import type { ConversionWarning } from '../convert/to-script.js';
import { editionInstant, type Manifest, sourcePath } from '../manifest/manifest.js';
import type { Source } from '../pipeline/source.js';
import { auditHtml } from '../report/audit-html.js';
import { cleanJson } from '../report/clean-json.js';
import { loadTheme } from '../theme/theme.js';
import { jsonChunks } from '../util/json-chunks.js';
import { countMessages, failureOf } from '../util/severity.js';
import { timedStage } from '../util/stage-timer.js';
import { UserError } from '../util/user-error.js';
import { convertEdition, type EditionOutput, type EditionRequest, editionFonts, metaScriptsOf, raiseFailure } from './edition.js';
import { readBook } from './read-book.js';
import { type Editions, startEditions } from './run-editions.js';

export type { EditionOutput };

/** A file of the build: bytes, or text in pieces (a large report is never one string). */
export interface BuildOutput {
  name: string;
  bytes: Uint8Array | { chunks(): Iterable<string> };
  pages?: number;
}

/** An output's bytes in one buffer (for tests and small outputs). */
export const outputBytes = (output: BuildOutput): Buffer =>
  output.bytes instanceof Uint8Array ? Buffer.from(output.bytes) : Buffer.from([...output.bytes.chunks()].join(''));

export interface BuildResult {
  files: VFile[];
  /** The book as read from the sources, before conversion. */
  book: AssembledBook;
  outputs: BuildOutput[];
  /** Why nothing may be written, or null. */
  failed: string | null;
  summary: { articles: number; warnings: number; errors: number };
}

export interface BuildOptions {
  strict: boolean;
  /** Build the editions in worker threads when possible (default true). */
  parallel?: boolean;
  progress?: (text: string) => void;
}

/** Conversion doubts become warnings on the source files they point into. */
function reportWarnings(warnings: readonly ConversionWarning[], files: readonly VFile[]): void {
  for (const warning of warnings) {
    const file = files.find((candidate) => candidate.path === warning.file);
    file?.message(warning.reason, {
      ruleId: 'ambiguous-conversion',
      source: 'wenji',
      ...(warning.line ? { place: { line: warning.line, column: 1 } } : {}),
    });
  }
}

/** Places of a character named in a failure, at most this many per source. */
const placesPerCharacter = 5;

/**
 * A character no face has, named by a writer's failure as `X (U+XXXX)`, becomes
 * an error at each of its first places in the raw files, so that it shows as
 * `file:line:column` like any damage.
 */
function reportMissingGlyphs(failure: string, sources: readonly Source[]): void {
  const chars = [...new Set([...failure.matchAll(/\(U\+([0-9A-F]{4,6})\)/g)].map((match) => String.fromCodePoint(Number.parseInt(match[1]!, 16))))];
  for (const char of chars) {
    const name = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    for (const source of sources) {
      let found = 0;
      for (const node of source.tree.children) {
        const column = node.raw.indexOf(char);
        if (column < 0) continue;
        const message = source.file.message(
          `Unexpected character \`${char}\` (${name}) that no font has, expected a character the faces cover (add a fallback face, or a correction)`,
          {
            ruleId: 'missing-glyph',
            source: 'wenji',
            place: { line: node.line, column: column + 1 },
          },
        );
        message.fatal = true;
        if (++found === placesPerCharacter) break;
      }
    }
  }
}

/** The book in one edition's script, with conversion doubts reported on the source files. */
export function editionBook(book: AssembledBook, lang: Lang, manifest: Manifest, files: readonly VFile[]): Book {
  const converted = convertEdition({ book, lang, conversion: manifest.conversion });
  reportWarnings(converted.warnings, files);
  return converted.book;
}

/**
 * A large book allocates fast while its live data stays small, and V8's
 * default heap growth then lets garbage pile up to several times the live
 * size (2.5 GB for 1,000 articles). Slower growth costs a few per cent of time
 * there and would only slow a small book, so it is set for large ones.
 */
function favourMemory(book: AssembledBook): void {
  if (isLargeBook(book)) setFlagsFromString('--heap-growing-percent=50');
}

/**
 * The most raw text one build takes, in all sources together. Memory grows
 * with the text (two editions in two formats held at once, and the report):
 * on the reference machine a 1 MB source peaked at 0.42 GB, 10 MB at 1.6 GB
 * and 16 MB (this bound) at 2.4 GB.
 */
export const maxBookBytes = 16 * 1024 * 1024;

function checkBookSize(manifest: Manifest): void {
  let total = 0;
  for (const { file } of manifest.sources) {
    try {
      total += statSync(sourcePath(manifest, { file })).size;
    } catch {
      // A missing file is reported where it is read, with its path.
    }
  }
  if (total > maxBookBytes) {
    throw new UserError(
      `${manifest.path}: the sources hold ${(total / 1024 / 1024).toFixed(1)} MB of raw text, more than one book can take (${maxBookBytes / 1024 / 1024} MB)`,
      'split the book into volumes, one manifest each (memory grows with the text: about 1.6 GB for 10 MB)',
      2,
    );
  }
}

/** The cleaning report, as JSON and as the audit page. */
function reports(sources: readonly Source[], manifest: Manifest): BuildOutput[] {
  // Paths in the report are relative to the manifest's folder, so the same book gives the same report
  // wherever it is built from.
  const report = cleanJson(sources);
  for (const file of report.files) file.path = relative(manifest.root, resolve(file.path)).split(sep).join('/');
  return [
    {
      name: 'report.json',
      bytes: {
        *chunks() {
          yield* jsonChunks(report);
          yield '\n';
        },
      },
    },
    { name: 'report.html', bytes: Buffer.from(auditHtml(report.files, manifest.title)) },
  ];
}

/** The book's own theme and font manifest, as an edition request carries them. */
function typesettingOf(manifest: Manifest): Pick<EditionRequest, 'themePath' | 'fontManifestPath'> {
  return {
    ...(manifest.themePath ? { themePath: manifest.themePath } : {}),
    ...(manifest.fontManifestPath ? { fontManifestPath: manifest.fontManifestPath } : {}),
  };
}

export async function buildEditions(manifest: Manifest, options: BuildOptions): Promise<BuildResult> {
  checkBookSize(manifest);
  // The theme and every edition's faces are found and checked before any work starts: a missing face is named at once.
  loadTheme(manifest.themePath);
  const typesetting = typesettingOf(manifest);
  for (const lang of manifest.editions) editionFonts({ lang, ...typesetting });
  editionInstant(manifest);
  const editions = startEditions(
    manifest.editions.map((lang) => ({ lang, conversion: manifest.conversion, formats: manifest.formats, ...typesetting })),
    { parallel: options.parallel ?? true },
  );
  try {
    return await build(manifest, options, editions);
  } catch (error) {
    await editions.cancel();
    throw error;
  }
}

async function build(manifest: Manifest, options: BuildOptions, editions: Editions): Promise<BuildResult> {
  const progress = options.progress ?? (() => {});
  progress('reading and cleaning sources');
  const { sources, files, book } = timedStage('read+clean+structure', () => readBook(manifest));
  favourMemory(book);
  const summary = () => ({ articles: book.articles.length, ...countMessages(files) });
  const failure = (): string | null => failureOf(countMessages(files), options.strict);
  const early = failure();
  if (early) {
    await editions.cancel();
    return { files, book, outputs: [], failed: early, summary: summary() };
  }

  progress(`converting and typesetting ${manifest.editions.join(', ')}`);
  const metaScripts = metaScriptsOf(book);
  const typesetting = typesettingOf(manifest);
  const results = await editions.run(
    manifest.editions.map((lang) => ({
      book,
      lang,
      slug: manifest.slug,
      formats: manifest.formats,
      conversion: manifest.conversion,
      strict: options.strict,
      editions: manifest.editions,
      ...typesetting,
    })),
    { metaScripts },
  );
  for (const result of results) reportWarnings(result.warnings, files);
  const broken = results.find((result) => result.error);
  if (broken?.error) {
    // A problem in the sources (a character no face has) fails the build like any source error; a
    // face that cannot be read, or a bug, stops it as such.
    if (broken.error.exitCode === 1 && !broken.error.internal) {
      reportMissingGlyphs(`${broken.error.message}\n${broken.error.detail}`, sources);
      return { files, book, outputs: [], failed: `${broken.error.message}: ${broken.error.detail}`, summary: summary() };
    }
    raiseFailure(broken.error);
  }
  const late = failure();
  if (late) return { files, book, outputs: [], failed: late, summary: summary() };

  const outputs: BuildOutput[] = [...results.flatMap((result) => result.outputs), ...timedStage('reports (json+html)', () => reports(sources, manifest))];
  return { files, book, outputs, failed: null, summary: summary() };
}
