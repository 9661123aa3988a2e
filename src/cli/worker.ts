/** Entry of an edition worker thread: the bundled command's worker side, through the code cache. */
import { parentPort } from 'node:worker_threads';
import { loadBundle } from '../bundle/load.js';

const wenji = loadBundle('edition-worker');
wenji.exports.serveEditions(parentPort!, () => wenji.saveCache());
