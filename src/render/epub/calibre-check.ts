/**
 * `npm run epub:calibre`: builds the seeds book (`wenji build`, as shipped)
 * and converts every EPUB with calibre's `ebook-convert` (Debian package
 * `calibre`) to AZW3 and to EPUB, as a store or a reader's library would.
 * Fails on a conversion that exits non-zero or logs an error, and on a
 * vertical edition whose AZW3 does not keep `primary-writing-mode:
 * vertical-rl` and right-to-left pages (read back by converting it again).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { buildSeedsInto } from './build-seeds.js';

const ebookConvert = '/usr/bin/ebook-convert';

async function convert(from: string, to: string): Promise<string[]> {
  const { stdout, stderr } = await promisify(execFile)(ebookConvert, [from, to], { maxBuffer: 1 << 26, env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' } });
  return `${stdout}\n${stderr}`.split('\n').filter((line) => /\berror\b/i.test(line));
}

async function packageDocument(epub: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(epub));
  const opf = Object.keys(zip.files).find((name) => name.endsWith('.opf'));
  return opf ? zip.files[opf]!.async('string') : '';
}

async function main(): Promise<number> {
  if (!existsSync(ebookConvert)) {
    console.error(`${ebookConvert} not found (apt-get install calibre)`);
    return 2;
  }
  const work = mkdtempSync(join(tmpdir(), 'wenji-calibre-'));
  let failures = 0;
  try {
    const built = buildSeedsInto(work);
    for (const name of readdirSync(built)
      .filter((file) => file.endsWith('.epub'))
      .sort()) {
      const epub = join(built, name);
      const azw3 = join(work, name.replace(/\.epub$/, '.azw3'));
      const errors = [...(await convert(epub, azw3)), ...(await convert(epub, join(work, `again-${name}`)))];
      let vertical = '';
      if (name.includes('.vertical.')) {
        const back = join(work, `back-${name}`);
        errors.push(...(await convert(azw3, back)));
        const opf = await packageDocument(back);
        const kept = /name="primary-writing-mode" content="vertical-rl"/.test(opf) && /page-progression-direction="rtl"/.test(opf);
        vertical = kept ? ', AZW3 keeps vertical-rl and rtl' : ', AZW3 LOST vertical-rl or rtl';
        if (!kept) failures++;
      }
      failures += errors.length;
      console.log(`${name}: AZW3 and EPUB, ${errors.length} error(s)${vertical}`);
      for (const line of errors) console.log(`  ${line}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return failures === 0 ? 0 : 1;
}

process.exitCode = await main();
