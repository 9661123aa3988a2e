import { loadBundle } from '../dist/bundle/load.js';
const t = performance.now();
const w = loadBundle(process.argv[2] ?? 'build');
if (process.env.T) console.error('load', (performance.now() - t).toFixed(0));
