/**
 * `npm run epub:screenshot [-- --out DIR]`: builds the seeds book (`wenji
 * build`, as shipped), unpacks its vertical Traditional e-book and
 * photographs its pages in headless chromium: the cover, the title page and
 * the contents on a phone-sized screen, the first article on a wide one (the
 * whole article's start: titles at the column top, upright digits), and the
 * colophon. PNGs go to `dist/epub-screenshots/` (out/ holds only what a build
 * writes). The pages use their embedded fonts, so no CJK font need be
 * installed.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import JSZip from 'jszip';
import { chromiumAvailable, runChromium } from '../../report/chromium.js';
import { buildSeedsInto, projectRoot } from './build-seeds.js';

const shots = [
  { name: 'vertical-cover', file: 'cover.xhtml', width: 600, height: 850 },
  { name: 'vertical-title-page', file: 'title.xhtml', width: 600, height: 850 },
  { name: 'vertical-contents', file: 'contents.xhtml', width: 600, height: 850 },
  { name: 'vertical-article', file: 'a01.xhtml', width: 1500, height: 760 },
  { name: 'vertical-colophon', file: 'colophon.xhtml', width: 900, height: 850 },
] as const;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string', default: join(projectRoot, 'dist', 'epub-screenshots') } } });
  if (!chromiumAvailable) throw new Error('chromium not found (apt-get install chromium)');
  const work = mkdtempSync(join(tmpdir(), 'wenji-epub-shots-'));
  try {
    const built = buildSeedsInto(work);
    const zip = await JSZip.loadAsync(readFileSync(join(built, 'xuexi-xinde.zh-Hant.vertical.epub')));
    const unpacked = join(work, 'epub');
    for (const [name, entry] of Object.entries(zip.files)) {
      if (entry.dir) continue;
      mkdirSync(dirname(join(unpacked, name)), { recursive: true });
      writeFileSync(join(unpacked, name), await entry.async('nodebuffer'));
    }
    const out = resolve(values.out!);
    mkdirSync(out, { recursive: true });
    for (const shot of shots) {
      const png = join(out, `${shot.name}.png`);
      await runChromium(join(unpacked, 'OEBPS', shot.file), '', { mode: { screenshot: png, width: shot.width, height: shot.height } });
      console.log(png);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
