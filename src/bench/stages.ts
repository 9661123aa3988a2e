/**
 * In-process timing of each stage of `buildEditions`, called the same way the
 * build calls them: read+clean+structure, then per edition script conversion,
 * PDF layout and writing, EPUB packaging with font subsetting, and the
 * cleaning reports. Bytes stay in memory; nothing is written.
 */
import type { VFile } from 'vfile';
import { assembleBook } from '../book/assemble.js';
import type { Book, Lang } from '../book/types.js';
import { editionBook } from '../build/build.js';
import { scriptOfLang } from '../convert/to-script.js';
import { loadFontSet } from '../fonts/fonts.js';
import { bookMeta, loadManifest, sourcePath, type Manifest } from '../manifest/manifest.js';
import type { Source } from '../pipeline/source.js';
import { processSources } from '../pipeline/front.js';
import { loadWriter, makeEdition } from '../render/registry.js';
import { auditHtml } from '../report/audit-html.js';
import { cleanJson } from '../report/clean-json.js';
import { loadTheme } from '../theme/theme.js';

/** Stage name → seconds, in pipeline order. */
export type StageTimes = Array<{ stage: string; seconds: number }>;

export interface StageRun {
  times: StageTimes;
  articles: number;
  /** Characters of the cleaned book (titles, subtitles, block text). */
  chars: number;
  warnings: number;
}

export function frontStage(manifest: Manifest): { sources: Source[]; files: VFile[]; book: Book } {
  const sources = processSources(manifest.sources.map(({ file, ...overrides }) => ({ ...overrides, path: sourcePath(manifest, { file }) })));
  const book = assembleBook(bookMeta(manifest), sources, manifest.editions[0]!);
  return { sources, files: sources.map((source) => source.file), book };
}

export function bookChars(book: Book): number {
  let chars = 0;
  for (const article of book.articles) {
    chars += [...article.title].length + [...(article.subtitle ?? '')].length;
    for (const block of article.blocks) chars += [...(block.lead ?? '')].length + [...block.text].length;
  }
  return chars;
}

const seconds = (since: number) => (performance.now() - since) / 1000;

export async function timeStages(manifestPath: string): Promise<StageRun> {
  const times: StageTimes = [];
  const lap = async <T>(stage: string, work: () => T | Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    times.push({ stage, seconds: seconds(started) });
    return result;
  };
  const manifest = loadManifest(manifestPath);
  const { sources, files, book } = await lap('read+clean+structure', () => frontStage(manifest));
  const editions: Array<{ lang: Lang; book: Book }> = [];
  for (const lang of manifest.editions) {
    editions.push({ lang, book: await lap(`convert ${lang}`, () => editionBook(book, lang, manifest, files)) });
  }
  const theme = loadTheme();
  for (const edition of editions) {
    const fonts = loadFontSet(scriptOfLang(edition.lang));
    const made = makeEdition({ book: edition.book, theme, fonts, strict: false, baseName: `${manifest.slug}.${edition.lang}` });
    for (const format of manifest.formats) {
      const writer = await loadWriter(format);
      await lap(`${format} ${edition.lang}`, () => writer.write(made));
    }
  }
  await lap('reports (json+html)', () => {
    const report = cleanJson(sources);
    return [JSON.stringify(report, null, 2), auditHtml(report.files, manifest.title)];
  });
  const warnings = files.reduce((sum, file) => sum + file.messages.filter((message) => message.fatal === false).length, 0);
  return { times, articles: book.articles.length, chars: bookChars(book), warnings };
}

/** Per-stage medians over several runs (stages keep their order). */
export function medianStages(runs: readonly StageTimes[], median: (values: number[]) => number): StageTimes {
  const first = runs[0] ?? [];
  return first.map(({ stage }) => ({
    stage,
    seconds: median(runs.map((run) => run.find((entry) => entry.stage === stage)?.seconds ?? 0)),
  }));
}
