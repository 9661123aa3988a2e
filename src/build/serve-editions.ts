/**
 * The edition worker's side of the conversation. Told which edition it will
 * make, it warms up (faces, the typesetting libraries). Handed the request,
 * it makes the whole edition (conversion, PDF, EPUB), posts the result with
 * the bytes transferred, and calls `done` (the entry file saves its code
 * cache there).
 */
import type { MessagePort } from 'node:worker_threads';
import {
  buildEdition,
  type EditionFailure,
  type EditionHints,
  type EditionPlan,
  type EditionRequest,
  type EditionResult,
  failureOf,
  prepareEdition,
} from './edition.js';

export type WorkerMessage = { plan: EditionPlan } | { request: EditionRequest; hints: EditionHints };
export type WorkerReply = { edition: EditionResult };

export function serveEditions(port: MessagePort, done: () => void = () => {}): void {
  // A failure while warming up (a face missing or unreadable) is answered when the request comes.
  let unprepared: EditionFailure | undefined;
  port.on('message', async (message: WorkerMessage) => {
    if ('plan' in message) {
      try {
        prepareEdition(message.plan);
      } catch (error) {
        unprepared = failureOf(error);
      }
      return;
    }
    const edition: EditionResult = unprepared
      ? { lang: message.request.lang, outputs: [], warnings: [], error: unprepared }
      : await buildEdition(message.request, message.hints);
    port.postMessage(
      { edition } satisfies WorkerReply,
      edition.outputs.map((output) => output.bytes.buffer as ArrayBuffer),
    );
    port.close();
    done();
  });
}
