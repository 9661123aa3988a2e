/**
 * Stack traces for `--debug`, naming TypeScript lines. The shipped command
 * runs one bundle (`dist/wenji.cjs`), whose frames say nothing to a reader;
 * its source map (`dist/wenji.cjs.map`, through tsc's own maps) leads back to
 * `src/`. Read only when a trace is shown.
 */
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join, relative } from 'node:path';
import { packageRoot } from './package-root.js';
import { escapeRegExp } from './regexp.js';

const bundleFile = join(packageRoot, 'dist', 'wenji.cjs');
/** `load.ts` wraps the bundle in a function on its first line; columns there are shifted by the wrapper. */
const wrapperLength = '(function (exports, require, module, __filename, __dirname) {'.length;

function readMap(): SourceMap | null {
  try {
    return new SourceMap(JSON.parse(readFileSync(`${bundleFile}.map`, 'utf8')));
  } catch {
    return null;
  }
}

/** The frame `file:line:column` as a place in the TypeScript sources, when it lies in the bundle. */
function mapFrame(map: SourceMap, line: number, column: number): string | null {
  const entry = map.findEntry(line - 1, (line === 1 ? column - wrapperLength : column) - 1) as Partial<{
    originalSource: string;
    originalLine: number;
    originalColumn: number;
  }>;
  if (entry.originalSource === undefined || entry.originalLine === undefined) return null;
  const source = join(packageRoot, 'dist', entry.originalSource);
  return `${relative(packageRoot, source)}:${entry.originalLine + 1}:${(entry.originalColumn ?? 0) + 1}`;
}

/** The error's stack with the bundle's frames mapped to the TypeScript sources. */
export function readableStack(error: unknown): string {
  const stack = error instanceof Error ? (error.stack ?? String(error)) : String(error);
  if (!stack.includes(bundleFile)) return stack;
  const map = readMap();
  if (!map) return stack;
  const escaped = escapeRegExp(bundleFile);
  return stack.replace(
    new RegExp(`${escaped}:(\\d+):(\\d+)`, 'g'),
    (whole, line: string, column: string) => mapFrame(map, Number(line), Number(column)) ?? whole,
  );
}
