/**
 * The real editions from the real sources: deterministic bytes, clean in
 * strict mode, each edition in one script only, valid EPUBs, and a round
 * trip between the scripts that changes nothing but documented cases.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Book } from '../book/types.js';
import { ambiguousTargets } from '../convert/ambiguous.js';
import { convertText } from '../convert/to-script.js';
import { loadManifest } from '../manifest/manifest.js';
import { ace, aceAvailable } from '../render/epub/__fixtures__/ace.js';
import { epubcheck, epubcheckAvailable } from '../render/epub/__fixtures__/epubcheck.js';
import { unpackEpub } from '../render/epub/__fixtures__/unpack.js';
import { findAll, textOf, type XmlElement } from '../render/epub/__fixtures__/xml-parse.js';
import { readPdf } from '../render/pdf/__fixtures__/read-pdf.js';
import { scriptLean } from '../structure/detect-script.js';
import { type BuildResult, buildEditions, editionBook, outputBytes } from './build.js';
import { readBook } from './read-book.js';

const manifest = loadManifest(join(import.meta.dirname, '..', '..', 'sources', 'book.yaml'));
let first: BuildResult;
let second: BuildResult;

beforeAll(async () => {
  first = await buildEditions(manifest, { strict: true });
  second = await buildEditions(manifest, { strict: true });
}, 120_000);

const output = (result: BuildResult, name: string) => outputBytes(result.outputs.find((o) => o.name === name)!);

/** Characters that exist only in the other script, with a count each. */
function foreignCharacters(text: string, lang: 'zh-Hans' | 'zh-Hant'): Record<string, number> {
  const foreign: Record<string, number> = {};
  for (const ch of text) {
    if (!/[\u4e00-\u9fff]/.test(ch)) continue;
    const lean = scriptLean(ch);
    if ((lang === 'zh-Hant' && lean < 0) || (lang === 'zh-Hans' && lean > 0)) foreign[ch] = (foreign[ch] ?? 0) + 1;
  }
  return foreign;
}

async function epubText(bytes: Uint8Array): Promise<string> {
  const epub = await unpackEpub(bytes);
  return epub.names
    .filter((name) => name.endsWith('.xhtml'))
    .map((name) => epub.text(name).replace(/<[^>]+>/g, ''))
    .join('\n');
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await readPdf(bytes);
  return pdf.pages.flatMap((page) => page.items.map((item) => item.str)).join('');
}

