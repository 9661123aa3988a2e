/**
 * The output folder meeting an unlucky disk or user: a file in its place, a
 * read-only or full file system, a name too long, the root folder, a folder
 * of someone else's files, two builds at once. Each is one message with exit
 * code 2, and `out/` keeps its old set.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openOutputFolder, setListName } from '../util/output-folder.js';
import { UserError } from '../util/user-error.js';
import { compiled, makeBook, runWenji } from './__fixtures__/run-wenji.js';

const oldSet = [
  { name: 'a.pdf', content: Buffer.from('old a') },
  { name: 'report.json', content: Buffer.from('{}') },
];
const newSet = [
  { name: 'a.pdf', content: Buffer.from('new a') },
  { name: 'b.epub', content: Buffer.from('new b') },
];

function folderWithOldSet(): { parent: string; out: string } {
  const parent = mkdtempSync(join(tmpdir(), 'wenji-io-'));
  const out = join(parent, 'out');
  const folder = openOutputFolder(out);
  folder.publish(oldSet);
  folder.release();
  return { parent, out };
}

const contents = (out: string) =>
  Object.fromEntries(
    readdirSync(out)
      .filter((n) => n !== setListName)
      .map((name) => [name, readFileSync(join(out, name), 'utf8')]),
  );

function systemError(code: string): Error {
  return Object.assign(new Error(`${code}: injected`), { code, syscall: 'write' });
}

describe('publishing a set when writing fails', () => {
  it.each([
    ['ENOSPC', /cannot write the output \(nothing in .* was changed\): no space left on the device \(ENOSPC\)/, 'free some space and run again'],
    ['EACCES', /permission denied \(EACCES\)/, 'check the permissions, or choose another folder'],
    ['EROFS', /the file system is read-only \(EROFS\)/, 'choose a folder on a writable disk'],
    ['EIO', /input\/output error \(EIO\)/, 'check the disk'],
  ])('%s at any step leaves the old set and no leftovers', (code, message, todo) => {
    for (const step of ['write a.pdf', 'write b.epub', 'write set list', 'move old set aside', 'move new set in']) {
      const { parent, out } = folderWithOldSet();
      const folder = openOutputFolder(out, {
        onStep: (at) => {
          if (at === step) throw systemError(code);
        },
      });
      let failure: unknown;
      try {
        folder.publish(newSet);
      } catch (error) {
        failure = error;
      }
      folder.release();
      expect(failure, step).toBeInstanceOf(UserError);
      expect((failure as UserError).message).toMatch(message);
      expect((failure as UserError).detail).toBe(todo);
      expect((failure as UserError).exitCode).toBe(2);
      expect(contents(out), step).toEqual({ 'a.pdf': 'old a', 'report.json': '{}' });
      expect(readdirSync(parent)).toEqual(['out']);
    }
  });

  it("carries over files that are not part of a set (a benchmark report), and drops the old set's own", () => {
    const { out } = folderWithOldSet();
    writeFileSync(join(out, 'bench.json'), '{"bench": 1}');
    const folder = openOutputFolder(out);
    folder.publish(newSet);
    folder.release();
    expect(contents(out)).toEqual({ 'a.pdf': 'new a', 'b.epub': 'new b', 'bench.json': '{"bench": 1}' });
  });

  it('refuses a second build into a folder while a first holds it, and takes over a lock whose process is gone', () => {
    const { parent, out } = folderWithOldSet();
    const first = openOutputFolder(out);
    expect(() => openOutputFolder(out)).toThrow(`another build is writing to this output folder (process ${process.pid})`);
    first.release();
    writeFileSync(join(parent, '.out.wenji-lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname() }));
    mkdirSync(join(parent, '.out.wenji-new'));
    writeFileSync(join(parent, '.out.wenji-new', 'a.pdf'), 'half');
    writeFileSync(join(out, 'a.pdf.4242.tmp'), 'temp file of an earlier version');
    const second = openOutputFolder(out);
    second.release();
    expect(readdirSync(parent)).toEqual(['out']);
    expect(contents(out)).toEqual({ 'a.pdf': 'old a', 'report.json': '{}' });
  });

  it("refuses the root folder, the working folder, the sources' folder, a file, and a folder of other files", () => {
    const { parent, out } = folderWithOldSet();
    const refused = (path: string, protect: string[] = []) => {
      try {
        openOutputFolder(path, { protect }).release();
      } catch (error) {
        expect(error).toBeInstanceOf(UserError);
        expect((error as UserError).exitCode).toBe(2);
        return (error as UserError).message;
      }
      return 'accepted';
    };
    expect(refused('/')).toBe('--out /: cannot replace the root folder');
    expect(refused('.')).toBe('--out .: the output folder holds the working folder');
    expect(refused(parent, [join(parent, 'out')])).toMatch(/the output folder holds the sources/);
    writeFileSync(join(parent, 'file'), 'x');
    expect(refused(join(parent, 'file'))).toBe(`--out ${join(parent, 'file')}: a file is in the way, not a folder`);
    mkdirSync(join(parent, 'documents'));
    writeFileSync(join(parent, 'documents', 'thesis.docx'), 'x');
    expect(refused(join(parent, 'documents'))).toMatch(/the folder holds files wenji did not write \(thesis\.docx\)/);
    expect(existsSync(join(parent, 'documents', 'thesis.docx'))).toBe(true);
    expect(refused(out)).toBe('accepted');
  });
});

describe.runIf(compiled)('the shipped command and the disk', () => {
  it('--out at a file, under a file, and too long a name: one message, exit 2', async () => {
    const book = makeBook();
    writeFileSync(join(book.dir, 'taken'), 'x');
    const atFile = await runWenji(['build', '--manifest', book.manifest, '--out', join(book.dir, 'taken')]);
    expect([atFile.code, atFile.stderr]).toEqual([
      2,
      `wenji: --out ${join(book.dir, 'taken')}: a file is in the way, not a folder\n  remove the file or name another folder with --out\n`,
    ]);
    const underFile = await runWenji(['build', '--manifest', book.manifest, '--out', join(book.dir, 'taken', 'out')]);
    expect(underFile.code).toBe(2);
    expect(underFile.stderr).toMatch(/a part of the path is a file, not a folder \(ENOTDIR\)/);
    const long = await runWenji(['build', '--manifest', book.manifest, '--out', join(book.dir, 'x'.repeat(300))]);
    expect(long.code).toBe(2);
    expect(long.stderr).toMatch(/the name or path is too long \(ENAMETOOLONG\)\n {2}choose a shorter path/);
    for (const run of [atFile, underFile, long]) expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('gives the same files, report included, whatever the working folder', async () => {
    const book = makeBook();
    const fromBook = await runWenji(['build', '--manifest', 'sources/book.yaml', '--out', 'out'], { cwd: book.dir });
    const fromSources = await runWenji(['build', '--manifest', 'book.yaml', '--out', '../out2'], { cwd: join(book.dir, 'sources') });
    expect([fromBook.code, fromSources.code]).toEqual([0, 0]);
    const names = readdirSync(join(book.dir, 'out')).sort();
    expect(names).toContain('report.json');
    for (const name of names) expect(readFileSync(join(book.dir, 'out2', name)).equals(readFileSync(join(book.dir, 'out', name))), name).toBe(true);
    expect(JSON.parse(readFileSync(join(book.dir, 'out', 'report.json'), 'utf8')).files[0].path).toBe('a.txt');
  }, 60_000);

  it('escapes control characters a file name carries to the terminal', async () => {
    const run = await runWenji(['check', '/nonexistent/a\u001b[2J\u0007.txt']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('a\\u001b[2J\\u0007.txt');
    expect(run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  }, 30_000);
});

/** A small tmpfs, when this process may mount one (root in a container, as in CI). */
function mountTmpfs(size: string): string | null {
  const at = mkdtempSync(join(tmpdir(), 'wenji-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', at], { stdio: 'ignore' });
    return at;
  } catch {
    return null;
  }
}
const mounted: string[] = [];
afterAll(() => {
  for (const at of mounted) execFileSync('umount', ['-l', at], { stdio: 'ignore' });
});
const canMount =
  compiled &&
  process.getuid?.() === 0 &&
  (() => {
    const at = mountTmpfs('64k');
    if (at) mounted.push(at);
    return at !== null;
  })();
