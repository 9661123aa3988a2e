/**
 * Loads the bundled command `dist/wenji.cjs` through V8's code cache. A cold
 * `wenji build` spent about half a second per thread parsing and compiling
 * JavaScript (ours and the libraries'), every run again; Node 20 has no module
 * compile cache (Node 22's `module.enableCompileCache` does this for ES
 * modules). The bundle is one classic script, so `vm.Script` can take the
 * bytecode saved by an earlier run, functions compiled during that run
 * included. One cache per role (each command, the edition worker), since each
 * runs different code; `make.ts` clears them whenever it writes the bundle.
 * The cache is only ever an optimisation: a missing, stale or unwritable one
 * costs time, never correctness (V8 rejects a cache made for other source,
 * flags or version, and the file name carries the bundle's time stamp).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { runsFromSources } from '../util/package-root.js';
import type * as Wenji from './entry.js';

/** The bundle and its cache folder, beside the compiled entry files. */
const distFolder = join(dirname(fileURLToPath(import.meta.url)), '..');
export const bundleFile = join(distFolder, 'wenji.cjs');
export const cacheFolder = join(distFolder, '.code-cache');

export interface LoadedBundle {
  exports: typeof Wenji;
  /** Writes the code cache if there was no usable one; call when the work is done. */
  saveCache(): void;
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** `role` names the cache (`build`, `check`, `clean`, `edition-worker`); null runs without one. */
export function loadBundle(role: string | null): LoadedBundle {
  const source = readFileSync(bundleFile, 'utf8');
  // The bundle's place is part of the name: V8 keeps the script name it was compiled under in the
  // cache, and stack traces would name the folder of a copy that made it.
  const place = createHash('sha1').update(bundleFile).digest('hex').slice(0, 8);
  const cacheFile =
    role === null ? null : join(cacheFolder, `${role}-${process.version}-${process.arch}-${Math.trunc(statSync(bundleFile).mtimeMs)}-${place}.bin`);
  const cachedData = cacheFile === null ? undefined : readCache(cacheFile);
  // The CommonJS wrapper, so the bundle sees require, module and __filename as a module would.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundleFile, cachedData });
  const module = { exports: {} as typeof Wenji };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundleFile), module, bundleFile, distFolder);
  const usable = cachedData !== undefined && !script.cachedDataRejected;
  return {
    exports: module.exports,
    saveCache() {
      if (cacheFile === null || usable) return;
      try {
        mkdirSync(cacheFolder, { recursive: true });
        const temporary = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cacheFile);
      } catch {
        // A read-only install simply runs without a cache.
      }
    },
  };
}

/**
 * The command's modules for an entry file (`bin.ts`, `worker.ts`): compiled,
 * the bundle through the code cache; run from the sources (tsx), the same
 * modules themselves. Both then take the same paths, workers included.
 */
export async function loadCommand(role: string | null, entryUrl: string): Promise<LoadedBundle> {
  if (!runsFromSources(entryUrl)) return loadBundle(role);
  return { exports: await import('./entry.js'), saveCache() {} };
}
