/**
 * The project folder (the one holding `package.json`), where `styles/`,
 * `fonts/` and `dist/` live. Found by walking up from this module, because the
 * module may run from `src/` (tests), from `dist/` (compiled) or from the
 * bundle `dist/wenji.cjs`, each at a different depth.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(start: string): string {
  for (let folder = start; ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'package.json'))) return folder;
    if (dirname(folder) === folder) throw new Error(`No package.json above ${start}`);
  }
}

export const packageRoot: string = findPackageRoot(dirname(fileURLToPath(import.meta.url)));

/** Whether the module at this URL runs from the TypeScript sources (tsx, the tests) rather than compiled into `dist/`. */
export const runsFromSources = (moduleUrl: string): boolean => moduleUrl.endsWith('.ts');
