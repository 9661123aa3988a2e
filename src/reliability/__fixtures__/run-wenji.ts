/**
 * The shipped command (`dist/cli/bin.js`, compiled by `npm test`) run as a
 * user runs it, and small books to run it on.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const project = join(import.meta.dirname, '..', '..', '..');
export const bin = join(project, 'dist', 'cli', 'bin.js');
export const compiled = existsSync(bin);

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The command did not end by itself within the time allowed (it was killed). */
  hung: boolean;
}

export function runWenji(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd ?? project,
      env: { ...process.env, CI: 'true', WENJI_DEBUG: '', SOURCE_DATE_EPOCH: '', ...options.env },
    });
    let stdout = '';
    let stderr = '';
    let hung = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 60_000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, hung });
    });
  });
}

export const tinyText = '学习的体会\n\n一、学习的意义\n学习使人进步，实践出真知。我们要在学习中提高认识。\n';

/** A book folder with `sources/book.yaml` and the given source files; returns the manifest's path. */
export function makeBook(
  files: Record<string, string | Uint8Array> = { 'a.txt': tinyText },
  manifest?: string,
  parent?: string,
): { dir: string; manifest: string } {
  const dir = mkdtempSync(join(parent ?? tmpdir(), 'wenji-book-'));
  mkdirSync(join(dir, 'sources'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, 'sources', name), content);
  const text =
    manifest ??
    `title: 书\neditor: 编者\nslug: tiny\ndate: 2026-01-01\nsources:\n${Object.keys(files)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => `  - file: ${name}\n`)
      .join('')}`;
  writeFileSync(join(dir, 'sources', 'book.yaml'), text);
  return { dir, manifest: join(dir, 'sources', 'book.yaml') };
}

/** A font manifest like the shipped one with `role` of `script` replaced by `face` (`{ file: … }`). */
export function fontManifestWith(dir: string, script: 'Hans' | 'Hant', role: 'body' | 'bold' | 'heading', face: string): string {
  const faces = {
    Hans: {
      body: 'noto-serif-sc/400Regular/NotoSerifSC_400Regular',
      bold: 'noto-serif-sc/700Bold/NotoSerifSC_700Bold',
      heading: 'noto-sans-sc/700Bold/NotoSansSC_700Bold',
    },
    Hant: {
      body: 'noto-serif-tc/400Regular/NotoSerifTC_400Regular',
      bold: 'noto-serif-tc/700Bold/NotoSerifTC_700Bold',
      heading: 'noto-sans-tc/700Bold/NotoSansTC_700Bold',
    },
  };
  const lines = ['faces:'];
  for (const [name, roles] of Object.entries(faces)) {
    lines.push(`  ${name}:`);
    for (const [r, path] of Object.entries(roles)) {
      lines.push(`    ${r}: ${name === script && r === role ? face : `{ package: "@expo-google-fonts/${path}.ttf" }`}`);
    }
  }
  const path = join(dir, 'fonts.yaml');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}
