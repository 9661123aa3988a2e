/**
 * What the bench measured, as data (written to `out/bench.json`) and as the
 * tables and target checks printed to stdout. A missed target is reported,
 * never a failure.
 */
import { basename } from 'node:path';
import type { StageTimes } from './stages.js';
import type { Spread } from './stats.js';

export interface OutputSize {
  name: string;
  bytes: number;
  pages?: number;
}

export interface CorpusResult {
  name: string;
  articles: number;
  chars: number;
  /** Characters of the raw files, for generated corpora. */
  rawChars: number | null;
  warnings: number;
  fresh: {
    runs: number;
    warmups: number;
    wallSeconds: number[];
    wall: Spread;
    /** The build's own `seconds` (after Node start-up and module loading). */
    buildSeconds: Spread;
    /** Highest peak RSS over the measured runs, in bytes. */
    maxRssBytes: number | null;
    outputs: OutputSize[];
  };
  inProcess: {
    runs: number;
    warmups: number;
    stages: StageTimes;
    /** The first run in this process, when it was a warm-up: JIT, OpenCC tables and fonts not yet loaded. */
    coldStages: StageTimes | null;
  };
  charsPerSecond: number;
}

export type TargetStatus = 'PASS' | 'MISS' | 'SKIP';

export interface TargetCheck {
  target: string;
  limit: string;
  measured: string;
  status: TargetStatus;
}

export interface BenchReport {
  startedAt: string;
  node: string;
  platform: string;
  cpus: string;
  cpuCount: number;
  rssProbe: string;
  seed: number;
  corpora: CorpusResult[];
  scaling: { ratio: number; from: string; to: string } | null;
  targets: TargetCheck[];
  benchSeconds: number;
}

