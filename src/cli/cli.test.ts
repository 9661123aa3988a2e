/** The command line as users and scripts see it: exit codes, the clean JSON shape, check's format. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main.js';

const dir = mkdtempSync(join(tmpdir(), 'wenji-cli-'));
const project = join(import.meta.dirname, '..', '..');

async function run(argv: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), stdin: () => stdin });
  return { code, stdout, stderr };
}

describe('wenji clean --json', () => {
  it('prints the documented shape for any raw file', async () => {
    const path = join(dir, 'page.txt');
    writeFileSync(path, '当前位置:首页>文章\n关于学习的体会\n2020-01-02 10:00 来源:学习网\n一、学习的意义\n学习使人进步,实践出真知。\n');
    const { code, stdout } = await run(['clean', '--json', path]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    const file = json.files[0];
    expect(Object.keys(file)).toEqual(['path', 'encoding', 'articles', 'lines', 'messages']);
    expect(file.encoding).toBe('utf-8');
    expect(file.articles[0]).toMatchObject({ title: '关于学习的体会', subtitle: null, author: null, role: null, date: '2020-01-02', source: '学习网' });
    expect(file.articles[0].blocks).toEqual([
      { kind: 'heading', level: 2, lead: null, text: '一、学习的意义', line: 4 },
      { kind: 'paragraph', level: null, lead: null, text: '学习使人进步，实践出真知。', line: 5 },
    ]);
    expect(file.lines.map((l: { fate: string; rule: string | null }) => [l.fate, l.rule])).toEqual([
      ['removed', 'strip-chrome'],
      ['content', null],
      ['metadata', 'lift-meta'],
      ['content', null],
      ['changed', 'fullwidth-punctuation'],
    ]);
    expect(file.messages[0]).toMatchObject({ line: 1, column: 1, severity: 'info', rule: 'strip-chrome' });
  });

  it('exits 2 on usage errors and missing files', async () => {
    expect((await run(['clean'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    const missing = await run(['clean', join(dir, 'missing.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/missing\.txt: cannot read the file/);
  });
});

describe('wenji check', () => {
  it('is clean on the shipped sources and fails on damage, naming file:line:column and rule', async () => {
    expect((await run(['check', '--strict', '--manifest', join(project, 'sources', 'book.yaml')])).code).toBe(0);
    const path = join(dir, 'damaged.txt');
    writeFileSync(path, '标题\n\n只有堅持群眾路線,才能得到擁護?!八\ue19b茌舟。\n');
    const { code, stderr } = await run(['check', path]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/damaged\.txt/);
    expect(stderr).toMatch(/3:\d+\s+error\s+Unexpected damaged character U\+E19B.*encoding-damage/);
  });
});

describe('wenji build (the compiled command, editions in worker threads)', () => {
  it('writes the same bytes as the in-process build and prints a JSON summary', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const { readFileSync, existsSync } = await import('node:fs');
    const bin = join(project, 'dist', 'cli', 'bin.js');
    expect(existsSync(bin), 'npm test compiles dist/ first').toBe(true);
    const out = join(dir, 'out');
    const { stdout } = await promisify(execFile)('node', [bin, 'build', '--strict', '--json', '--out', out], {
      cwd: project,
      env: { ...process.env, CI: 'true' },
    });
    const summary = JSON.parse(stdout);
    expect(summary).toMatchObject({ ok: true, articles: 14, warnings: 0, errors: 0 });
    expect(summary.outputs.map((o: { path: string }) => o.path.replace(/^.*\//, ''))).toEqual([
      'xuexi-xinde.zh-Hans.pdf',
      'xuexi-xinde.zh-Hans.booklet.pdf',
      'xuexi-xinde.zh-Hans.epub',
      'xuexi-xinde.zh-Hant.pdf',
      'xuexi-xinde.zh-Hant.booklet.pdf',
      'xuexi-xinde.zh-Hant.epub',
      'xuexi-xinde.zh-Hant.vertical.epub',
      'report.json',
      'report.html',
    ]);
    const { buildEditions, outputBytes } = await import('../build/build.js');
    const { loadManifest } = await import('../manifest/manifest.js');
    const inProcess = await buildEditions(loadManifest(join(project, 'sources', 'book.yaml')), { strict: true, parallel: false });
    for (const output of inProcess.outputs) {
      expect(Buffer.compare(readFileSync(join(out, output.name)), outputBytes(output)), output.name).toBe(0);
    }
  }, 120_000);

  it('runs from the TypeScript sources (tsx, workers included) with the same bytes as the compiled command', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const { readdirSync, readFileSync } = await import('node:fs');
    const env = { ...process.env, CI: 'true' };
    const compiled = join(dir, 'compiled');
    const fromSources = join(dir, 'from-sources');
    await promisify(execFile)('node', [join(project, 'dist', 'cli', 'bin.js'), 'build', '--out', compiled], { cwd: project, env });
    await promisify(execFile)('npx', ['tsx', join('src', 'cli', 'bin.ts'), 'build', '--out', fromSources], { cwd: project, env });
    const names = readdirSync(compiled).sort();
    expect(names).toHaveLength(10); // seven editions' files, two reports, the set's list
    expect(readdirSync(fromSources).sort()).toEqual(names);
    for (const name of names) expect(Buffer.compare(readFileSync(join(fromSources, name)), readFileSync(join(compiled, name))), name).toBe(0);
  }, 180_000);

  it('makes the same bytes with its editions in worker threads as in one thread, run from the sources', async () => {
    const { buildEditions, outputBytes } = await import('../build/build.js');
    const { loadManifest } = await import('../manifest/manifest.js');
    const manifest = () => loadManifest(join(project, 'sources', 'book.yaml'));
    const serial = await buildEditions(manifest(), { strict: true, parallel: false });
    const parallel = await buildEditions(manifest(), { strict: true, parallel: true });
    expect(parallel.outputs.map((output) => output.name)).toEqual(serial.outputs.map((output) => output.name));
    for (const [i, output] of serial.outputs.entries()) expect(Buffer.compare(outputBytes(parallel.outputs[i]!), outputBytes(output)), output.name).toBe(0);
  }, 180_000);

  it('reuses the code cache its first run wrote, in both threads (V8 accepts it, so it is not written again)', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const { readdirSync, statSync } = await import('node:fs');
    const cache = join(project, 'dist', '.code-cache');
    const build = () =>
      promisify(execFile)('node', [join(project, 'dist', 'cli', 'bin.js'), 'build', '--out', join(dir, 'cached')], {
        cwd: project,
        env: { ...process.env, CI: 'true' },
      });
    await build();
    // Other commands (`check`, `clean`) keep caches of their own beside these.
    const ours = (name: string) => name.startsWith('build-') || name.startsWith('edition-worker-');
    const stamps = () =>
      Object.fromEntries(
        readdirSync(cache)
          .filter(ours)
          .map((name) => [name, statSync(join(cache, name)).mtimeMs]),
      );
    const before = stamps();
    expect(
      Object.keys(before)
        .map((name) => name.split('-v')[0])
        .sort(),
    ).toEqual(['build', 'edition-worker']);
    await build();
    expect(stamps()).toEqual(before);
  }, 120_000);

  it('exits 1 and writes nothing when --strict meets an unpinned ambiguity', async () => {
    const { existsSync, mkdirSync, readdirSync } = await import('node:fs');
    const sources = join(dir, 'strict');
    mkdirSync(sources, { recursive: true });
    writeFileSync(join(sources, 'a.txt'), '标题\n\n他叫余，为人民服务。\n');
    writeFileSync(join(sources, 'book.yaml'), 'title: 书\neditor: 编者\nslug: strict\ndate: 2026-01-01\nsources:\n  - file: a.txt\n');
    const out = join(dir, 'strict-out');
    const result = await run(['build', '--strict', '--manifest', join(sources, 'book.yaml'), '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/a\.txt:3:1 {2}warning {2}Unexpected ambiguous conversion of `余`.*ambiguous-conversion/);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  }, 60_000);
});

describe('wenji convert', () => {
  it('converts standard input to Traditional with the book engine, doubts on standard error', async () => {
    const result = await run(['convert', '--to', 'zh-Hant'], '坚定制度自信，指明了方向。\n领导干部要加油干。\n他叫余。');
    expect(result.stdout).toBe('堅定制度自信，指明了方向。\n領導幹部要加油幹。\n他叫餘。');
    expect(result.stderr).toBe('<stdin>:3:3  warning  Unexpected ambiguous conversion of `余` (餘/余)  ambiguous-conversion\n');
    expect(result.code).toBe(0);
    expect((await run(['convert', '--to', 'zh-Hant', '--strict'], '他叫余。')).code).toBe(1);
  });

  it('converts files to Simplified and repairs leftovers in text already Simplified', async () => {
    const path = join(dir, 'hant.txt');
    writeFileSync(path, '他看著窗外，隨著時間推移。\n随著时间推移，闪烁著光芒。');
    const result = await run(['convert', '--to', 'zh-Hans', path]);
    expect(result.stdout).toBe('他看着窗外，随着时间推移。\n随着时间推移，闪烁着光芒。');
    expect(result.stderr).toBe('');
  });

  it('repairs Simplified leftovers in Traditional text (variant t: OpenCC standard forms)', async () => {
    const result = await run(['convert', '--to', 'zh-Hant', '--variant', 't'], '領導干部密切聯系群眾，取決于作風。');
    expect(result.stdout).toBe('領導幹部密切聯繫群眾，取決於作風。');
  });

  it('exits 2 without a target or with an unknown variant', async () => {
    expect((await run(['convert'], 'x')).code).toBe(2);
    expect((await run(['convert', '--to', 'zh-Hant', '--variant', 'xx'], 'x')).code).toBe(2);
    expect((await run(['convert', '--to', 'zh-Hant', join(dir, 'missing.txt')])).code).toBe(2);
  });
});
