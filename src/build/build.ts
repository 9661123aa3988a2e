/**
 * The whole pipeline for one manifest, top to bottom: read and clean the
 * sources, build the book, then each edition (script conversion, PDF, EPUB)
 * plus the cleaning report. Returns bytes; the command line writes them.
 */
import type { VFile } from 'vfile';
import { assembleBook } from '../book/assemble.js';
import { bookMeta, sourcePath, type Manifest } from '../manifest/manifest.js';
import { processSources } from '../pipeline/front.js';
import { auditHtml } from '../report/audit-html.js';
import { cleanJson } from '../report/clean-json.js';

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

export async function buildEditions(
  manifest: Manifest,
  options: { strict: boolean; progress?: (text: string) => void },
): Promise<BuildResult> {
  const progress = options.progress ?? (() => {});
  progress('reading and cleaning sources');
  const sources = processSources(
    manifest.sources.map(({ file, ...overrides }) => ({ ...overrides, path: sourcePath(manifest, { file }) })),
  );
  const files = sources.map((source) => source.file);
  const messages = files.flatMap((file) => file.messages);
  const errors = messages.filter((message) => message.fatal === true).length;
  const warnings = messages.filter((message) => message.fatal === false).length;
  const meta = bookMeta(manifest);
  const book = assembleBook(meta, sources, manifest.editions[0]!);
  const summary = { articles: book.articles.length, warnings, errors };
  if (errors > 0 || (options.strict && warnings > 0)) {
    const reason = errors > 0 ? `${errors} error(s) in the sources` : `${warnings} warning(s) with --strict`;
    return { files, outputs: [], failed: reason, summary };
  }
  const report = cleanJson(sources);
  const outputs: EditionOutput[] = [
    { name: 'report.json', bytes: Buffer.from(JSON.stringify(report, null, 2) + '\n') },
    { name: 'report.html', bytes: Buffer.from(auditHtml(report.files, manifest.title)) },
  ];
  return { files, outputs, failed: null, summary };
}
