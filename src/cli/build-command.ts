/**
 * `wenji build`: the whole pipeline from the manifest to `out/`. The set of
 * outputs replaces `out/` as a whole; nothing changes there when the build fails.
 */
import { dirname, join, resolve } from 'node:path';
import { buildEditions } from '../build/build.js';
import { loadManifest, type Manifest } from '../manifest/manifest.js';
import { formatMessages } from '../report/format-messages.js';
import { type OutputFolder, openOutputFolder } from '../util/output-folder.js';
import { escapeControls } from '../util/terminal-text.js';
import type { Io } from './main.js';

export interface BuildOptions {
  manifest: string;
  out: string;
  strict: boolean;
  json: boolean;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

export async function runBuild(options: BuildOptions, io: Io): Promise<number> {
  const started = performance.now();
  const interactive = io.progress !== undefined && !process.env.CI && !options.json;
  const progress = (text: string) => {
    if (interactive) io.progress?.(`\r\x1b[K${escapeControls(text)}`);
    else if (!options.json) io.stderr(`${text}\n`);
  };
  const manifest = loadManifest(options.manifest);
  // Taken before any work: a folder that cannot be written, or another build writing there, is said at once.
  const folder = openOutputFolder(options.out, { protect: [manifest.sourceRoot, dirname(resolve(manifest.path))] });
  try {
    return await buildInto(folder, manifest, options, io, { started, interactive, progress });
  } finally {
    folder.release();
  }
}

async function buildInto(
  folder: OutputFolder,
  manifest: Manifest,
  options: BuildOptions,
  io: Io,
  { started, interactive, progress }: { started: number; interactive: boolean; progress: (text: string) => void },
): Promise<number> {
  const result = await buildEditions(manifest, { strict: options.strict, progress });
  if (interactive) io.progress?.('\r\x1b[K');
  const report = formatMessages(result.files);
  if (report && !options.json) io.stderr(report);
  if (result.failed) {
    io.stderr(`wenji: build stopped: ${result.failed}\n`);
    if (options.json) io.stdout(`${JSON.stringify({ ok: false, reason: result.failed, ...result.summary }, null, 2)}\n`);
    return 1;
  }
  const sizes = folder.publish(
    result.outputs.map((output) => ({ name: output.name, content: output.bytes instanceof Uint8Array ? output.bytes : output.bytes.chunks() })),
  );
  const written = result.outputs.map((output, i) => ({ path: join(options.out, output.name), size: sizes[i]!, pages: output.pages }));
  const seconds = (performance.now() - started) / 1000;
  const summary = {
    ok: true,
    articles: result.summary.articles,
    warnings: result.summary.warnings,
    errors: result.summary.errors,
    seconds: Number(seconds.toFixed(2)),
    outputs: written.map(({ path, size, pages }) => ({ path, bytes: size, ...(pages ? { pages } : {}) })),
  };
  if (options.json) {
    io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
  } else {
    const lines = [
      `wenji: ${manifest.title} — ${summary.articles} articles, ${summary.warnings} warning(s), ${seconds.toFixed(2)} s`,
      ...written.map((output) => `  ${output.path.padEnd(40)} ${formatBytes(output.size).padStart(8)}${output.pages ? `  ${output.pages} pages` : ''}`),
    ];
    io.stdout(`${lines.join('\n')}\n`);
  }
  return 0;
}
