/** Worker entry: builds the one edition it is handed and posts the bytes back. */
import { parentPort, workerData } from 'node:worker_threads';
import { buildEdition, type EditionRequest } from './edition.js';

const result = await buildEdition(workerData as EditionRequest);
parentPort!.postMessage(result, result.outputs.map((output) => output.bytes.buffer as ArrayBuffer));
