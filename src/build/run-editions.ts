/**
 * Builds the editions. The first edition is made in this thread and each
 * other one in a worker thread, on a two-core machine at once. Workers start
 * before the sources are read, so their module loading and font warm-up
 * overlap the cleaning; since an edition's converter is built for its book's
 * characters, converting is quick once the book arrives. `parallel: false`
 * makes them all in this thread. Results come back in manifest order.
 */
import type { Worker } from 'node:worker_threads';
import { buildEdition, type EditionHints, type EditionPlan, type EditionRequest, type EditionResult, warmUpEdition } from './edition.js';
import type { WorkerMessage, WorkerReply } from './serve-editions.js';
import { releaseWorker, takeWorker } from './worker-pool.js';

export interface Editions {
  /** Builds the editions planned, given their requests in the same order (and what spares the workers work). */
  run(requests: readonly EditionRequest[], hints?: EditionHints): Promise<EditionResult[]>;
  /** Stops the workers (when the build fails before any edition is made). */
  cancel(): Promise<void>;
}

interface EditionWorker {
  worker: Worker;
  result: Promise<EditionResult>;
}

function startWorker(plan: EditionPlan): EditionWorker {
  const worker = takeWorker();
  worker.postMessage({ plan } satisfies WorkerMessage);
  const result = new Promise<EditionResult>((resolve, reject) => {
    worker.once('message', (message: WorkerReply) => {
      releaseWorker(worker);
      resolve(message.edition);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`edition worker for ${plan.lang} exited with code ${code} before its edition was made`)));
  });
  // A cancelled worker's result is never awaited.
  result.catch(() => {});
  return { worker, result };
}

export function startEditions(plans: readonly EditionPlan[], options: { parallel?: boolean } = {}): Editions {
  const parallel = (options.parallel ?? true) && plans.length > 1;
  const workers = parallel ? plans.slice(1).map(startWorker) : [];
  const cancel = async () => {
    await Promise.all(workers.map((edition) => edition.worker.terminate()));
  };
  try {
    if (plans[0]) warmUpEdition(plans[0]);
  } catch (error) {
    // A face that cannot be found or read: the workers already started must not outlive the failure.
    void cancel();
    throw error;
  }
  return {
    async run(requests, hints = {}) {
      if (requests.length !== plans.length) throw new Error(`${plans.length} editions were planned, ${requests.length} requested`);
      if (!parallel) {
        const results: EditionResult[] = [];
        for (const request of requests) results.push(await buildEdition(request, hints));
        return results;
      }
      for (const [i, edition] of workers.entries()) edition.worker.postMessage({ request: requests[i + 1]!, hints } satisfies WorkerMessage);
      try {
        const results = [await buildEdition(requests[0]!, hints)];
        for (const edition of workers) results.push(await edition.result);
        return results;
      } catch (error) {
        await cancel();
        throw error;
      }
    },
    cancel,
  };
}
