/**
 * `npm run compile`, after tsc: bundles the compiled command into one classic
 * script, `dist/wenji.cjs`, for `load.ts` to run through V8's code cache, and
 * clears the caches made for the previous bundle.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { packageRoot } from '../util/package-root.js';
import { bundleFile, cacheFolder } from './load.js';

/**
 * epub-gen-memory loads node-fetch (with a URL parser and its Unicode tables)
 * to download remote images and fonts; a book here never refers to one, and
 * the command must not reach the network. Its place takes a function that
 * says so, which also spares loading it on every start.
 */
const offline: Plugin = {
  name: 'offline',
  setup(build) {
    build.onResolve({ filter: /^node-fetch$/ }, () => ({ path: 'node-fetch', namespace: 'offline' }));
    build.onLoad({ filter: /.*/, namespace: 'offline' }, () => ({
      contents: "module.exports = (url) => Promise.reject(new Error('wenji does not download (' + url + '): resources must be local files'));",
      loader: 'js',
    }));
  },
};

await build({
  entryPoints: [join(packageRoot, 'dist', 'bundle', 'entry.js')],
  outfile: bundleFile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Modules find their own place (package-root.ts) from import.meta.url; in the bundle that is the bundle's.
  // `import.meta.resolve` is called only when running from the sources (worker-pool.ts starts tsx workers), never in the bundle.
  define: { 'import.meta.url': '__wenjiBundleUrl', 'import.meta.resolve': '__wenjiNoResolve' },
  banner: {
    js: "const __wenjiBundleUrl = require('node:url').pathToFileURL(__filename).href; const __wenjiNoResolve = (specifier) => { throw new Error('import.meta.resolve(' + specifier + ') in the bundle'); };",
  },
  minifyWhitespace: true,
  // Read only by `--debug` (stack-trace.ts), to name TypeScript lines; the bundle carries no comment pointing at it.
  sourcemap: 'external',
  sourcesContent: false,
  legalComments: 'none',
  plugins: [offline],
  // A native addon (the cover's rasteriser) cannot be inlined; the bundle requires it from node_modules.
  external: ['@resvg/resvg-js'],
  logLevel: 'warning',
  // subset-font finds its WebAssembly file with require.resolve at run time: from the bundle, that still resolves in node_modules.
  logOverride: { 'require-resolve-not-external': 'silent' },
});
rmSync(cacheFolder, { recursive: true, force: true });
