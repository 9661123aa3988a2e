/**
 * Test helper: run Ace by DAISY (`@daisy/ace-cli`, from npm) on an EPUB, with
 * Debian's chromium as its headless browser (puppeteer's own download is
 * skipped), and list the violations of its report.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { packageRoot } from '../../../util/package-root.js';

export const chromiumPath = '/usr/bin/chromium';
const aceCli = join(packageRoot, 'node_modules', '.bin', 'ace-cli');
export const aceAvailable = existsSync(chromiumPath) && existsSync(aceCli);

export interface AceViolation {
  document: string;
  rule: string;
  impact: string;
  description: string;
}

interface AceReport {
  'earl:result': { 'earl:outcome': 'pass' | 'fail' };
  assertions?: Array<{
    'earl:testSubject'?: { url?: string };
    assertions?: Array<{ 'earl:test': { 'dct:title': string; 'earl:impact': string }; 'earl:result': { 'dct:description'?: string } }>;
  }>;
}

export async function ace(bytes: Uint8Array, name: string): Promise<{ outcome: string; violations: AceViolation[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'wenji-ace-'));
  try {
    const file = join(dir, name);
    await writeFile(file, bytes);
    const env = { ...process.env, PUPPETEER_EXECUTABLE_PATH: chromiumPath, PUPPETEER_SKIP_DOWNLOAD: '1' };
    // Ace exits non-zero when it finds violations; the report still says which.
    await promisify(execFile)(aceCli, ['--silent', '--force', '--outdir', join(dir, 'report'), file], { env, maxBuffer: 1 << 24 }).catch(() => undefined);
    const report = JSON.parse(await readFile(join(dir, 'report', 'report.json'), 'utf8')) as AceReport;
    const violations = (report.assertions ?? []).flatMap((document) =>
      (document.assertions ?? []).map((assertion) => ({
        document: document['earl:testSubject']?.url ?? '',
        rule: assertion['earl:test']['dct:title'],
        impact: assertion['earl:test']['earl:impact'],
        description: assertion['earl:result']['dct:description'] ?? '',
      })),
    );
    return { outcome: report['earl:result']['earl:outcome'], violations };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
