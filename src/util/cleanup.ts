/**
 * Work to undo if the process is stopped midway (a signal, an uncaught error):
 * a staging folder to remove, a lock to release. Each step is synchronous, since
 * the process exits right after.
 */
const steps = new Set<() => void>();

/** Registers `step`; the returned function unregisters it once the work is done. */
export function onAbort(step: () => void): () => void {
  steps.add(step);
  return () => steps.delete(step);
}

/** Runs every registered step, newest first, each at most once; a failing step does not stop the others. */
export function runAbortSteps(): void {
  for (const step of [...steps].reverse()) {
    steps.delete(step);
    try {
      step();
    } catch {
      // Leftovers of a stopped run are removed by the next one.
    }
  }
}
