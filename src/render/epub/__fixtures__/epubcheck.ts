/** Test helper: run epubcheck (Debian's `/usr/bin/epubcheck` is the jar itself) and read its JSON report. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const epubcheckJar = '/usr/bin/epubcheck';
export const epubcheckAvailable = existsSync(epubcheckJar);

export interface EpubcheckMessage {
  ID: string;
  severity: string;
  message: string;
  locations: Array<{ path: string; line: number; column: number }>;
}

export interface EpubcheckResult {
  nFatal: number;
  nError: number;
  nWarning: number;
  messages: EpubcheckMessage[];
}

export async function epubcheck(bytes: Uint8Array, name: string): Promise<EpubcheckResult> {
  const dir = await mkdtemp(join(tmpdir(), 'wenji-epub-'));
  const file = join(dir, name);
  const report = join(dir, 'report.json');
  await writeFile(file, bytes);
  // epubcheck exits non-zero when it finds errors; the report still says what.
  await promisify(execFile)('java', ['-jar', epubcheckJar, file, '--json', report], { maxBuffer: 1 << 24 }).catch(() => undefined);
  const json = JSON.parse(await readFile(report, 'utf8')) as {
    checker: { nFatal: number; nError: number; nWarning: number };
    messages: EpubcheckMessage[];
  };
  return { ...json.checker, messages: json.messages };
}
