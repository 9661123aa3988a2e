/**
 * The benchmark: the seeds book and generated collections, each built as a
 * fresh `wenji build` process (wall time, peak RSS, outputs) and stage by
 * stage in this process; then tables, target checks and `out/bench.json`.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, platform, release, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readBook } from '../build/read-book.js';
import { loadManifest } from '../manifest/manifest.js';
import { writeAtomic } from '../util/write-atomic.js';
import { defaultCollection, writeCollection } from './collection.js';
import { chooseRssProbe, describeProbe, type FreshRun, type RssProbe, runFresh } from './fresh.js';
import { type BenchReport, type CorpusResult, checkTargets, formatReport, outputKey } from './report.js';
import { seedPool } from './seed-pool.js';
import { medianStages, type StageRun, type StageTimes, timeStages } from './stages.js';
import { medianOf, spread } from './stats.js';

const usage = `Usage: npm run bench -- [--quick] [--sizes 100,1000] [--keep]

  --quick          the seeds book only, 3 runs (about half a minute)
  --sizes LIST     generated collections to add, in articles (default 100,1000)
  --keep           keep the generated corpora and build outputs (their folder is printed)
`;

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

interface Corpus {
  name: string;
  manifestPath: string;
  rawChars: number | null;
  expectedArticles: number | null;
}

interface Plan {
  freshWarmups: number;
  freshRuns: number;
  inProcessWarmups: number;
  inProcessRuns: number;
}

interface Context {
  root: string;
  temp: string;
  probe: RssProbe;
  io: Io;
}

function parseSizes(text: string): number[] {
  const sizes = text
    .split(',')
    .filter(Boolean)
    .map((part) => Number(part.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size < 1 || size > 9990))
    throw new Error(`--sizes: expected article counts from 1 to 9990, got \`${text}\``);
  return sizes;
}

const rounded = (stages: StageTimes): StageTimes => stages.map(({ stage, seconds }) => ({ stage, seconds: Number(seconds.toFixed(4)) }));
const secondsSince = (started: number) => (performance.now() - started) / 1000;

const runLabel = (i: number, warmups: number, runs: number) => (i < warmups ? 'warm-up' : `${i - warmups + 1}/${runs}`);

async function freshRuns(corpus: Corpus, plan: Plan, context: Context): Promise<FreshRun[]> {
  const out = join(context.temp, 'out', corpus.name.replace(/\W+/g, '-'));
  const runs: FreshRun[] = [];
  for (let i = 0; i < plan.freshWarmups + plan.freshRuns; i++) {
    const run = await runFresh({ root: context.root, manifest: corpus.manifestPath, out, probe: context.probe });
    const rss = run.maxRssBytes === null ? '' : `, ${Math.round(run.maxRssBytes / 1024 / 1024)} MB`;
    context.io.stderr(`  ${corpus.name}: fresh build ${runLabel(i, plan.freshWarmups, plan.freshRuns)}: ${run.wallSeconds.toFixed(2)} s${rss}\n`);
    if (i >= plan.freshWarmups) runs.push(run);
  }
  return runs;
}

/** Measured in-process runs, and the first run when it was a warm-up (cold). */
async function inProcessRuns(corpus: Corpus, plan: Plan, context: Context): Promise<{ runs: StageRun[]; cold: StageRun | null }> {
  const runs: StageRun[] = [];
  let cold: StageRun | null = null;
  for (let i = 0; i < plan.inProcessWarmups + plan.inProcessRuns; i++) {
    const run = await timeStages(corpus.manifestPath);
    const total = run.times.reduce((sum, entry) => sum + entry.seconds, 0);
    context.io.stderr(`  ${corpus.name}: in-process stages ${runLabel(i, plan.inProcessWarmups, plan.inProcessRuns)}: ${total.toFixed(2)} s\n`);
    if (i >= plan.inProcessWarmups) runs.push(run);
    else if (i === 0) cold = run;
  }
  return { runs, cold };
}

async function measureCorpus(corpus: Corpus, plan: Plan, context: Context): Promise<CorpusResult> {
  const fresh = await freshRuns(corpus, plan, context);
  const { runs: stageRuns, cold } = await inProcessRuns(corpus, plan, context);
  const last = fresh.at(-1);
  const book = stageRuns[0];
  if (!last || !book) throw new Error(`${corpus.name}: no measured run (the plan asks for at least one of each)`);
  if (corpus.expectedArticles !== null && book.articles !== corpus.expectedArticles) {
    context.io.stderr(`  warning: ${corpus.name} was generated with ${corpus.expectedArticles} articles but the pipeline found ${book.articles}\n`);
  }
  const wall = spread(fresh.map((run) => run.wallSeconds));
  const rss = fresh.map((run) => run.maxRssBytes).filter((bytes): bytes is number => bytes !== null);
  return {
    name: corpus.name,
    articles: book.articles,
    chars: book.chars,
    rawChars: corpus.rawChars,
    warnings: book.warnings,
    fresh: {
      runs: plan.freshRuns,
      warmups: plan.freshWarmups,
      wallSeconds: fresh.map((run) => Number(run.wallSeconds.toFixed(3))),
      wall,
      buildSeconds: spread(fresh.map((run) => run.summary.seconds)),
      maxRssBytes: rss.length > 0 ? Math.max(...rss) : null,
      outputs: last.summary.outputs.map(({ path, bytes, pages }) => ({ name: outputKey(path), bytes, ...(pages !== undefined ? { pages } : {}) })),
    },
    inProcess: {
      runs: plan.inProcessRuns,
      warmups: plan.inProcessWarmups,
      stages: rounded(
        medianStages(
          stageRuns.map((run) => run.times),
          medianOf,
        ),
      ),
      coldStages: cold ? rounded(cold.times) : null,
    },
    charsPerSecond: book.chars / wall.median,
  };
}