export const targets = Object.freeze({
  seedsWallSeconds: 1.0,
  largeArticles: 1000,
  smallArticles: 100,
  largeWallSeconds: 20,
  largeRssBytes: 1e9,
  scalingRatio: 11,
});

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes >= 100 * 1024 * 1024 ? 0 : 1)} MB`;
const secondsText = (seconds: number) => `${seconds.toFixed(seconds >= 100 ? 0 : 2)} s`;
const thousands = (n: number) => Math.round(n).toLocaleString('en-US');

function table(header: readonly string[], rows: readonly string[][], rightAligned: ReadonlySet<number> = new Set()): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (rightAligned.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** `zh-Hans.pdf`, `zh-Hant.booklet.pdf`, `report.json`: an output's name without the book's slug. */
export function outputKey(path: string): string {
  const name = basename(path);
  return /(zh-Han[st](?:\.[a-z-]+)?\.(?:pdf|epub)|report\.(?:json|html))$/.exec(name)?.[1] ?? name;
}

/** The print edition's PDF (not the booklet imposed from it). */
const isPrintPdf = (key: string) => /^zh-Han[st]\.pdf$/.test(key);

function summaryTable(corpora: readonly CorpusResult[]): string {
  const rows = corpora.map((corpus) => {
    const pdfPages = corpus.fresh.outputs.filter((output) => output.pages !== undefined && isPrintPdf(output.name)).map((output) => String(output.pages));
    return [
      corpus.name,
      String(corpus.articles),
      thousands(corpus.chars),
      `${corpus.fresh.runs}${corpus.fresh.warmups > 0 ? `+${corpus.fresh.warmups}w` : ''}`,
      secondsText(corpus.fresh.wall.median),
      `${corpus.fresh.wall.min.toFixed(2)}–${corpus.fresh.wall.max.toFixed(2)}`,
      secondsText(corpus.fresh.buildSeconds.median),
      thousands(corpus.charsPerSecond),
      corpus.fresh.maxRssBytes === null ? 'n/a' : megabytes(corpus.fresh.maxRssBytes),
      pdfPages.join('/'),
      String(corpus.warnings),
    ];
  });
  return table(
    ['corpus', 'articles', 'chars', 'runs', 'wall (median)', 'min–max', 'in-build', 'chars/s', 'peak RSS', 'PDF pages Hans/Hant', 'warnings'],
    rows,
    new Set([1, 2, 4, 6, 7, 8]),
  );
}

function sizeTable(corpora: readonly CorpusResult[]): string {
  const keys = [...new Set(corpora.flatMap((corpus) => corpus.fresh.outputs.map((output) => output.name)))];
  const rows = corpora.map((corpus) => [
    corpus.name,
    ...keys.map((key) => {
      const output = corpus.fresh.outputs.find((candidate) => candidate.name === key);
      return output ? megabytes(output.bytes) : '';
    }),
  ]);
  return table(['output size', ...keys], rows, new Set(keys.map((_, i) => i + 1)));
}

interface StageColumn {
  title: string;
  stages: StageTimes;
  wall: number;
  startup: number;
}

function stageColumns(corpora: readonly CorpusResult[]): StageColumn[] {
  return corpora.flatMap((corpus) => {
    const startup = corpus.fresh.wall.median - corpus.fresh.buildSeconds.median;
    const runs = `${corpus.inProcess.runs} run${corpus.inProcess.runs > 1 ? 's' : ''}`;
    const warm = {
      title: `${corpus.name} (${corpus.inProcess.warmups > 0 ? 'warm, ' : ''}${runs})`,
      stages: corpus.inProcess.stages,
      wall: corpus.fresh.wall.median,
      startup,
    };
    const cold = corpus.inProcess.coldStages;
    return cold ? [{ title: `${corpus.name} (cold, 1st run)`, stages: cold, wall: warm.wall, startup }, warm] : [warm];
  });
}

function stageTable(corpora: readonly CorpusResult[]): string {
  const columns = stageColumns(corpora);
  // A stage under 5 ms in every column (a writer with nothing to write for that edition, such as the vertical e-book of a Simplified one) is left out.
  const stages = [...new Set(columns.flatMap((column) => column.stages.filter((entry) => entry.seconds >= 0.005).map((entry) => entry.stage)))];
  const total = (column: StageColumn) => column.stages.reduce((sum, entry) => sum + entry.seconds, 0);
  const cell = (column: StageColumn, seconds: number) => `${secondsText(seconds)} ${`${Math.round((100 * seconds) / total(column))}%`.padStart(4)}`;
  const rows = stages.map((stage) => [
    stage,
    ...columns.map((column) => {
      const entry = column.stages.find((candidate) => candidate.stage === stage);
      return entry ? cell(column, entry.seconds) : '';
    }),
  ]);
  rows.push(['sum of stages', ...columns.map((column) => `${secondsText(total(column))}     `)]);
  rows.push(['fresh process wall (median)', ...columns.map((column) => `${secondsText(column.wall)}     `)]);
  rows.push(['  start-up, loading, writing', ...columns.map((column) => `${secondsText(column.startup)}     `)]);
  return table(['stage (in-process)', ...columns.map((column) => column.title)], rows, new Set(columns.map((_, i) => i + 1)));
}

export function checkTargets(corpora: readonly CorpusResult[]): { targets: TargetCheck[]; scaling: BenchReport['scaling'] } {
  const seeds = corpora.find((corpus) => corpus.name === 'seeds');
  const large = corpora.find((corpus) => corpus.articles === targets.largeArticles && corpus.name !== 'seeds');
  const small = corpora.find((corpus) => corpus.articles === targets.smallArticles && corpus.name !== 'seeds');
  const check = (target: string, limit: string, value: number | null | undefined, within: (v: number) => boolean, show: (v: number) => string): TargetCheck =>
    value === null || value === undefined
      ? { target, limit, measured: 'not measured', status: 'SKIP' }
      : { target, limit, measured: show(value), status: within(value) ? 'PASS' : 'MISS' };
  const ratio = large && small ? large.fresh.wall.median / small.fresh.wall.median : null;
  return {
    scaling: ratio === null ? null : { ratio, from: small!.name, to: large!.name },
    targets: [
      check(
        'seeds book, median wall',
        `≤ ${targets.seedsWallSeconds.toFixed(1)} s`,
        seeds?.fresh.wall.median,
        (v) => v <= targets.seedsWallSeconds,
        secondsText,
      ),
      check('1,000 articles, median wall', `≤ ${targets.largeWallSeconds} s`, large?.fresh.wall.median, (v) => v <= targets.largeWallSeconds, secondsText),
      check('1,000 articles, peak RSS', '≤ 1 GB (10^9 bytes)', large?.fresh.maxRssBytes, (v) => v <= targets.largeRssBytes, megabytes),
      check(
        'scaling time(1,000)/time(100)',
        `≤ ${targets.scalingRatio}`,
        ratio,
        (v) => v <= targets.scalingRatio,
        (v) => v.toFixed(2),
      ),
    ],
  };
}

export function formatReport(report: BenchReport): string {
  const corpora = report.corpora;
  const lines = [
    `wenji bench — ${report.node} on ${report.platform}, ${report.cpuCount} × ${report.cpus}; peak RSS by ${report.rssProbe}`,
    '',
    summaryTable(corpora),
    '',
    "wall: fresh `node dist/cli/bin.js build --json` with CI=true, spawn to exit; in-build: the build's own `seconds`;",
    'chars: characters of the cleaned book (titles, subtitles, block text), spaces aside; chars/s = chars / median wall.',
    '',
    sizeTable(corpora),
    '',
    stageTable(corpora),
    '',
  ];
  if (report.scaling) {
    const rss = (name: string) => {
      const bytes = corpora.find((corpus) => corpus.name === name)?.fresh.maxRssBytes;
      return bytes ? megabytes(bytes) : 'n/a';
    };
    lines.push(
      `scaling: time(${report.scaling.to}) / time(${report.scaling.from}) = ${report.scaling.ratio.toFixed(2)}; peak RSS ${rss(report.scaling.from)} → ${rss(report.scaling.to)}`,
      '',
    );
  }
  for (const check of report.targets) lines.push(`${check.status.padEnd(4)}  ${check.target}: ${check.measured} (target ${check.limit})`);
  lines.push('', `bench took ${secondsText(report.benchSeconds)}`);
  return `${lines.join('\n')}\n`;
}
