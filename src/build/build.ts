/**
 * The whole pipeline for one manifest, top to bottom: read and clean the
 * sources, build the book, then each edition (script conversion, PDF, EPUB)
 * plus the cleaning report. Returns bytes; the command line writes them.
 */
import type { VFile } from 'vfile';
import { assembleBook } from '../book/assemble.js';
import type { Book, Lang } from '../book/types.js';
import { convertBook, scriptOfLang } from '../convert/to-script.js';
import { loadFontSet } from '../fonts/fonts.js';
import { bookMeta, sourcePath, type Manifest } from '../manifest/manifest.js';
import { processSources } from '../pipeline/front.js';
import { renderEpub } from '../render/epub/index.js';
import { renderPdf } from '../render/pdf/index.js';
import { auditHtml } from '../report/audit-html.js';
import { cleanJson } from '../report/clean-json.js';
import { loadTheme } from '../theme/theme.js';

export interface EditionOutput {
  /** File name inside the output folder. */
  name: string;
  bytes: Uint8Array;
  pages?: number;
}

export interface BuildResult {
  files: VFile[];
  outputs: EditionOutput[];
  /** Why nothing may be written, or null. */
  failed: string | null;
  summary: { articles: number; warnings: number; errors: number };
}

export interface BuildOptions {
  strict: boolean;
  progress?: (text: string) => void;
}

function countMessages(files: readonly VFile[]): { warnings: number; errors: number } {
  const messages = files.flatMap((file) => file.messages);
  return {
    errors: messages.filter((message) => message.fatal === true).length,
    warnings: messages.filter((message) => message.fatal === false).length,
  };
}

/** The book in one edition's script, with conversion doubts reported on the source files. */
export function editionBook(book: Book, lang: Lang, manifest: Manifest, files: readonly VFile[]): Book {
  const { book: converted, warnings } = convertBook(book, lang, {
    variant: manifest.conversion.variant,
    dictionary: manifest.conversion.dictionary[lang] ?? {},
    keep: manifest.conversion.keep,
  });
  for (const warning of warnings) {
    const file = files.find((candidate) => candidate.path === warning.file);
    file?.message(warning.reason, {
      ruleId: 'ambiguous-conversion',
      source: 'wenji',
      ...(warning.line ? { place: { line: warning.line, column: 1 } } : {}),
    });
  }
  return converted;
}

export async function buildEditions(manifest: Manifest, options: BuildOptions): Promise<BuildResult> {
  const progress = options.progress ?? (() => {});
  progress('reading and cleaning sources');
  const sources = processSources(
    manifest.sources.map(({ file, ...overrides }) => ({ ...overrides, path: sourcePath(manifest, { file }) })),
  );
  const files = sources.map((source) => source.file);
  const book = assembleBook(bookMeta(manifest), sources, manifest.editions[0]!);
  const fail = (): string | null => {
    const { errors, warnings } = countMessages(files);
    if (errors > 0) return `${errors} error(s) in the sources`;
    if (options.strict && warnings > 0) return `${warnings} warning(s) with --strict`;
    return null;
  };
  const summary = () => ({ articles: book.articles.length, ...countMessages(files) });
  const early = fail();
  if (early) return { files, outputs: [], failed: early, summary: summary() };

  progress('converting scripts');
  const editions = manifest.editions.map((lang) => ({ lang, book: editionBook(book, lang, manifest, files) }));
  const converted = fail();
  if (converted) return { files, outputs: [], failed: converted, summary: summary() };

  const theme = loadTheme();
  const outputs: EditionOutput[] = [];
  for (const edition of editions) {
    const fonts = loadFontSet(scriptOfLang(edition.lang));
    const base = `${manifest.slug}.${edition.lang}`;
    if (manifest.formats.includes('pdf')) {
      progress(`typesetting ${base}.pdf`);
      const pdf = await renderPdf(edition.book, { theme, fonts, strict: options.strict });
      outputs.push({ name: `${base}.pdf`, bytes: pdf.bytes, pages: pdf.pages });
    }
    if (manifest.formats.includes('epub')) {
      progress(`packaging ${base}.epub`);
      const epub = await renderEpub(edition.book, { theme, fonts });
      outputs.push({ name: `${base}.epub`, bytes: epub.bytes });
    }
  }
  const report = cleanJson(sources);
  outputs.push(
    { name: 'report.json', bytes: Buffer.from(JSON.stringify(report, null, 2) + '\n') },
    { name: 'report.html', bytes: Buffer.from(auditHtml(report.files, manifest.title)) },
  );
  return { files, outputs, failed: null, summary: summary() };
}
