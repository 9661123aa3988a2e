/**
 * Builds the editions. In the shipped command the first edition is made in
 * this thread and each other one is shared with a worker thread: the worker
 * converts the book and typesets the PDF; this thread, its code warm from its
 * own edition, makes the EPUB from the converted book the worker sends back.
 * On two cores that balances the threads, and the second EPUB costs a tenth of
 * the first. Workers start before the sources are read, so their module
 * loading and font and dictionary warm-up overlap the cleaning. Tests run the
 * sources, where there is no compiled worker: all editions are then made in
 * this thread. Results come back in manifest order.
 */
import type { Worker } from 'node:worker_threads';
import type { Book } from '../book/types.js';
import type { ConversionWarning } from '../convert/to-script.js';
import { buildEdition, renderEdition, warmUpEdition, type EditionPlan, type EditionRequest, type EditionResult } from './edition.js';
import type { WorkerMessage, WorkerReply } from './edition-worker.js';
import { takeWorker, workersAvailable } from './edition-workers.js';

export interface Editions {
  /** Builds the editions planned, given their requests in the same order. */
  run(requests: readonly EditionRequest[]): Promise<EditionResult[]>;
  /** Stops the workers (when the build fails before any edition is made). */
  cancel(): Promise<void>;
}

interface EditionWorker {
  worker: Worker;
  converted: Promise<{ book: Book; warnings: ConversionWarning[] }>;
  printed: Promise<Pick<EditionResult, 'outputs' | 'error'>>;
}

function startWorker(plan: EditionPlan): EditionWorker {
  const worker = takeWorker();
  worker.postMessage({ plan } satisfies WorkerMessage);
  const failed = new Promise<never>((_, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`edition worker for ${plan.lang} exited with code ${code} before its edition was made`)));
  });
  const reply = <K extends 'converted' | 'printed'>(kind: K) =>
    Promise.race([
      new Promise<Extract<WorkerReply, Record<K, unknown>>[K]>((resolve) => {
        const listen = (message: WorkerReply) => {
          if (!(kind in message)) return;
          worker.off('message', listen);
          resolve((message as Extract<WorkerReply, Record<K, unknown>>)[kind]);
        };
        worker.on('message', listen);
      }),
      failed,
    ]);
  const edition = { worker, converted: reply('converted'), printed: reply('printed') };
  // A cancelled worker's promises are never awaited.
  edition.converted.catch(() => {});
  edition.printed.catch(() => {});
  return edition;
}

/** The worker's PDF and this thread's EPUB of one edition, in the usual order (PDF, then EPUB). */
async function shareEdition(edition: EditionWorker, request: EditionRequest): Promise<EditionResult> {
  const { book, warnings } = await edition.converted;
  const ebook = await renderEdition(book, request, request.formats.filter((format) => format === 'epub'));
  const printed = await edition.printed;
  return { lang: request.lang, warnings, outputs: [...printed.outputs, ...ebook.outputs], ...((printed.error ?? ebook.error) ? { error: printed.error ?? ebook.error } : {}) };
}

export function startEditions(plans: readonly EditionPlan[], options: { parallel?: boolean } = {}): Editions {
  const parallel = (options.parallel ?? true) && plans.length > 1 && workersAvailable();
  const workers = parallel ? plans.slice(1).map(startWorker) : [];
  if (plans[0]) warmUpEdition(plans[0], { ebook: true });
  return {
    async run(requests) {
      if (requests.length !== plans.length) throw new Error(`${plans.length} editions were planned, ${requests.length} requested`);
      if (!parallel) {
        const results: EditionResult[] = [];
        for (const request of requests) results.push(await buildEdition(request));
        return results;
      }
      workers.forEach((edition, i) => edition.worker.postMessage({ request: requests[i + 1]! } satisfies WorkerMessage));
      try {
        const results = [await buildEdition(requests[0]!)];
        for (const [i, edition] of workers.entries()) results.push(await shareEdition(edition, requests[i + 1]!));
        return results;
      } catch (error) {
        await this.cancel();
        throw error;
      }
    },
    async cancel() {
      await Promise.all(workers.map((edition) => edition.worker.terminate()));
    },
  };
}
