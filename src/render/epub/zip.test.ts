import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { type ZipEntry, zip } from './zip.js';

const modified = new Date('2026-11-22T13:45:58Z');
const entries: ZipEntry[] = [
  { name: 'mimetype', bytes: Buffer.from('application/epub+zip'), stored: true },
  { name: 'OEBPS/a01.xhtml', bytes: Buffer.from('<p>学习心得</p>'.repeat(200)) },
  { name: 'OEBPS/empty.css', bytes: new Uint8Array(0) },
  { name: 'OEBPS/文集.txt', bytes: Buffer.from('名字不是 ASCII') },
];

function unzipTest(bytes: Uint8Array): string {
  const folder = mkdtempSync(join(tmpdir(), 'wenji-zip-'));
  try {
    const file = join(folder, 'book.zip');
    writeFileSync(file, bytes);
    return execFileSync('unzip', ['-t', file], { encoding: 'utf8' });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const hasUnzip = (() => {
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('zip', () => {
  const bytes = zip(entries, modified);

  it('reads back with the same names, order, contents and UTC dates', async () => {
    const archive = await JSZip.loadAsync(bytes);
    expect(Object.keys(archive.files)).toEqual(entries.map((entry) => entry.name));
    for (const entry of entries) {
      const file = archive.files[entry.name]!;
      expect(Buffer.from(await file.async('uint8array'))).toEqual(Buffer.from(entry.bytes));
      // DOS times have two-second steps; jszip reads them as UTC.
      expect(file.date.toISOString()).toBe('2026-11-22T13:45:58.000Z');
    }
  });

  it('starts with the mimetype entry stored, with no extra field (OCF)', () => {
    const header = Buffer.from(bytes.buffer, bytes.byteOffset, 30 + 8);
    expect(header.readUInt32LE(0)).toBe(0x04034b50);
    expect(header.readUInt16LE(8)).toBe(0); // stored
    expect(header.readUInt16LE(26)).toBe('mimetype'.length);
    expect(header.readUInt16LE(28)).toBe(0); // extra field length
    expect(header.subarray(30).toString('latin1')).toBe('mimetype');
    expect(Buffer.from(bytes.subarray(38, 38 + 20)).toString('latin1')).toBe('application/epub+zip');
  });

  it('deflates the other entries', () => {
    expect(bytes.length).toBeLessThan(entries.reduce((sum, entry) => sum + entry.bytes.length, 0));
  });

  it('gives the same bytes in any time zone', () => {
    const script = `import { zip } from ${JSON.stringify(new URL('./zip.ts', import.meta.url).pathname)};
      process.stdout.write(Buffer.from(zip([{ name: 'a', bytes: Buffer.from('x') }], new Date(${modified.getTime()}))).toString('hex'));`;
    const run = (tz: string) =>
      execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
    expect(run('Pacific/Kiritimati')).toBe(run('America/Los_Angeles'));
    expect(run('UTC')).toBe(Buffer.from(zip([{ name: 'a', bytes: Buffer.from('x') }], modified)).toString('hex'));
  });

  it.runIf(hasUnzip)('passes unzip -t', () => {
    expect(unzipTest(bytes)).toMatch(/No errors detected/);
  });
});
