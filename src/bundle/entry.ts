/** What the bundle `dist/wenji.cjs` exports: the command, and the edition worker's side. */

export { serveEditions } from '../build/serve-editions.js';
export { adoptSpareWorker } from '../build/worker-pool.js';
export { main } from '../cli/main.js';
export { guardProcess } from '../cli/process-guard.js';