function generateCorpora(sizes: readonly number[], seedsManifest: string, context: Context): Corpus[] {
  if (sizes.length === 0) return [];
  const started = performance.now();
  const pool = seedPool(readBook(loadManifest(seedsManifest)).book.articles);
  const corpora = sizes.map((size): Corpus => {
    const collection = writeCollection(pool, join(context.temp, `collection-${size}`), { ...defaultCollection, articles: size });
    return { name: `${size} articles`, manifestPath: collection.manifestPath, rawChars: collection.rawChars, expectedArticles: size };
  });
  context.io.stderr(`generated ${sizes.join(', ')} articles (seed ${defaultCollection.seed}) in ${secondsSince(started).toFixed(2)} s under ${context.temp}\n`);
  return corpora;
}

function planFor(corpus: Corpus, quick: boolean): Plan {
  if (corpus.expectedArticles === null) {
    const runs = quick ? 3 : 5;
    return { freshWarmups: 1, freshRuns: runs, inProcessWarmups: 1, inProcessRuns: runs };
  }
  // A 1,000-article build takes tens of seconds: three fresh runs, one in-process run.
  return { freshWarmups: 0, freshRuns: 3, inProcessWarmups: 0, inProcessRuns: corpus.expectedArticles >= 1000 ? 1 : 3 };
}

export async function runBench(argv: readonly string[], io: Io): Promise<number> {
  let options: { quick: boolean; sizes?: string; keep: boolean; help: boolean };
  try {
    options = parseArgs({
      args: [...argv],
      options: {
        quick: { type: 'boolean', default: false },
        sizes: { type: 'string' },
        keep: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    io.stderr(`bench: ${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (options.help) {
    io.stdout(usage);
    return 0;
  }
  let sizes: number[];
  try {
    sizes = options.sizes !== undefined ? parseSizes(options.sizes) : options.quick ? [] : [100, 1000];
  } catch (error) {
    io.stderr(`bench: ${(error as Error).message}\n`);
    return 2;
  }
  const started = performance.now();
  const benchFolder = dirname(fileURLToPath(import.meta.url));
  const root = join(benchFolder, '..', '..');
  if (!existsSync(join(root, 'dist/cli/bin.js'))) {
    io.stderr('bench: dist/cli/bin.js is missing; compile first (npx tsc -p tsconfig.json)\n');
    return 2;
  }
  const probe = chooseRssProbe(benchFolder);
  const context: Context = { root, temp: mkdtempSync(join(tmpdir(), 'wenji-bench-')), probe, io };
  const seedsManifest = join(root, 'sources/book.yaml');
  const results: CorpusResult[] = [];
  const measure = async (corpus: Corpus) => {
    const plan = planFor(corpus, options.quick);
    const slow = (corpus.expectedArticles ?? 0) >= 1000 ? ' (slow: a few minutes)' : '';
    io.stderr(
      `${corpus.name}: ${plan.freshWarmups > 0 ? `${plan.freshWarmups} warm-up + ` : ''}${plan.freshRuns} fresh builds, ${plan.inProcessRuns} in-process run(s)${slow}\n`,
    );
    results.push(await measureCorpus(corpus, plan, context));
  };
  try {
    // Seeds first, so their first in-process run is truly cold; collections are generated after.
    await measure({ name: 'seeds', manifestPath: seedsManifest, rawChars: null, expectedArticles: null });
    for (const corpus of generateCorpora(sizes, seedsManifest, context)) await measure(corpus);
  } finally {
    if (options.keep) io.stderr(`kept corpora and outputs in ${context.temp}\n`);
    else rmSync(context.temp, { recursive: true, force: true });
  }
  const cpuList = cpus();
  const report: BenchReport = {
    startedAt: new Date(Date.now() - (performance.now() - started)).toISOString(),
    node: process.version,
    platform: `${platform()} ${release()}`,
    cpus: cpuList[0]?.model.trim() ?? 'unknown',
    cpuCount: cpuList.length,
    rssProbe: describeProbe(probe),
    seed: defaultCollection.seed,
    corpora: results,
    ...checkTargets(results),
    benchSeconds: Number(secondsSince(started).toFixed(1)),
  };
  const jsonPath = join(root, 'out', 'bench.json');
  writeAtomic(jsonPath, `${JSON.stringify(report, null, 2)}\n`);
  io.stdout(formatReport(report));
  io.stdout(`wrote ${jsonPath}\n`);
  return 0;
}
