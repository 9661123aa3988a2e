/**
 * A build killed at any point leaves `out/` holding one complete set: the old
 * one or the new one, never a mix, never a part-written file. Two ways in:
 * every step of publishing a set (each file, halfway through each file, each
 * rename) killed with SIGKILL in a child process; and the shipped command
 * killed with `kill -9` at times spread over whole builds. After each kill
 * the next run clears what was left and `out/` is still one complete set.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openOutputFolder, setListName } from '../util/output-folder.js';
import { bin, compiled, makeBook, project, runWenji } from './__fixtures__/run-wenji.js';

type FileSet = Record<string, string>;

/** The set `out/` holds, by its list; null when there is no folder. */
function setIn(out: string): FileSet | null {
  if (!existsSync(out)) return null;
  const names = (JSON.parse(readFileSync(join(out, setListName), 'utf8')) as { files: string[] }).files;
  const present = readdirSync(out)
    .filter((name) => name !== setListName)
    .sort();
  expect(present, 'out/ holds exactly the files of its list').toEqual([...names].sort());
  return Object.fromEntries(names.map((name) => [name, readFileSync(join(out, name), 'utf8')]));
}

/** Folders and files a build leaves beside `out/` while it works. */
const leftovers = (parent: string) => readdirSync(parent).filter((name) => name.includes('.wenji-'));

const oldSet: FileSet = { 'book.zh-Hans.pdf': 'old pdf '.repeat(5000), 'book.zh-Hans.epub': 'old epub '.repeat(3000), 'report.json': '{"old": true}\n' };
const newSet: FileSet = {
  'book.zh-Hans.pdf': 'new pdf '.repeat(6000),
  'book.zh-Hans.epub': 'new epub '.repeat(2000),
  'report.json': '{"new": true}\n',
  'report.html': '<p>new</p>\n',
};
const fixture = join(import.meta.dirname, '__fixtures__', 'publish-and-die.ts');

function publishAndDie(out: string, step: string, inside: boolean): void {
  const set = JSON.stringify(Object.entries(newSet).map(([name, text]) => ({ name, text })));
  try {
    execFileSync(process.execPath, ['--import', 'tsx', fixture, join(project, 'dist'), out, set, step, inside ? '1' : '0'], { cwd: project, stdio: 'pipe' });
  } catch (error) {
    expect((error as { signal?: string }).signal).toBe('SIGKILL');
    return;
  }
  expect(step, 'only an unknown step lets the publication finish').toBe('none');
}

describe.runIf(compiled)('crash consistency of out/', () => {
  const steps = [
    ...Object.keys(newSet).flatMap((name) => [
      { step: `write ${name}`, inside: false },
      { step: `write ${name}`, inside: true },
    ]),
    ...['write set list', 'move old set aside', 'move new set in', 'remove old set', 'none'].map((step) => ({ step, inside: false })),
  ];

  it.each(steps)(
    'killed before or inside step "$step" (inside: $inside): old set or new set, and the next run clears the rest',
    ({ step, inside }) => {
      const parent = mkdtempSync(join(tmpdir(), 'wenji-crash-'));
      const out = join(parent, 'out');
      const first = openOutputFolder(out);
      first.publish(Object.entries(oldSet).map(([name, text]) => ({ name, content: Buffer.from(text) })));
      first.release();

      publishAndDie(out, step, inside);
      const after = setIn(out);
      if (after === null) {
        // Only between the two renames: the old set waits beside out/ and is put back by the next run.
        expect(step).toBe('move new set in');
      } else {
        expect([oldSet, newSet]).toContainEqual(after);
        if (['move new set in', 'remove old set', 'none'].includes(step)) expect(after).toEqual(step === 'move new set in' ? oldSet : newSet);
      }

      const next = openOutputFolder(out);
      const recovered = setIn(out);
      expect([oldSet, newSet]).toContainEqual(recovered);
      if (after !== null) expect(recovered).toEqual(after);
      next.release();
      expect(leftovers(parent)).toEqual([]);
    },
    20_000,
  );

  it('the shipped command killed with kill -9 at times spread over ten builds', async () => {
    const book = makeBook();
    const out = join(book.dir, 'out');
    const build = (epoch: string) => runWenji(['build', '--manifest', book.manifest, '--out', out], { env: { SOURCE_DATE_EPOCH: epoch } });
    const timed = performance.now();
    expect((await build('1700000000')).code).toBe(0);
    const duration = performance.now() - timed;
    const sets = [setIn(out)!];
    expect((await build('1800000000')).code).toBe(0);
    sets.push(setIn(out)!);
    expect(sets[0]).not.toEqual(sets[1]);

    for (let i = 0; i < 10; i++) {
      const epoch = i % 2 === 0 ? '1700000000' : '1800000000';
      const child = spawn(process.execPath, [bin, 'build', '--manifest', book.manifest, '--out', out], {
        cwd: project,
        env: { ...process.env, CI: 'true', SOURCE_DATE_EPOCH: epoch },
        stdio: 'ignore',
      });
      const closed = new Promise((resolve) => child.on('close', resolve));
      // From the start to a little past a whole build: the later half, where the files are written, most densely.
      const delay = duration * (0.3 + 0.09 * i);
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await closed;
      const after = setIn(out);
      if (after !== null) expect(sets).toContainEqual(after);
      const next = openOutputFolder(out);
      expect(sets).toContainEqual(setIn(out));
      next.release();
      expect(leftovers(book.dir)).toEqual([]);
    }
  }, 120_000);
});
