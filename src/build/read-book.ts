/**
 * The front of every run from a manifest (build, check, fix, the benchmark,
 * the tests): the manifest's sources read, cleaned and structured, then
 * assembled into the book. One way in, so no caller sets the pipeline up
 * differently.
 */
import type { VFile } from 'vfile';
import type { AssembledBook } from '../book/types.js';
import { bookMeta, type Manifest, sourcePath } from '../manifest/manifest.js';
import { assembleBook } from '../pipeline/assemble.js';
import { processSources, type SourceRequest } from '../pipeline/front.js';
import type { Source } from '../pipeline/source.js';

/** What to read for each source the manifest lists: its path beside the manifest, and its overrides. */
export function sourceRequests(manifest: Manifest): SourceRequest[] {
  return manifest.sources.map(({ file, ...overrides }) => ({ ...overrides, path: sourcePath(manifest, { file }) }));
}

/** The manifest's sources, read, cleaned and structured (their messages on each file). */
export function readSources(manifest: Manifest): Source[] {
  return processSources(sourceRequests(manifest));
}

export interface ReadBook {
  sources: Source[];
  files: VFile[];
  /** The articles of every source in manifest order, each in the script it was written in. */
  book: AssembledBook;
}

export function readBook(manifest: Manifest): ReadBook {
  const sources = readSources(manifest);
  const book = assembleBook(bookMeta(manifest), sources);
  return { sources, files: sources.map((source) => source.file), book };
}
