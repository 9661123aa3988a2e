/**
 * The edition worker's side of the conversation. Told which edition it will
 * make, it warms up (fonts, converter). Handed the request, it converts the
 * book, posts the converted book back at once (the main thread makes the
 * e-book from it, while its code is warm from its own edition), then typesets
 * the print edition, posts the bytes and calls `done` (the entry file saves
 * its code cache there).
 */
import type { MessagePort } from 'node:worker_threads';
import type { Book } from '../book/types.js';
import type { ConversionWarning } from '../convert/to-script.js';
import { convertEdition, prepareEdition, renderEdition, type EditionPlan, type EditionRequest, type EditionResult } from './edition.js';

export type WorkerMessage = { plan: EditionPlan } | { request: EditionRequest };
export type WorkerReply = { converted: { book: Book; warnings: ConversionWarning[] } } | { printed: Pick<EditionResult, 'outputs' | 'error'> };

export function serveEditions(port: MessagePort, done: () => void = () => {}): void {
  const reply = (message: WorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  port.on('message', async (message: WorkerMessage) => {
    if ('plan' in message) {
      prepareEdition(message.plan);
      return;
    }
    const { request } = message;
    const converted = convertEdition(request);
    reply({ converted });
    const printed = await renderEdition(converted.book, request, request.formats.filter((format) => format === 'pdf'));
    reply({ printed }, printed.outputs.map((output) => output.bytes.buffer as ArrayBuffer));
    port.close();
    done();
  });
}
