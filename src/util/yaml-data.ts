/**
 * A YAML file read as plain data, with the line of any key path, and its
 * failures as messages: a syntax error at its line, aliases that would
 * multiply the data (a "billion laughs"), nesting deeper than a parser's stack.
 */
import { type Document, isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { UserError } from './user-error.js';

export interface YamlData {
  data: unknown;
  /** The line where the value at `path` (or its nearest present parent) starts. */
  lineOf(path: readonly PropertyKey[]): number | null;
}

/** At most this many alias expansions: a manifest repeats a value now and then, never thousands of times. */
const maxAliasCount = 100;

export function readYamlData(text: string, path: string, what: string): YamlData {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    const line = error.linePos?.[0]?.line;
    const place = `${path}${line ? `:${line}` : ''}`;
    if (/call stack/i.test(error.message))
      throw new UserError(`${place}: cannot parse the ${what}`, 'the YAML is nested too deeply; a manifest needs a few levels at most', 2);
    throw new UserError(`${place}: cannot parse the ${what}`, error.message.split('\n')[0]!, 2);
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount });
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      throw new UserError(
        `${path}: cannot read the ${what}`,
        `its aliases (*name) expand to too much data (more than ${maxAliasCount} expansions); write the values out`,
        2,
      );
    }
    if (error instanceof RangeError)
      throw new UserError(`${path}: cannot read the ${what}`, 'the YAML is nested too deeply; a manifest needs a few levels at most', 2);
    throw new UserError(`${path}: cannot read the ${what}`, (error as Error).message, 2);
  }
  return { data, lineOf: (keys) => lineOf(document, lineCounter, keys) };
}

function lineOf(document: Document, lineCounter: LineCounter, keys: readonly PropertyKey[]): number | null {
  for (let depth = keys.length; depth >= 0; depth--) {
    const node = document.getIn(keys.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node && (isMap(node) || isSeq(node) || node.range) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return null;
}
