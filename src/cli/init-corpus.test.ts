/**
 * The two commands a new user runs, on ten real pages of the labelled corpus
 * beside the checkout: `wenji init pages` then `wenji build --manifest
 * pages/book.yaml`. The pages are copied into a temporary folder (they are
 * other people's text, never the repository's). Where the corpus is absent a
 * local run skips with a visible message; under CI it fails.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang, Script } from '../book/types.js';
import { convertText, scriptOfLang } from '../convert/to-script.js';
import { type LabelledPage, readCorpus } from '../eval/corpus-labels.js';
import { normalizeForCompare } from '../eval/score-page.js';
import { loadManifest } from '../manifest/manifest.js';
import { processSources } from '../pipeline/front.js';
import { unpackEpub } from '../render/epub/__fixtures__/unpack.js';
import { findAll, parseXml, textOf } from '../render/epub/__fixtures__/xml-parse.js';
import { readPdf } from '../render/pdf/__fixtures__/read-pdf.js';
import { runIn } from './__fixtures__/run-in.js';

const corpus = resolve(import.meta.dirname, '../../../shared/corpus');
const present = existsSync(corpus);

/**
 * Pages with a labelled title and no damage left in their cleaned text, six
 * Simplified and four Traditional, chosen for that and nothing else.
 */
const chosen = ['001', '004', '006', '016', '021', '024', '033', '036', '041', '050'];

const run = (argv: string[], cwd: string) => runIn(cwd, argv);

/** `file` → `hans`/`hant` from the corpus index. */
function scriptsOf(folder: string): Map<string, Script> {
  const rows = readFileSync(join(folder, 'index.tsv'), 'utf8').trim().split('\n').slice(1);
  return new Map(rows.map((row) => row.split('\t')).map(([file, , script]) => [file!.replace(/^raw\/|\.txt$/g, ''), script === 'hant' ? 'Hant' : 'Hans']));
}

describe('wenji init, then wenji build, on ten corpus pages', () => {
  if (!present) {
    if (process.env.CI === 'true') {
      it('needs the corpus under CI', () => {
        expect.fail(`${corpus} is missing: CI must have ../shared/corpus beside the checkout`);
      });
      return;
    }
    it.skip(`skipped: no corpus at ${corpus}`, () => {});
    console.warn(`wenji init corpus test skipped: no corpus at ${corpus}`);
    return;
  }

  const pages: LabelledPage[] = readCorpus(corpus).filter((page) => chosen.includes(page.name));
  const scripts = scriptsOf(corpus);
  const dir = mkdtempSync(join(tmpdir(), 'wenji-init-corpus-'));
  let init: Awaited<ReturnType<typeof run>>;
  let build: Awaited<ReturnType<typeof run>>;

  beforeAll(async () => {
    mkdirSync(join(dir, 'pages'));
    for (const page of pages) copyFileSync(page.rawPath, join(dir, 'pages', `${page.name}.txt`));
    init = await run(['init', 'pages'], dir);
    build = await run(['build', '--manifest', 'pages/book.yaml', '--out', 'out'], dir);
  }, 120_000);

  it('uses ten pages with a labelled title and no damage', () => {
    expect(pages.map((page) => page.name)).toEqual(chosen);
    for (const page of pages) {
      expect(page.label.title, page.name).not.toBeNull();
      const [source] = processSources([{ path: page.rawPath }]);
      expect(source!.file.messages.filter((message) => message.fatal === true).map(String), page.name).toEqual([]);
    }
  });

  it('init writes a manifest of the ten pages and exits 0', () => {
    expect(init.stderr).toBe('');
    expect(init.code, init.stdout).toBe(0);
    expect(init.stdout).toMatch(/^wenji: wrote pages[/\\]book\.yaml: 10 sources, 10 articles, /);
    const manifest = loadManifest(join(dir, 'pages', 'book.yaml'));
    expect(manifest.sources.map((source) => source.file)).toEqual(chosen.map((name) => `${name}.txt`));
  });

  it('the build then succeeds with no errors', () => {
    expect(build.code, build.stderr).toBe(0);
    // The summary line appears only when there are messages: none, or warnings only.
    expect(build.stderr).not.toMatch(/[1-9]\d* error\(s\)/);
    expect(build.stdout).toContain('10 articles');
  });

  for (const lang of ['zh-Hans', 'zh-Hant'] as const satisfies readonly Lang[]) {
    const expectedTitles = () =>
      pages.map((page) => {
        const title = page.label.title!;
        const from = scripts.get(page.name) ?? 'Hans';
        return normalizeForCompare(convertText(title, from, scriptOfLang(lang), { variant: 'tw', dictionary: {}, keep: [] }).text);
      });

    it(`${lang}: the EPUB's contents page lists the labelled titles in order`, async () => {
      const epub = await unpackEpub(readFileSync(join(dir, 'out', `pages.${lang}.epub`)));
      const contents = parseXml(epub.text('OEBPS/contents.xhtml'));
      const titles = findAll(contents, (element) => element.name === 'a').map((link) => normalizeForCompare(textOf(link)));
      expect(titles).toEqual(expectedTitles());
    });

    it(`${lang}: the PDF's bookmarks list the labelled titles in order`, async () => {
      const pdf = await readPdf(readFileSync(join(dir, 'out', `pages.${lang}.pdf`)));
      const titles = pdf.outline.map((entry) => normalizeForCompare(entry.title)).filter((title) => !/^(目录|目錄)$/.test(title));
      expect(titles).toEqual(expectedTitles());
    });
  }
});
