/**
 * `npm run compile`, after tsc: bundles the compiled command into one classic
 * script, `dist/wenji.cjs`, for `load.ts` to run through V8's code cache, and
 * clears the caches made for the previous bundle.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { packageRoot } from '../util/package-root.js';
import { bundleFile, cacheFolder } from './load.js';

await build({
  entryPoints: [join(packageRoot, 'dist', 'bundle', 'entry.js')],
  outfile: bundleFile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Modules find their own place (package-root.ts) from import.meta.url; in the bundle that is the bundle's.
  define: { 'import.meta.url': '__wenjiBundleUrl' },
  banner: { js: "const __wenjiBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  minifyWhitespace: true,
  legalComments: 'none',
  logLevel: 'warning',
});
rmSync(cacheFolder, { recursive: true, force: true });
