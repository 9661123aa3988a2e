import { loadManifest, sourcePath } from '../manifest/manifest.js';
import { processSources, type SourceRequest } from '../pipeline/front.js';
import type { Source } from '../pipeline/source.js';
import { formatMessages } from '../report/format-messages.js';
import type { Io } from './main.js';

export function exitCodeFor(sources: readonly Source[], strict: boolean): 0 | 1 {
  const messages = sources.flatMap((source) => source.file.messages);
  const failing = messages.some((message) => message.fatal === true || (strict && message.fatal === false));
  return failing ? 1 : 0;
}

export function manifestRequests(manifestPath: string): SourceRequest[] {
  const manifest = loadManifest(manifestPath);
  return manifest.sources.map(({ file, ...overrides }) => ({ ...overrides, path: sourcePath(manifest, { file }) }));
}

export function runCheck(options: { manifest: string; files: string[]; strict: boolean; verbose: boolean }, io: Io): number {
  const requests = options.files.length > 0 ? options.files.map((path) => ({ path })) : manifestRequests(options.manifest);
  const sources = processSources(requests);
  io.stderr(formatMessages(sources.map((source) => source.file), { verbose: options.verbose }));
  return exitCodeFor(sources, options.strict);
}
