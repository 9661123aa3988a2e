/**
 * The edition worker's side of the conversation: told which edition it will
 * make, it warms up (fonts, converter); handed the request, it builds that
 * edition, posts the bytes back and calls `done` (the entry file saves its
 * code cache there).
 */
import type { MessagePort } from 'node:worker_threads';
import { buildEdition, prepareEdition, type EditionPlan, type EditionRequest } from './edition.js';

export type WorkerMessage = { plan: EditionPlan } | { request: EditionRequest };

export function serveEditions(port: MessagePort, done: () => void = () => {}): void {
  port.on('message', async (message: WorkerMessage) => {
    if ('plan' in message) {
      prepareEdition(message.plan);
      return;
    }
    const result = await buildEdition(message.request);
    port.postMessage(result, result.outputs.map((output) => output.bytes.buffer as ArrayBuffer));
    port.close();
    done();
  });
}
