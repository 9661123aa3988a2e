import { readSources } from '../build/read-book.js';
import { loadManifest } from '../manifest/manifest.js';
import { processSources } from '../pipeline/front.js';
import { formatMessages } from '../report/format-messages.js';
import { countMessages, failureOf } from '../util/severity.js';
import type { Io } from './main.js';

export function runCheck(options: { manifest: string; files: string[]; strict: boolean; verbose: boolean }, io: Io): number {
  const sources = options.files.length > 0 ? processSources(options.files.map((path) => ({ path }))) : readSources(loadManifest(options.manifest));
  const files = sources.map((source) => source.file);
  io.stderr(formatMessages(files, { verbose: options.verbose }));
  return failureOf(countMessages(files), options.strict) ? 1 : 0;
}
