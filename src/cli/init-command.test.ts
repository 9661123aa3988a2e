/**
 * `wenji init` on made-up pages: the exact manifest text (comments included)
 * and what it prints, regenerated with UPDATE=1 and reviewed like code; then
 * the rules around it (no overwrite without --force, explicit files, exit codes).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadManifest } from '../manifest/manifest.js';
import { runIn } from './__fixtures__/run-in.js';
import { compareFileNames } from './init-command.js';

const fixtures = join(import.meta.dirname, '__fixtures__', 'init');
const update = process.env.UPDATE === '1';

const run = (argv: string[], cwd: string) => runIn(cwd, argv);

function expectFile(name: string, actual: string): void {
  const path = join(fixtures, name);
  if (update) writeFileSync(path, actual);
  expect(actual, `${name} (UPDATE=1 rewrites it)`).toBe(readFileSync(path, 'utf8'));
}

/** A copy of the fixture pages: init writes beside them, never into the repository. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wenji-init-'));
  cpSync(join(fixtures, '散文集'), join(dir, '散文集'), { recursive: true });
  return dir;
}

let epoch: string | undefined;
beforeEach(() => {
  epoch = process.env.SOURCE_DATE_EPOCH;
  delete process.env.SOURCE_DATE_EPOCH;
});
afterEach(() => {
  if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
  else process.env.SOURCE_DATE_EPOCH = epoch;
});

describe('wenji init on a folder of made-up pages', () => {
  it('writes the expected manifest, comments included, and says what it wrote', async () => {
    const dir = workspace();
    const result = await run(['init', '散文集'], dir);
    const text = readFileSync(join(dir, '散文集', 'book.yaml'), 'utf8');
    expectFile('book.expected.yaml', text);
    expectFile('stdout.expected.txt', result.stdout);
    expect(result.stderr).toBe('');
    // An error in a listed source and a file left out: written, but exit 1.
    expect(result.code).toBe(1);
    const doubts = text.split('\n').filter((line) => line.trimStart().startsWith('# check:')).length;
    expect(result.stdout).toContain(`${doubts} doubts to review`);
  });

  it('writes a manifest the schema accepts, listing only the files with text', async () => {
    const dir = workspace();
    await run(['init', '散文集'], dir);
    const manifest = loadManifest(join(dir, '散文集', 'book.yaml'));
    expect(manifest.sources.map((source) => source.file)).toEqual([
      '01-春天.txt',
      '02-秋夜.txt',
      '03-合集.txt',
      '04-标签.txt',
      '05-无题.txt',
      '06-春天副本.txt',
      '07-受损.txt',
      '9-同题.txt',
    ]);
    expect(manifest.sources[1]).toMatchObject({ encoding: 'gb18030', title: '秋夜讀書記' });
  });

  it('offers optional keys that the schema accepts once uncommented', async () => {
    const dir = workspace();
    await run(['init', '散文集'], dir);
    const path = join(dir, '散文集', 'book.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^# (notice|backCover): /gm, '$1: '));
    expect(loadManifest(path)).toMatchObject({ notice: '内部学习资料', backCover: true });
  });

  it('gives the same bytes twice, whatever the day', async () => {
    const first = workspace();
    const second = workspace();
    await run(['init', '散文集'], first);
    await run(['init', '散文集'], second);
    expect(readFileSync(join(second, '散文集', 'book.yaml'))).toEqual(readFileSync(join(first, '散文集', 'book.yaml')));
  });

  it('never overwrites a manifest without --force', async () => {
    const dir = workspace();
    const path = join(dir, '散文集', 'book.yaml');
    writeFileSync(path, 'mine\n');
    const refused = await run(['init', '散文集'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('exists');
    expect(readFileSync(path, 'utf8')).toBe('mine\n');
    const forced = await run(['init', '--force', '散文集'], dir);
    expect(forced.code).toBe(1);
    expect(readFileSync(path, 'utf8')).toBe(readFileSync(join(fixtures, 'book.expected.yaml'), 'utf8'));
  });
});

describe('wenji init on chosen files', () => {
  it('writes into the files’ common folder, or where --manifest says, with the date of SOURCE_DATE_EPOCH', async () => {
    const dir = workspace();
    process.env.SOURCE_DATE_EPOCH = '1700000000';
    const result = await run(['init', '散文集/04-标签.txt', '散文集/01-春天.txt', '散文集/说明.md'], dir);
    expect(result.code).toBe(0);
    const text = readFileSync(join(dir, '散文集', 'book.yaml'), 'utf8');
    expect(text).toContain('# Publication date: the day of SOURCE_DATE_EPOCH.\ndate: 2023-11-14\n');
    expect(text).toContain('# Not read (only .txt files are sources): 说明.md\n');
    expect(loadManifest(join(dir, '散文集', 'book.yaml')).sources.map((source) => source.file)).toEqual(['01-春天.txt', '04-标签.txt']);

    const elsewhere = await run(['init', '--manifest', 'books/spring.yaml', '散文集/01-春天.txt'], dir);
    expect(elsewhere.code).toBe(0);
    expect(elsewhere.stdout).toContain(`next: wenji build --manifest ${join('books', 'spring.yaml')}`);
    const manifest = loadManifest(join(dir, 'books', 'spring.yaml'));
    expect(manifest.sources).toEqual([{ file: '../散文集/01-春天.txt', title: '春天的约定' }]);
    expect(existsSync(join(manifest.root, manifest.sources[0]!.file))).toBe(true);
  });

  it('exits 2 on a missing folder or one without raw text, writing nothing', async () => {
    const dir = workspace();
    const missing = await run(['init', 'nowhere'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read');
    const empty = await run(['init', '散文集/说明.md'], dir);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('no .txt files');
    expect(existsSync(join(dir, '散文集', 'book.yaml'))).toBe(false);
  });

  it('exits 1 with --strict when a clean page still leaves a doubt', async () => {
    const dir = workspace();
    expect((await run(['init', '散文集/04-标签.txt'], dir)).code).toBe(0);
    expect((await run(['init', '--force', '--strict', '散文集/04-标签.txt'], dir)).code).toBe(1);
    expect((await run(['init', '--force', '--strict', '散文集/01-春天.txt'], dir)).code).toBe(0);
  });
});

describe('file-name order', () => {
  it('takes numbers by value and leaves the rest in code-unit order', () => {
    expect(['p10.txt', 'p9.txt', 'p09b.txt', 'a.txt', 'p1.txt'].sort(compareFileNames)).toEqual(['a.txt', 'p1.txt', 'p9.txt', 'p09b.txt', 'p10.txt']);
  });
});
