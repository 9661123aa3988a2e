/**
 * For the e-book check scripts (`epub:calibre`, `epub:screenshot`): the seeds
 * book built by the shipped command (`wenji build`, as CI runs it) into a
 * folder of the caller's.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export const projectRoot = join(import.meta.dirname, '..', '..', '..');

/** Builds the seeds into `work/out` and returns that folder. */
export function buildSeedsInto(work: string): string {
  const built = join(work, 'out');
  execFileSync(process.execPath, [join(projectRoot, 'dist', 'cli', 'bin.js'), 'build', '--out', built], {
    cwd: projectRoot,
    env: { ...process.env, CI: 'true' },
    stdio: 'pipe',
  });
  return built;
}
