/**
 * The shipped command meeting bad fonts, bad dates and bugs: it always ends,
 * says what is wrong and where in one message, exits 2 (usage, I/O, setup) or
 * 1 (the sources), and shows a stack trace only when asked, in TypeScript terms.
 */
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compiled, fontManifestWith, makeBook, project, runWenji } from './__fixtures__/run-wenji.js';

const fontsFolder = join(project, 'node_modules', '@expo-google-fonts');

describe.runIf(compiled)('fonts', () => {
  it('a missing body face stops the build at once with the key and the path, and the process ends', async () => {
    const book = makeBook();
    const fonts = fontManifestWith(book.dir, 'Hans', 'body', '{ file: MyFont.ttf }');
    const run = await runWenji(['build', '--manifest', book.manifest, '--out', join(book.dir, 'out')], { env: { WENJI_FONTS: fonts }, timeoutMs: 30_000 });
    expect(run.hung).toBe(false);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `wenji: Font not found: ${fonts}: key \`faces.Hans.body\`\n  ${join(book.dir, 'MyFont.ttf')} does not exist; put the file there or name another in the font manifest\n`,
    );
    expect(existsSync(join(book.dir, 'out'))).toBe(false);
  }, 40_000);

  it("a missing heading face of the second edition (the worker's) is named too", async () => {
    const book = makeBook();
    const fonts = fontManifestWith(book.dir, 'Hant', 'heading', '{ file: Missing.ttf }');
    const run = await runWenji(['build', '--manifest', book.manifest, '--out', join(book.dir, 'out')], { env: { WENJI_FONTS: fonts }, timeoutMs: 30_000 });
    expect([run.hung, run.code]).toEqual([false, 2]);
    expect(run.stderr).toMatch(/^wenji: Font not found: .*fonts\.yaml: key `faces\.Hant\.heading`\n/);
  }, 40_000);

  it('a file that is no font, and a damaged font, are named with what to do', async () => {
    const book = makeBook();
    writeFileSync(join(book.dir, 'notes.ttf'), 'not a font at all');
    const notFont = await runWenji(['build', '--manifest', book.manifest, '--out', join(book.dir, 'out')], {
      env: { WENJI_FONTS: fontManifestWith(book.dir, 'Hans', 'bold', '{ file: notes.ttf }') },
    });
    expect([notFont.hung, notFont.code]).toEqual([false, 2]);
    expect(notFont.stderr).toMatch(
      /^wenji: Not a font file: .*notes\.ttf \(.*fonts\.yaml: key `faces\.Hans\.bold`\)\n {2}expected a TrueType or OpenType face/,
    );
    // The first 100 KB of a real face: a valid header, tables cut off.
    const face = readdirSync(join(fontsFolder, 'noto-sans-tc', '700Bold')).find((name) => name.endsWith('.ttf'))!;
    copyFileSync(join(fontsFolder, 'noto-sans-tc', '700Bold', face), join(book.dir, 'whole.ttf'));
    const { openSync, ftruncateSync, closeSync } = await import('node:fs');
    const fd = openSync(join(book.dir, 'whole.ttf'), 'r+');
    ftruncateSync(fd, 100_000);
    closeSync(fd);
    const damaged = await runWenji(['build', '--manifest', book.manifest, '--out', join(book.dir, 'out')], {
      env: { WENJI_FONTS: fontManifestWith(book.dir, 'Hant', 'heading', '{ file: whole.ttf }') },
    });
    expect([damaged.hung, damaged.code]).toEqual([false, 2]);
    expect(damaged.stderr).toMatch(/wenji: Damaged font file: .*whole\.ttf\n {2}the font cannot be read \(.*\); replace the file or name another face/);
    expect(damaged.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(book.dir, 'out'))).toBe(false);
  }, 60_000);
});

describe.runIf(compiled)('dates and the environment', () => {
  it.each([
    ['99999999999999999', /^wenji: SOURCE_DATE_EPOCH=99999999999999999 is after the year 9999\n {2}set it to an integer/],
    ['last tuesday', /^wenji: SOURCE_DATE_EPOCH="last tuesday" is not a whole number of seconds since 1970-01-01\n/],
  ])(
    'SOURCE_DATE_EPOCH=%s stops the build with exit 2',
    async (epoch, message) => {
      const book = makeBook();
      const run = await runWenji(['build', '--manifest', book.manifest, '--out', join(book.dir, 'out')], { env: { SOURCE_DATE_EPOCH: epoch } });
      expect([run.hung, run.code]).toEqual([false, 2]);
      expect(run.stderr).toMatch(message);
    },
    30_000,
  );
});

