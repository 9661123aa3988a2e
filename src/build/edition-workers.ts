/**
 * Edition worker threads. `wenji build` starts one first thing, before the
 * rest of the command loads, and hands it over with `adoptSpareWorker`, so
 * that loading the typesetting code in the worker overlaps loading and reading
 * in the main thread. This module imports nothing heavy for that reason.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../util/package-root.js';

/** The compiled worker entry (`src/cli/worker.ts`), which loads the bundled command. */
export const workerFile = join(packageRoot, 'dist', 'cli', 'worker.js');

/** Started ahead of need and not yet taken; unreferenced, so an unused one never keeps the process alive. */
const spares: Worker[] = [];

/** Every worker taken and not yet ended, so that any failure or signal can stop them all. */
const running = new Set<Worker>();

/** Whether editions can run in workers: only from compiled code (tests run the sources, which have no worker entry). */
export const workersAvailable = (): boolean => !import.meta.url.endsWith('.ts') && existsSync(workerFile);

export function adoptSpareWorker(worker: Worker): void {
  worker.unref();
  spares.push(worker);
}

/** A spare worker if one was started, else a new one. */
export function takeWorker(): Worker {
  const worker = spares.shift() ?? new Worker(workerFile);
  worker.ref();
  running.add(worker);
  worker.once('exit', () => running.delete(worker));
  return worker;
}

/** A worker that has delivered its edition ends by itself once its code cache is saved; it is no longer stopped. */
export function releaseWorker(worker: Worker): void {
  running.delete(worker);
}

/** Ends every edition worker, taken or spare: after an error, on a signal, or when the command is done. */
export async function stopWorkers(): Promise<void> {
  const all = [...running, ...spares.splice(0)];
  running.clear();
  await Promise.all(all.map((worker) => worker.terminate()));
}
