/**
 * Timing of the build's stages as a wrapper around them: the build names its
 * stages with `timedStage`, and only a caller that asks (`recordStages`, the
 * benchmark) gets their times. Otherwise nothing is measured. Stages are
 * timed in the thread that runs them: the benchmark builds in one thread.
 */
export type StageTimes = Array<{ stage: string; seconds: number }>;

let recording: StageTimes | null = null;

export function timedStage<T>(stage: string, work: () => T): T {
  const times = recording;
  if (!times) return work();
  const started = performance.now();
  const done = () => times.push({ stage, seconds: (performance.now() - started) / 1000 });
  const result = work();
  if (result instanceof Promise) return result.finally(done) as T;
  done();
  return result;
}

/** Runs `work` with its stages timed, in the order they end. */
export async function recordStages<T>(work: () => Promise<T>): Promise<{ result: T; times: StageTimes }> {
  const outer = recording;
  const times: StageTimes = [];
  recording = times;
  try {
    return { result: await work(), times };
  } finally {
    recording = outer;
  }
}
