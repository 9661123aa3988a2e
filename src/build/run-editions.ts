/**
 * Builds every edition, one worker thread each when the compiled worker is
 * there (the shipped command), in this thread otherwise (tests run the
 * sources). Results come back in manifest order either way.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildEdition, type EditionRequest, type EditionResult } from './edition.js';

const workerFile = fileURLToPath(new URL('./edition-worker.js', import.meta.url));

function inWorker(request: EditionRequest): Promise<EditionResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: request });
    worker.once('message', (result: EditionResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`edition worker for ${request.lang} exited with code ${code}`));
    });
  });
}

export async function runEditions(requests: readonly EditionRequest[], options: { parallel?: boolean } = {}): Promise<EditionResult[]> {
  const parallel = (options.parallel ?? true) && requests.length > 1 && existsSync(workerFile);
  if (parallel) return Promise.all(requests.map(inWorker));
  const results: EditionResult[] = [];
  for (const request of requests) results.push(await buildEdition(request));
  return results;
}
