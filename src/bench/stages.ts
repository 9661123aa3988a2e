/**
 * In-process timing of `buildEditions` itself, stage by stage (the stages it
 * names with `timedStage`): read+clean+structure, then per edition script
 * conversion and each format's writer, then the cleaning reports. The
 * editions are built in this thread, one after the other, so that each
 * stage's time is its own. Bytes stay in memory; nothing is written.
 */
import { bookCharacters } from '../book/size.js';
import { buildEditions } from '../build/build.js';
import { loadManifest } from '../manifest/manifest.js';
import { recordStages, type StageTimes } from '../util/stage-timer.js';

export type { StageTimes };

export interface StageRun {
  times: StageTimes;
  articles: number;
  /** Characters of the cleaned book (titles, subtitles, block text), spaces aside. */
  chars: number;
  warnings: number;
}

export async function timeStages(manifestPath: string): Promise<StageRun> {
  const manifest = loadManifest(manifestPath);
  const { result, times } = await recordStages(() => buildEditions(manifest, { strict: false, parallel: false }));
  if (result.failed) throw new Error(`${manifestPath}: the build failed (${result.failed})`);
  return { times, articles: result.summary.articles, chars: bookCharacters(result.book), warnings: result.summary.warnings };
}

/** Per-stage medians over several runs (stages keep their order). */
export function medianStages(runs: readonly StageTimes[], median: (values: number[]) => number): StageTimes {
  const first = runs[0] ?? [];
  return first.map(({ stage }) => ({
    stage,
    seconds: median(runs.map((run) => run.find((entry) => entry.stage === stage)?.seconds ?? 0)),
  }));
}