describe('wenji build on the seeds', () => {
  it('passes in strict mode and writes both scripts in every format', () => {
    expect(first.failed).toBeNull();
    expect(first.outputs.map((o) => o.name)).toEqual([
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
    expect(first.summary).toEqual({ articles: 14, warnings: 0, errors: 0 });
  });

  it('is deterministic: two builds give byte-identical outputs', () => {
    for (const { name } of first.outputs) expect(Buffer.compare(output(first, name), output(second, name)), name).toBe(0);
  });

  it('gives each EPUB its own identifier, names the other as a relation, and its title in the other script', async () => {
    const opf = async (lang: string) => (await unpackEpub(output(first, `xuexi-xinde.${lang}.epub`))).text('OEBPS/content.opf');
    const [hans, hant] = [await opf('zh-Hans'), await opf('zh-Hant')];
    const identifier = (xml: string) => /<dc:identifier id="pub-id">([^<]+)</.exec(xml)![1]!;
    expect(identifier(hans)).not.toBe(identifier(hant));
    expect(hans).toContain(`<dc:relation>${identifier(hant)}</dc:relation>`);
    expect(hant).toContain(`<dc:relation>${identifier(hans)}</dc:relation>`);
    expect(hans).toContain('<meta refines="#title" property="alternate-script" xml:lang="zh-Hant">學習心得選編</meta>');
    expect(hant).toContain('<meta refines="#title" property="alternate-script" xml:lang="zh-Hans">学习心得选编</meta>');
  });

  for (const lang of ['zh-Hans', 'zh-Hant'] as const) {
    it(`${lang}: the EPUB's page list follows the print PDF: every page, and each article from the page it starts on`, async () => {
      const pdf = await readPdf(output(first, `xuexi-xinde.${lang}.pdf`));
      const epub = await unpackEpub(output(first, `xuexi-xinde.${lang}.epub`));
      const nav = epub.xml('OEBPS/toc.xhtml');
      const pageList = findAll(nav, (e) => e.name === 'nav' && e.attributes['epub:type'] === 'page-list')[0]!;
      const entries = findAll(pageList, (e) => e.name === 'a').map((a) => ({ label: textOf(a), href: a.attributes.href! }));
      // Named as the print edition names its pages (封一, i, 1 …).
      expect(entries.map((entry) => entry.label)).toEqual(pdf.labels);
      // Each article's document opens with the marker of the page its title is printed on.
      const articles = pdf.outline;
      expect(articles.length).toBe(14);
      for (const [index, article] of articles.entries()) {
        const file = `a${String(index + 1).padStart(2, '0')}.xhtml`;
        const html = epub.xml(`OEBPS/${file}`);
        const chapter = findAll(html, (e) => e.attributes['epub:type'] === 'chapter')[0]!;
        const opening = chapter.children.find((child): child is XmlElement => typeof child !== 'string')!;
        expect(opening.attributes.role, file).toBe('doc-pagebreak');
        expect(opening.attributes['aria-label'], `${file}: ${article.title}`).toBe(pdf.labels[article.page - 1]);
        expect(entries.find((entry) => entry.label === pdf.labels[article.page - 1])!.href.startsWith(`${file}#`)).toBe(true);
      }
      // Every entry lands on its marker, and the text after the marker is the text the printed page opens with.
      const plain = (text: string) => text.replace(/<[^>]+>/g, '').replace(/\s+/g, '');
      // The covers and the imprint (the back of the title page) have no place of their own in the
      // e-book, whose colophon comes at the end: their markers stand with the next page's.
      const titlePage = pdf.pages.findIndex((page) => page.items.some((item) => !item.artifact));
      const elsewhere = new Set([...pdf.labels.filter((label) => label.startsWith('封')), pdf.labels[titlePage + 1]]);
      for (const entry of entries) {
        const [file, id] = entry.href.split('#');
        const marker = findAll(epub.xml(`OEBPS/${file}`), (e) => e.attributes.id === id)[0]!;
        expect(marker.attributes['aria-label']).toBe(entry.label);
        const raw = epub.text(`OEBPS/${file}`);
        const after = plain(raw.slice(raw.indexOf(`id="${id}"`)).replace(/^[^>]*>/, '')).slice(0, 6);
        const printed = plain(
          pdf.pages[pdf.labels.indexOf(entry.label)]!.items.filter((item) => !item.artifact)
            .map((item) => item.str)
            .join(''),
        ).slice(0, 6);
        if (printed && !elsewhere.has(entry.label)) expect(after, `page ${entry.label}`).toBe(printed);
      }
      const opf = epub.text('OEBPS/content.opf');
      expect(opf).toContain(`<dc:source id="print-source">`);
    }, 60_000);

    it(`${lang}: the artefacts contain no character of the other script`, async () => {
      const pdf = await pdfText(output(first, `xuexi-xinde.${lang}.pdf`));
      const epub = await epubText(output(first, `xuexi-xinde.${lang}.epub`));
      expect(pdf.length).toBeGreaterThan(30_000);
      expect(foreignCharacters(pdf, lang)).toEqual({});
      expect(foreignCharacters(epub, lang)).toEqual({});
    }, 60_000);

    it.runIf(epubcheckAvailable || process.env.CI)(
      `${lang}: epubcheck reports no errors and no warnings`,
      async () => {
        const result = await epubcheck(output(first, `xuexi-xinde.${lang}.epub`), `${lang}.epub`);
        expect(result.messages.map((m) => `${m.severity} ${m.ID} ${m.message}`)).toEqual([]);
        expect([result.nFatal, result.nError, result.nWarning]).toEqual([0, 0, 0]);
      },
      120_000,
    );

    it.runIf(aceAvailable || process.env.CI)(
      `${lang}: Ace by DAISY reports no accessibility violation`,
      async () => {
        const result = await ace(output(first, `xuexi-xinde.${lang}.epub`), `${lang}.epub`);
        expect(result.violations).toEqual([]);
        expect(result.outcome).toBe('pass');
      },
      180_000,
    );
  }
});

describe('the vertical Traditional edition', () => {
  const name = 'xuexi-xinde.zh-Hant.vertical.epub';

  it('has its own identifier, right-to-left pages, vertical writing declared, and upright numbers', async () => {
    const epub = await unpackEpub(output(first, name));
    const opf = epub.text('OEBPS/content.opf');
    const horizontal = (await unpackEpub(output(first, 'xuexi-xinde.zh-Hant.epub'))).text('OEBPS/content.opf');
    const identifier = (xml: string) => /<dc:identifier id="pub-id">([^<]+)</.exec(xml)![1]!;
    expect(identifier(opf)).not.toBe(identifier(horizontal));
    expect(opf).toContain(`<dc:relation>${identifier(horizontal)}</dc:relation>`);
    expect(opf).toContain('page-progression-direction="rtl"');
    expect(opf).toContain('<meta name="primary-writing-mode" content="vertical-rl" />');
    const contents = epub.text('OEBPS/contents.xhtml');
    expect(contents).toContain('<span class="upright">2020</span>');
    expect(contents).toContain('<span class="upright">13720601</span>');
    // No digit is left lying sideways in the Chinese documents, but for those of a Latin word or code (the identifier).
    for (const file of epub.names.filter((n) => /OEBPS\/(a\d+|title|contents|colophon)\.xhtml$/.test(n))) {
      const text = epub
        .text(file)
        .replace(/<head>[\s\S]*<\/head>/, '')
        .replace(/<span class="(?:tcy|upright)">[^<]*<\/span>/g, '')
        .replace(/<[^>]*>/g, '')
        .replace(/[A-Za-z0-9._:/ -]*[A-Za-z][A-Za-z0-9._:/ -]*/g, '');
      expect(text.match(/[0-9]/g), file).toBeNull();
    }
  });

  it.runIf(epubcheckAvailable || process.env.CI)(
    'epubcheck reports no errors and no warnings',
    async () => {
      const result = await epubcheck(output(first, name), name);
      expect(result.messages.map((m) => `${m.severity} ${m.ID} ${m.message}`)).toEqual([]);
    },
    120_000,
  );

  it.runIf(aceAvailable || process.env.CI)(
    'Ace by DAISY reports no accessibility violation',
    async () => {
      const result = await ace(output(first, name), name);
      expect(result.violations).toEqual([]);
      expect(result.outcome).toBe('pass');
    },
    180_000,
  );
});

describe('Ace availability', () => {
  it.runIf(!aceAvailable && !process.env.CI)('is reported when skipped', () => {
    console.warn('Ace by DAISY or /usr/bin/chromium not found: skipping the accessibility checks (set CI=1 to make them fail instead)');
  });
});

describe('round trip between the scripts', () => {
  it('Simplified → Traditional → Simplified changes nothing outside documented one-to-many characters', () => {
    const book: Book = editionBook(readBook(manifest).book, 'zh-Hans', manifest, []);
    const options = { variant: manifest.conversion.variant, dictionary: {}, keep: [] };
    const oneToMany = new Set([...Object.keys(ambiguousTargets.Hans), ...Object.values(ambiguousTargets.Hant).join('')]);
    const changed: string[] = [];
    for (const article of book.articles) {
      for (const block of article.blocks) {
        const text = (block.lead ?? '') + block.text;
        const back = convertText(convertText(text, 'Hans', 'Hant', options).text, 'Hant', 'Hans', options).text;
        for (let i = 0; i < text.length; i++) {
          if (text[i] !== back[i] && !oneToMany.has(convertText(text[i]!, 'Hans', 'Hant', options).text))
            changed.push(`${text[i]}→${back[i]} in ${text.slice(i - 3, i + 4)}`);
        }
      }
    }
    expect(changed).toEqual([]);
  }, 60_000);
});