describe.runIf(compiled)('messages, not stack traces', () => {
  it('a usage error and a missing manifest exit 2 with one message', async () => {
    const missing = await runWenji(['build', '--manifest', '/nonexistent/book.yaml']);
    expect([missing.code, missing.stderr]).toEqual([
      2,
      'wenji: /nonexistent/book.yaml: cannot read the manifest: it does not exist (ENOENT)\n  check the path\n',
    ]);
    const unknown = await runWenji(['build', '--colour']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^wenji: Unknown option '--colour'/);
  }, 30_000);

  it('--debug and WENJI_DEBUG=1 add the stack trace, mapped to the TypeScript sources', async () => {
    const book = makeBook();
    const fonts = fontManifestWith(book.dir, 'Hans', 'body', '{ file: MyFont.ttf }');
    const plain = await runWenji(['build', '--manifest', book.manifest], { env: { WENJI_FONTS: fonts } });
    expect(plain.stderr).not.toMatch(/\bat /);
    for (const run of [
      await runWenji(['build', '--debug', '--manifest', book.manifest], { env: { WENJI_FONTS: fonts } }),
      await runWenji(['build', '--manifest', book.manifest], { env: { WENJI_FONTS: fonts, WENJI_DEBUG: '1' } }),
    ]) {
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^wenji: Font not found/);
      expect(run.stderr).toMatch(/\n\s+at \S*resolveFace \(src\/fonts\/fonts\.ts:\d+:\d+\)/);
      expect(run.stderr).not.toMatch(/wenji\.cjs/);
    }
  }, 30_000);
});

describe.runIf(compiled)('signals', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    '%s ends the build and its workers at once, leaves out/ as it was and nothing beside it',
    async (signal, code) => {
      const { spawn } = await import('node:child_process');
      const book = makeBook();
      const out = join(book.dir, 'out');
      expect((await runWenji(['build', '--manifest', book.manifest, '--out', out])).code).toBe(0);
      const before = readdirSync(out).sort();
      const child = spawn(process.execPath, [join(project, 'dist', 'cli', 'bin.js'), 'build', '--manifest', book.manifest, '--out', out], {
        cwd: project,
        env: { ...process.env, CI: 'true', SOURCE_DATE_EPOCH: '1800000000' },
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const closed = new Promise<[number | null, string | null]>((resolve) => child.on('close', (exit, killedBy) => resolve([exit, killedBy])));
      // Once it has started reading: the workers are up by then.
      await new Promise<void>((resolve) => child.stderr.once('data', () => resolve()));
      const sent = performance.now();
      child.kill(signal);
      const [exit] = await closed;
      expect(exit).toBe(code);
      expect(performance.now() - sent, 'the process ends promptly').toBeLessThan(5_000);
      expect(stderr).toMatch(new RegExp(`wenji: stopped by ${signal}; the output folder was left as it was\\n$`));
      expect(readdirSync(out).sort()).toEqual(before);
      expect(readdirSync(book.dir).filter((name) => name.includes('.wenji-'))).toEqual([]);
    },
    60_000,
  );
});

describe('failures as the command reports them', () => {
  const report = async (error: unknown, debug = false) => {
    const { reportFailure } = await import('../cli/main.js');
    let stderr = '';
    const code = reportFailure(error, { stderr: (text) => (stderr += text) }, debug);
    return { code, stderr };
  };

  it('a bug is exit 3 with a pointer to --debug, and its trace only with --debug', async () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'x')");
    expect(await report(bug)).toEqual({
      code: 3,
      stderr:
        "wenji: internal error: Cannot read properties of undefined (reading 'x')\n  this is a bug in wenji; run again with --debug (or WENJI_DEBUG=1) for the stack trace, and report it\n",
    });
    const traced = await report(bug, true);
    expect(traced.code).toBe(3);
    expect(traced.stderr).toMatch(/\n\s+at .*command-failures\.test\.ts:\d+:\d+/);
  });

  it('a package not installed is a set-up fault (exit 2), a raw system error names its path', async () => {
    const missing = Object.assign(new Error("Cannot find module '@node-rs/jieba/dict.txt'\nRequire stack:\n- /x/package.json"), { code: 'MODULE_NOT_FOUND' });
    expect(await report(missing)).toEqual({
      code: 2,
      stderr:
        "wenji: the installation is incomplete: Cannot find module '@node-rs/jieba/dict.txt'\n  run npm ci (or npm install) in the project folder, then run again\n",
    });
    const raw = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write', path: '/tmp/x' });
    expect(await report(raw)).toEqual({
      code: 2,
      stderr: 'wenji: /tmp/x: cannot write: no space left on the device (ENOSPC)\n  free some space and run again\n',
    });
  });
});
