/**
 * The front half of the pipeline, top to bottom:
 * read → clean (pass one per file, pass two over the book) → structure.
 */
import { cleanFile, finishFile } from '../clean/clean.js';
import { liveLines } from '../clean/line-tree.js';
import { findRepeatedLines } from '../clean/repeated-lines.js';
import type { Encoding } from '../read/decode.js';
import { readFixes } from '../read/read-fixes.js';
import { buildArticles, type SourceOverrides } from '../structure/build-articles.js';
import { readSource, type Source } from './source.js';

export interface SourceRequest extends SourceOverrides {
  path: string;
  encoding?: Encoding;
}

export function processSources(requests: readonly SourceRequest[]): Source[] {
  const read = requests.map((request) => {
    const source = readSource(request.path, request.encoding);
    cleanFile(source.tree, source.file, readFixes(request.path));
    return { source, request };
  });
  // The second pass sees every file's lines: a line repeated across the book is chrome.
  const repeated = findRepeatedLines(read.map(({ source }) => source.tree));
  return read.map(({ source, request }): Source => {
    finishFile(source.tree, source.file, repeated);
    if (!liveLines(source.tree).some((node) => node.value.trim() !== '')) {
      const message = source.file.message('Unexpected empty source, expected text to print', {
        ruleId: 'empty-source',
        source: 'wenji',
        place: { line: 1, column: 1 },
      });
      message.fatal = true;
      return { ...source, articles: [] };
    }
    return { ...source, articles: buildArticles(source.tree, source.file, source.path, request) };
  });
}
