/**
 * One raw file on its way through the front half of the pipeline: read (its
 * bytes decoded, its lines as a tree, its messages), then with its articles.
 */
import { readFileSync, statSync } from 'node:fs';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { SourceArticle } from '../book/types.js';
import { lineParser } from '../clean/clean.js';
import type { LineRoot } from '../clean/line-tree.js';
import { decode, type Encoding } from '../read/decode.js';
import { UserError } from '../util/user-error.js';

/** A raw file read: the cleaner edits its tree and adds to its messages. */
export interface SourceText {
  /** Path as given (relative to the working directory), used in messages. */
  path: string;
  encoding: Encoding;
  file: VFile;
  tree: LineRoot;
}

/** A raw file through the front half: cleaned, and its articles found. */
export interface Source extends SourceText {
  articles: SourceArticle[];
}

/** Raw files larger than this are refused before reading: not an essay. */
export const maxSourceBytes = 64 * 1024 * 1024;

export function readSource(path: string, declared?: Encoding): SourceText {
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    if (size > maxSourceBytes) throw new UserError(`${path}: file too large (${size} bytes)`, `sources are limited to ${maxSourceBytes} bytes`, 2);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${path}: cannot read the file`, (error as Error).message, 2);
  }
  const decoded = decode(bytes, path, declared);
  const file = new VFile({ path, value: decoded.text });
  const tree = unified().use(lineParser).parse(file) as LineRoot;
  if (decoded.encoding !== 'utf-8') {
    file.info(`Decoded as ${decoded.encoding}${decoded.bom ? ' (with BOM)' : ''}`, { ruleId: 'decode', source: 'wenji', place: { line: 1, column: 1 } });
  }
  return { path, encoding: decoded.encoding, file, tree };
}