if (!canMount) console.warn('io-faults: cannot mount a tmpfs here: the full-disk and read-only tests run with injected errors only');

describe.runIf(canMount)('a real full disk and a read-only file system (tmpfs)', () => {
  it('a full disk stops the build with a message; out/ keeps its old set; nothing is left behind', async () => {
    const disk = mountTmpfs('2m')!;
    mounted.push(disk);
    const book = makeBook();
    const out = join(disk, 'out');
    expect((await runWenji(['build', '--manifest', book.manifest, '--out', out])).code).toBe(0);
    const before = contents(out);
    // Fill the disk but for a few kilobytes.
    try {
      execFileSync('dd', ['if=/dev/zero', `of=${join(disk, 'filler')}`, 'bs=4k'], { stdio: 'ignore' });
    } catch {
      // dd stops at the full disk.
    }
    execFileSync('truncate', ['-s', `-${32 * 1024}`, join(disk, 'filler')]);
    const full = await runWenji(['build', '--manifest', book.manifest, '--out', out], { env: { SOURCE_DATE_EPOCH: '1800000000' } });
    expect(full.code).toBe(2);
    expect(full.stderr).toMatch(
      /cannot write the output \(nothing in .* was changed\): no space left on the device \(ENOSPC\)\n {2}free some space and run again\n$/,
    );
    expect(contents(out)).toEqual(before);
    expect(readdirSync(disk).sort()).toEqual(['filler', 'out']);
  }, 60_000);

  it('a read-only file system is named before any work', async () => {
    const disk = mountTmpfs('1m')!;
    mounted.push(disk);
    execFileSync('mount', ['-o', 'remount,ro', disk]);
    const book = makeBook();
    const run = await runWenji(['build', '--manifest', book.manifest, '--out', join(disk, 'out')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^wenji: .*: cannot create the lock beside the output folder: the file system is read-only \(EROFS\)\n {2}choose a folder on a writable disk\n$/,
    );
  }, 30_000);
});

describe.runIf(canMount)('an output folder that is a mount point', () => {
  it('is refused with the folder to use instead, and left as it was', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'wenji-mount-'));
    const out = join(parent, 'out');
    mkdirSync(out);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', out]);
    mounted.push(out);
    writeFileSync(join(out, 'a.pdf'), 'x');
    const book = makeBook();
    const run = await runWenji(['build', '--manifest', book.manifest, '--out', out]);
    expect([run.code, run.stderr]).toEqual([
      2,
      `wenji: --out ${out}: the folder is a mount point, which cannot be replaced as a whole\n  name a folder inside it, e.g. --out ${join(out, 'book')}\n`,
    ]);
    expect(readdirSync(out)).toEqual(['a.pdf']);
  }, 30_000);
});
