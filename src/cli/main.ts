/**
 * Argument parsing and dispatch. Exit codes: 0 clean, 1 content errors (or
 * warnings with --strict), 2 usage or I/O errors, 3 an internal error (a bug).
 * Every failure is a message; `--debug` (or WENJI_DEBUG=1) adds the stack trace.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { stopWorkers } from '../build/worker-pool.js';
import { isSystemError, systemErrorMessage } from '../util/io-error.js';
import { readableStack } from '../util/stack-trace.js';
import { escapeControls } from '../util/terminal-text.js';
import { UserError } from '../util/user-error.js';
import { runBuild } from './build-command.js';
import { runCheck } from './check-command.js';
import { runClean } from './clean-command.js';
import { runConvert } from './convert-command.js';
import { runFix } from './fix-command.js';
import { runInit } from './init-command.js';

const usage = `Usage: wenji <command> [options]

Commands:
  init [--force] [--manifest FILE] [folder or files...]      write a first manifest for a folder of raw pages (default: sources/)
  build [--strict] [--json] [--manifest FILE] [--out DIR]   build the editions and the cleaning report
  check [--strict] [--verbose] [files...]                     report problems in the sources (default: the manifest's)
  clean [--json] <files...>                                   print the cleaned articles of any raw files
  fix [files...]                                              add a correction to edit for each unrepaired damage (default: the manifest's)
  convert --to zh-Hant|zh-Hans [--variant tw|twp|hk|t] [files...]
                                                              convert text (files or standard input) to one script

Options:
  --manifest FILE   edition manifest (default: sources/book.yaml)
  --out DIR         output folder (default: out)
  --strict          fail on warnings as well as errors
  --force           init: replace an existing manifest
  --json            machine-readable output
  --verbose         also list routine edits (info messages)
  --debug           show the stack trace of a failure (also WENJI_DEBUG=1)
  --to LANG         target of convert: zh-Hant or zh-Hans
  --variant NAME    Traditional variant of convert (default tw)

Exit codes: 0 done, 1 problems in the sources, 2 usage or I/O error, 3 internal error.
`;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Progress on a terminal, control sequences included (absent: plain lines on stderr). */
  progress?: (text: string) => void;
  /** The whole of standard input (absent: the process's). */
  stdin?: () => string;
}

const defaultIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  ...(process.stderr.isTTY ? { progress: (text: string) => process.stderr.write(text) } : {}),
  stdin: () => readFileSync(0, 'utf8'),
};

/** Whether failures show their stack trace. */
export const debugWanted = (argv: readonly string[], env: NodeJS.ProcessEnv = process.env): boolean =>
  argv.includes('--debug') || (env.WENJI_DEBUG !== undefined && env.WENJI_DEBUG !== '' && env.WENJI_DEBUG !== '0');

/** A failure as the user sees it, with its exit code. */
export function reportFailure(error: unknown, io: Pick<Io, 'stderr'>, debug: boolean): 2 | 1 | 3 {
  const failure = isSystemError(error) ? systemErrorMessage(error) : (missingModule(error) ?? error);
  let code: 1 | 2 | 3;
  if (failure instanceof UserError) {
    io.stderr(`wenji: ${failure.message}\n${failure.detail ? `  ${failure.detail.replace(/\n/g, '\n  ')}\n` : ''}`);
    code = failure.exitCode;
  } else {
    const message = failure instanceof Error ? failure.message : String(failure);
    io.stderr(
      `wenji: internal error: ${message}\n${debug ? '' : '  this is a bug in wenji; run again with --debug (or WENJI_DEBUG=1) for the stack trace, and report it\n'}`,
    );
    code = 3;
  }
  if (debug) io.stderr(`${readableStack(error)}\n`);
  return code;
}

/** A package the command needs is not installed: a set-up fault, not a bug. */
function missingModule(error: unknown): UserError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (!(error instanceof Error) || (code !== 'MODULE_NOT_FOUND' && code !== 'ERR_MODULE_NOT_FOUND')) return null;
  return new UserError(
    `the installation is incomplete: ${error.message.split('\n')[0]}`,
    'run npm ci (or npm install) in the project folder, then run again',
    2,
  );
}

/** The command's output with control characters escaped: file names and titles come from users. */
function safeIo(io: Io): Io {
  return {
    stdout: (text) => io.stdout(escapeControls(text)),
    stderr: (text) => io.stderr(escapeControls(text)),
    ...(io.progress ? { progress: io.progress } : {}),
    ...(io.stdin ? { stdin: io.stdin } : {}),
  };
}

export async function main(argv: readonly string[], rawIo: Io = defaultIo): Promise<number> {
  const io = safeIo(rawIo);
  const debug = debugWanted(argv);
  try {
    return await dispatch(argv, io);
  } catch (error) {
    return reportFailure(error, io, debug);
  } finally {
    // Whatever happened, no edition worker outlives the command (a live one keeps the process from exiting).
    await stopWorkers();
  }
}

/** The command line as `node:util` reads it (options of every command; each command checks its own). */
function parseCommandLine(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      strict: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      manifest: { type: 'string', default: 'sources/book.yaml' },
      out: { type: 'string', default: 'out' },
      force: { type: 'boolean', default: false },
      to: { type: 'string' },
      variant: { type: 'string', default: 'tw' },
      help: { type: 'boolean', short: 'h', default: false },
      debug: { type: 'boolean', default: false },
    },
  });
}

async function dispatch(argv: readonly string[], io: Io): Promise<number> {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    io.stderr(`wenji: ${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const [command, ...files] = parsed.positionals;
  const options = parsed.values;
  if (options.help || !command) {
    (options.help ? io.stdout : io.stderr)(usage);
    return options.help ? 0 : 2;
  }
  switch (command) {
    case 'init': {
      const manifestGiven = argv.some((arg) => arg === '--manifest' || arg.startsWith('--manifest='));
      return runInit({ targets: files, ...(manifestGiven ? { manifest: options.manifest } : {}), force: options.force, strict: options.strict }, io);
    }
    case 'build':
      return await runBuild({ manifest: options.manifest, out: options.out, strict: options.strict, json: options.json }, io);
    case 'check':
      return runCheck({ manifest: options.manifest, files, strict: options.strict, verbose: options.verbose }, io);
    case 'fix':
      return runFix({ manifest: options.manifest, files }, io);
    case 'clean':
      if (files.length === 0) throw new UserError('wenji clean: no files given', 'usage: wenji clean [--json] <files...>', 2);
      return runClean({ files, json: options.json }, io);
    case 'convert':
      return runConvert({ to: options.to, variant: options.variant, files, strict: options.strict }, io);
    default:
      io.stderr(`wenji: unknown command \`${command}\`\n\n${usage}`);
      return 2;
  }
}
