/**
 * What the shipped command does when it is stopped or something escapes every
 * handler: undo the work in progress (staging folder, lock), report, and exit,
 * so that neither the edition workers nor a half-written output outlive it.
 * Installed by `bin.ts` only (tests call `main` in their own process).
 */
import { runAbortSteps } from '../util/cleanup.js';
import { debugWanted, reportFailure } from './main.js';

const signalCodes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

export function guardProcess(argv: readonly string[]): void {
  const debug = debugWanted(argv);
  const stderr = (text: string) => process.stderr.write(text);
  for (const [signal, code] of Object.entries(signalCodes)) {
    process.once(signal, () => {
      runAbortSteps();
      stderr(`\nwenji: stopped by ${signal}; the output folder was left as it was\n`);
      // Exiting ends the worker threads with the process.
      process.exit(code);
    });
  }
  const fail = (error: unknown) => {
    runAbortSteps();
    process.exit(reportFailure(error, { stderr }, debug));
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
}
