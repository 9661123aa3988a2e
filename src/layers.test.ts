/**
 * Folders import one way: each layer may use the layers listed before it,
 * never one after it, so the README's layout reads top to bottom as the
 * pipeline runs. Every import of every module under `src/` is parsed (static,
 * `export … from`, `import type` and dynamic `import()`); tests and their
 * fixtures are left out, since they may drive any part from any other.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Layers from the bottom: a folder may import from itself and from any folder of an earlier layer, not from another of its own. */
const layers: ReadonlyArray<readonly string[]> = [
  ['util'],
  ['words'],
  ['book'],
  ['read'],
  ['clean'],
  ['structure'],
  ['pipeline'],
  ['report'],
  ['convert', 'typeset', 'fonts', 'theme'],
  ['render'],
  ['manifest'],
  ['build'],
  ['cli'],
  ['bundle'],
  // The shipped entry files load the bundle that holds the rest of `cli/`.
  ['cli/bin.ts', 'cli/worker.ts'],
  ['bench', 'eval', 'reliability'],
];

const src = import.meta.dirname;

/** The layer part a file under `src/` belongs to: an entry file by itself, else its top folder. */
function partOf(file: string): string {
  const path = relative(src, file).split(sep).join('/');
  return layers.some((layer) => layer.includes(path)) ? path : path.split('/')[0]!;
}

function layerOf(part: string): number {
  const index = layers.findIndex((layer) => layer.includes(part));
  if (index < 0) throw new Error(`src/${part} is in no layer: add it to the table in src/layers.test.ts`);
  return index;
}

/** Relative module specifiers a file imports, with their line numbers. */
function importsOf(text: string): Array<{ specifier: string; line: number }> {
  const found: Array<{ specifier: string; line: number }> = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])(\.{1,2}\/[^'"]+)\1/gm;
  for (const match of text.matchAll(pattern)) {
    found.push({ specifier: match[2]!, line: text.slice(0, match.index).split('\n').length });
  }
  return found;
}

/** Imports that point to a later layer or across one, each as `file:line imports 'specifier': why`. */
function backwardImports(files: ReadonlyArray<{ path: string; text: string }>): string[] {
  const problems: string[] = [];
  for (const { path, text } of files) {
    const from = partOf(path);
    for (const { specifier, line } of importsOf(text)) {
      const target = resolve(dirname(path), specifier);
      const to = partOf(target);
      const where = `${relative(join(src, '..'), path)}:${line} imports '${specifier}'`;
      if (layerOf(to) > layerOf(from)) problems.push(`${where}: ${from} may not depend on ${to}, a later layer`);
      else if (layerOf(to) === layerOf(from) && to !== from) problems.push(`${where}: ${from} may not depend on ${to}, a folder of the same layer`);
    }
  }
  return problems;
}

function modules(folder: string): Array<{ path: string; text: string }> {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === '__fixtures__' ? [] : modules(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [{ path, text: readFileSync(path, 'utf8') }] : [];
  });
}

describe('folder dependencies', () => {
  it('point one way: no module imports from a later layer', () => {
    const all = modules(src);
    expect(all.length).toBeGreaterThan(100);
    expect(backwardImports(all)).toEqual([]);
  });

  it('every folder of src/ has a layer', () => {
    const folders = readdirSync(src, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    for (const folder of folders) expect(() => layerOf(folder), folder).not.toThrow();
  });

  it('are read from every kind of import, and a backward one is named with its file and line', () => {
    const text =
      "import type { A } from '../render/a.js';\nexport { b } from '../book/b.js';\nconst c = await import('../build/c.js');\nimport {\n  d,\n} from './d.js';\nimport './e.js';\n";
    const sideways = "import { f } from '../fonts/f.js';\n";
    expect(importsOf(text)).toEqual([
      { specifier: '../render/a.js', line: 1 },
      { specifier: '../book/b.js', line: 2 },
      { specifier: '../build/c.js', line: 3 },
      { specifier: './d.js', line: 6 },
      { specifier: './e.js', line: 7 },
    ]);
    expect(backwardImports([{ path: join(src, 'clean', 'x.ts'), text }])).toEqual([
      "src/clean/x.ts:1 imports '../render/a.js': clean may not depend on render, a later layer",
      "src/clean/x.ts:3 imports '../build/c.js': clean may not depend on build, a later layer",
    ]);
    expect(backwardImports([{ path: join(src, 'convert', 'y.ts'), text: sideways }])).toEqual([
      "src/convert/y.ts:1 imports '../fonts/f.js': convert may not depend on fonts, a folder of the same layer",
    ]);
  });
});
