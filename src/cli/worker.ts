/** Entry of an edition worker thread: the command's worker side (compiled, the bundle through the code cache). */
import { parentPort } from 'node:worker_threads';
import { loadCommand } from '../bundle/load.js';

const wenji = await loadCommand('edition-worker', import.meta.url);
wenji.exports.serveEditions(parentPort!, () => wenji.saveCache());
