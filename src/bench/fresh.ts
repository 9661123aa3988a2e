/**
 * `wenji build` as a fresh process, as a user runs it: wall time from spawn to
 * exit, the build's own `--json` summary, and the process's peak RSS (from
 * GNU time when present, else from a preload that reports it at exit).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { maxRssMarker } from './rss-marker.js';

export type RssProbe = { kind: 'gnu-time'; path: string } | { kind: 'preload'; module: string };

const buildSummary = z.object({
  ok: z.literal(true),
  articles: z.number(),
  warnings: z.number(),
  errors: z.number(),
  seconds: z.number(),
  outputs: z.array(z.object({ path: z.string(), bytes: z.number(), pages: z.number().optional() })),
});

export type BuildSummary = z.infer<typeof buildSummary>;

export interface FreshRun {
  wallSeconds: number;
  /** Peak resident set size in bytes, when measured. */
  maxRssBytes: number | null;
  summary: BuildSummary;
}

const gnuTime = '/usr/bin/time';
const gnuTimeRss = /Maximum resident set size \(kbytes\):\s*(\d+)/;
const preloadRss = new RegExp(`${maxRssMarker} (\\d+)`);

/** GNU time with `-v` if it works here, otherwise the preload next to this file. */
export function chooseRssProbe(benchFolder: string): RssProbe {
  if (existsSync(gnuTime)) {
    const probe = spawnSync(gnuTime, ['-v', 'true'], { encoding: 'utf8' });
    if (probe.status === 0 && gnuTimeRss.test(probe.stderr)) return { kind: 'gnu-time', path: gnuTime };
  }
  return { kind: 'preload', module: pathToFileURL(join(benchFolder, 'max-rss-preload.js')).href };
}

export function describeProbe(probe: RssProbe): string {
  return probe.kind === 'gnu-time' ? `${probe.path} -v` : 'process.resourceUsage().maxRSS at exit (preload)';
}

export class BuildFailed extends Error {}

export async function runFresh(options: { root: string; manifest: string; out: string; probe: RssProbe }): Promise<FreshRun> {
  const cli = [join(options.root, 'dist/cli/bin.js'), 'build', '--manifest', options.manifest, '--out', options.out, '--json'];
  const node = options.probe.kind === 'preload' ? [process.execPath, '--import', options.probe.module, ...cli] : [process.execPath, ...cli];
  const [command, ...args] = options.probe.kind === 'gnu-time' ? [options.probe.path, '-v', ...node] : node;
  const started = performance.now();
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(command!, args, { cwd: options.root, env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (exit) => resolve({ code: exit, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
  const wallSeconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new BuildFailed(`wenji build exited with ${code} for ${options.manifest}\n${stdout}${stderr}`.trimEnd());
  const parsed = buildSummary.safeParse(JSON.parse(stdout));
  if (!parsed.success) throw new BuildFailed(`unexpected --json summary from wenji build: ${parsed.error.message}`);
  const rss = (options.probe.kind === 'gnu-time' ? gnuTimeRss : preloadRss).exec(stderr);
  return { wallSeconds, maxRssBytes: rss ? Number(rss[1]) * 1024 : null, summary: parsed.data };
}
