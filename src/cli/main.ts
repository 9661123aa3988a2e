/**
 * Argument parsing and dispatch. Exit codes: 0 clean, 1 content errors (or
 * warnings with --strict), 2 usage or I/O errors.
 */
import { parseArgs } from 'node:util';
import { UserError } from '../util/user-error.js';
import { runBuild } from './build-command.js';
import { runCheck } from './check-command.js';
import { runClean } from './clean-command.js';
import { runFix } from './fix-command.js';
import { runInit } from './init-command.js';

const usage = `Usage: wenji <command> [options]

Commands:
  init [--force] [--manifest FILE] [folder or files...]      write a first manifest for a folder of raw pages (default: sources/)
  build [--strict] [--json] [--manifest FILE] [--out DIR]   build the editions and the cleaning report
  check [--strict] [--verbose] [files...]                     report problems in the sources (default: the manifest's)
  clean [--json] <files...>                                   print the cleaned articles of any raw files
  fix [files...]                                              add a correction to edit for each unrepaired damage (default: the manifest's)

Options:
  --manifest FILE   edition manifest (default: sources/book.yaml)
  --out DIR         output folder (default: out)
  --strict          fail on warnings as well as errors
  --force           init: replace an existing manifest
  --json            machine-readable output
  --verbose         also list routine edits (info messages)
`;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const defaultIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        strict: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        manifest: { type: 'string', default: 'sources/book.yaml' },
        out: { type: 'string', default: 'out' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
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
  try {
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
      default:
        io.stderr(`wenji: unknown command \`${command}\`\n\n${usage}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr(`wenji: ${error.message}\n${error.detail ? `  ${error.detail}\n` : ''}`);
      return error.exitCode;
    }
    throw error;
  }
}
