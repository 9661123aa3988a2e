/**
 * Worker entry: told which edition it will make, it warms up (fonts,
 * converter); handed the request, it builds that edition and posts the bytes
 * back.
 */
import { parentPort } from 'node:worker_threads';
import { buildEdition, prepareEdition, type EditionPlan, type EditionRequest } from './edition.js';

export type WorkerMessage = { plan: EditionPlan } | { request: EditionRequest };

const port = parentPort!;
port.on('message', async (message: WorkerMessage) => {
  if ('plan' in message) {
    prepareEdition(message.plan);
    return;
  }
  const result = await buildEdition(message.request);
  port.postMessage(result, result.outputs.map((output) => output.bytes.buffer as ArrayBuffer));
  port.close();
});
