import { processSources } from '../pipeline/front.js';
import { cleanJson } from '../report/clean-json.js';
import { articlesText } from '../report/clean-text.js';
import type { Io } from './main.js';

export function runClean(options: { files: string[]; json: boolean }, io: Io): number {
  const sources = processSources(options.files.map((path) => ({ path })));
  if (options.json) {
    io.stdout(`${JSON.stringify(cleanJson(sources), null, 2)}\n`);
  } else {
    for (const source of sources) io.stdout(articlesText(source.articles));
  }
  return 0;
}
