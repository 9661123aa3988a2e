/**
 * Edition worker threads. `wenji build` starts one first thing, before the
 * rest of the command loads, and hands it over with `adoptSpareWorker`, so
 * that loading the typesetting code in the worker overlaps loading and reading
 * in the main thread. This module imports nothing heavy for that reason.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { packageRoot, runsFromSources } from '../util/package-root.js';

const fromSources = runsFromSources(import.meta.url);

/** The worker entry (`src/cli/worker.ts`), compiled beside the running code or, from the sources, itself. */
const workerFile = fromSources ? join(packageRoot, 'src', 'cli', 'worker.ts') : join(packageRoot, 'dist', 'cli', 'worker.js');

/**
 * A new edition worker. From the sources it runs the same entry through tsx:
 * Node 20 does not pass a loader on to worker threads, so the thread registers
 * tsx itself before loading the entry.
 */
export function startWorker(): Worker {
  if (!fromSources) return new Worker(workerFile);
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = pathToFileURL(workerFile).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`, { eval: true });
}

/** Started ahead of need and not yet taken; unreferenced, so an unused one never keeps the process alive. */
const spares: Worker[] = [];

/** Every worker taken and not yet ended, so that any failure or signal can stop them all. */
const running = new Set<Worker>();

export function adoptSpareWorker(worker: Worker): void {
  worker.unref();
  spares.push(worker);
}

/** A spare worker if one was started, else a new one. */
export function takeWorker(): Worker {
  const worker = spares.shift() ?? startWorker();
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
