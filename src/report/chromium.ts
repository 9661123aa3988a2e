/**
 * Headless Debian chromium for looking at the audit report as a reviewer
 * would: a fresh profile per run, no network services, and the CJK faces the
 * project installs from npm handed to fontconfig (the machine need not have
 * any CJK font of its own).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

export const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const chromiumAvailable = existsSync(chromiumPath);

const projectRoot = join(import.meta.dirname, '..', '..');
const faceDirs = [
  'noto-serif-sc/400Regular',
  'noto-serif-sc/700Bold',
  'noto-serif-tc/400Regular',
  'noto-serif-tc/700Bold',
  'noto-sans-sc/400Regular',
  'noto-sans-sc/700Bold',
].map((dir) => join(projectRoot, 'node_modules', '@expo-google-fonts', dir));

const escapeXml = (text: string) => text.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);

function fontconfig(dir: string): string {
  const dirs = faceDirs
    .filter(existsSync)
    .map((face) => `<dir>${escapeXml(face)}</dir>`)
    .join('');
  return `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>${dirs}<cachedir>${escapeXml(join(dir, 'fc-cache'))}</cachedir></fontconfig>`;
}

export interface ChromiumRun {
  /** `--screenshot=<png>` with the window size, or `--dump-dom`. */
  mode: { screenshot: string; width: number; height: number } | { dumpDom: true };
}

/** Opens `htmlPath` (with an optional `#fragment`) once; returns stdout (the DOM for `dumpDom`). */
export async function runChromium(htmlPath: string, fragment: string, run: ChromiumRun): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'wenji-chromium-'));
  try {
    writeFileSync(join(dir, 'fonts.conf'), fontconfig(dir));
    const flags = [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--hide-scrollbars',
      '--force-device-scale-factor=1',
      `--user-data-dir=${join(dir, 'profile')}`,
      ...('screenshot' in run.mode ? [`--screenshot=${run.mode.screenshot}`, `--window-size=${run.mode.width},${run.mode.height}`] : ['--dump-dom']),
    ];
    const url = pathToFileURL(htmlPath).href + (fragment ? `#${fragment}` : '');
    const { stdout } = await promisify(execFile)(chromiumPath, [...flags, url], {
      env: { ...process.env, FONTCONFIG_FILE: join(dir, 'fonts.conf') },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 120_000,
    });
    return stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
