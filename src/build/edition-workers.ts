/**
 * Edition worker threads, which may be started before the rest of the command
 * loads: `wenji build` starts one first thing, so that loading the typesetting
 * modules in the worker overlaps loading and reading in the main thread. This
 * module imports nothing heavy for that reason.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const workerFile = fileURLToPath(new URL('./edition-worker.js', import.meta.url));

/** Started ahead of need and not yet taken; unreferenced, so an unused one never keeps the process alive. */
const spares: Worker[] = [];

/** Whether editions can run in workers: only from the compiled command (tests run the sources). */
export const workersAvailable = (): boolean => existsSync(workerFile);

export function startSpareWorker(): void {
  if (!workersAvailable()) return;
  const worker = new Worker(workerFile);
  worker.unref();
  spares.push(worker);
}

/** A spare worker if one was started, else a new one. */
export function takeWorker(): Worker {
  const worker = spares.shift() ?? new Worker(workerFile);
  worker.ref();
  return worker;
}
