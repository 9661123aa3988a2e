/**
 * The seeds book built in faces other than the default Noto: a family of
 * another design and metrics (M PLUS Rounded 1c, TrueType) and a face with
 * CFF outlines (Source Han Sans SC), each named by the book's own manifest
 * (`fonts:`). The PDF embeds subsets of those faces, draws no character that
 * no embedded face has, breaks no line against a prohibition; the EPUB
 * embeds its subsets under their own media type and passes epubcheck; and
 * the bytes are the same run to run.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { otherFontManifests } from '../fonts/__fixtures__/faces.js';
import { missingChars } from '../fonts/coverage.js';
import { loadFontSet } from '../fonts/fonts.js';
import { parseManifest } from '../manifest/manifest.js';
import { epubcheck, epubcheckAvailable } from '../render/epub/__fixtures__/epubcheck.js';
import { unpackEpub } from '../render/epub/__fixtures__/unpack.js';
import { findAll } from '../render/epub/__fixtures__/xml-parse.js';
import { readPdf, textLines } from '../render/pdf/__fixtures__/read-pdf.js';
import { loadTheme } from '../theme/theme.js';
import { prohibitedAtLineEnd, prohibitedAtLineStart } from '../typeset/char-classes.js';
import { type BuildResult, buildEditions, outputBytes } from './build.js';

const sources = join(import.meta.dirname, '..', '..', 'sources');
const seeds = parse(readFileSync(join(sources, 'book.yaml'), 'utf8')) as Record<string, unknown>;
const theme = loadTheme();
/** A book's own theme: the default on a B6 page. */
const b6Theme = join(import.meta.dirname, '__fixtures__', 'b6.theme.yaml');
const pdftools = await promisify(execFile)('pdffonts', ['-v']).then(
  () => true,
  () => false,
);

/** The seeds manifest with the book's own font manifest (and theme), as if it lay beside the sources: one edition, PDF and EPUB. */
function seedsIn(fontManifest: string, lang: 'zh-Hans' | 'zh-Hant', theme: string | null) {
  const own = { fonts: relative(sources, fontManifest), ...(theme ? { theme: relative(sources, theme) } : {}) };
  const formats = lang === 'zh-Hant' ? ['pdf', 'epub', 'epub-vertical'] : ['pdf', 'epub'];
  const text = stringify({ ...seeds, editions: [lang], formats, ...own });
  return parseManifest(text, join(sources, 'book.yaml'));
}

/** `pdffonts` rows: name, type, embedded, subset. */
async function pdfFonts(bytes: Uint8Array): Promise<Array<{ name: string; type: string; embedded: boolean; subset: boolean }>> {
  const file = join(mkdtempSync(join(tmpdir(), 'wenji-fonts-')), 'book.pdf');
  writeFileSync(file, bytes);
  const { stdout } = await promisify(execFile)('pdffonts', [file]);
  return stdout
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((row) => {
      const match = /^(\S+)\s+(.+?)\s+(Identity-H|\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)/.exec(row)!;
      return { name: match[1]!, type: match[2]!, embedded: match[4] === 'yes', subset: match[5] === 'yes' };
    });
}

/** What each family's edition embeds. The Japanese character set of M PLUS sends many Simplified characters to the fallback, so it sets the Traditional edition. */
const expected = {
  'M PLUS Rounded 1c': {
    lang: 'zh-Hant',
    theme: b6Theme,
    pageWidth: (125 * 72) / 25.4,
    family: 'RoundedMplus1c',
    pdfType: 'CID TrueType',
    epubType: 'font/ttf',
    extension: 'ttf',
  },
  'Source Han Sans SC (CFF)': {
    lang: 'zh-Hans',
    theme: null,
    pageWidth: (148 * 72) / 25.4,
    family: 'SourceHanSansSC',
    pdfType: 'CID Type 0C',
    epubType: 'font/otf',
    extension: 'otf',
  },
} as const;

for (const [family, fontManifest] of Object.entries(otherFontManifests) as Array<[keyof typeof expected, string]>) {
  describe(`the seeds book in ${family}`, () => {
    const lang = expected[family].lang;
    const manifest = seedsIn(fontManifest, lang, expected[family].theme);
    let first: BuildResult;
    let second: BuildResult;
    beforeAll(async () => {
      first = await buildEditions(manifest, { strict: true, parallel: false });
      second = await buildEditions(manifest, { strict: true, parallel: false });
    }, 180_000);
    const output = (result: BuildResult, name: string) => outputBytes(result.outputs.find((o) => o.name === name)!);

    it('builds in strict mode, to the same bytes run to run', () => {
      expect(manifest.fontManifestPath).toBe(fontManifest);
      expect(first.failed).toBeNull();
      const vertical = lang === 'zh-Hant' ? [`xuexi-xinde.${lang}.vertical.epub`] : [];
      expect(first.outputs.map((o) => o.name).filter((name) => !name.startsWith('report'))).toEqual([
        `xuexi-xinde.${lang}.pdf`,
        `xuexi-xinde.${lang}.epub`,
        ...vertical,
      ]);
      for (const o of first.outputs) expect(Buffer.from(output(first, o.name)).equals(Buffer.from(output(second, o.name))), o.name).toBe(true);
    });

    {
      const fonts = loadFontSet(lang === 'zh-Hant' ? 'Hant' : 'Hans', fontManifest);

      it.runIf(pdftools || process.env.CI)(`${lang}: the PDF embeds subsets of the family, every one`, async () => {
        const rows = await pdfFonts(output(first, `xuexi-xinde.${lang}.pdf`));
        expect(
          rows.every((row) => row.embedded && row.subset && /^[A-Z]{6}\+/.test(row.name)),
          JSON.stringify(rows),
        ).toBe(true);
        const own = rows.filter((row) => row.name.includes(expected[family].family));
        expect(own.length).toBeGreaterThanOrEqual(2);
        for (const row of own) expect(row.type).toBe(expected[family].pdfType);
      });

      it(`${lang}: the PDF draws only characters its faces have, and breaks no line against a prohibition`, async () => {
        const pdf = await readPdf(output(first, `xuexi-xinde.${lang}.pdf`));
        // The page of the book's own theme, where it names one.
        expect(pdf.pages[0]!.width).toBeCloseTo(expected[family].pageWidth, 1);
        const text = pdf.pages.flatMap((page) => page.items.map((item) => item.str)).join('');
        expect(text.length).toBeGreaterThan(20_000);
        const faces = [...Object.values(fonts.faces), ...fonts.fallback];
        const uncovered = [...new Set(text)].filter((char) => faces.every((face) => missingChars(char, face).length > 0));
        expect(uncovered).toEqual([]);
        let violations = 0;
        for (const page of pdf.pages) {
          for (const line of textLines(page)) {
            const chars = Array.from(line.text.replace(/\s+/g, ''));
            if (chars.length < 2) continue;
            // A line may start with a closing mark only where its block starts (never, in running text) and end with an opening one only where its block ends.
            if (prohibitedAtLineStart(chars[0]!, theme.body.prohibitionLevel)) violations++;
            if (prohibitedAtLineEnd(chars[chars.length - 1]!, theme.body.prohibitionLevel)) violations++;
          }
        }
        expect(violations).toBe(0);
      });

      it(`${lang}: the EPUB embeds its subsets under their own media type`, async () => {
        const epub = await unpackEpub(output(first, `xuexi-xinde.${lang}.epub`));
        const items = findAll(epub.xml('OEBPS/content.opf'), (e) => e.name === 'item' && e.attributes.href!.startsWith('fonts/'));
        const body = items.find((item) => item.attributes.id === 'font-body')!;
        expect(body.attributes.href).toBe(`fonts/body.${expected[family].extension}`);
        expect(body.attributes['media-type']).toBe(expected[family].epubType);
        for (const item of items) expect(item.attributes['media-type']).toBe(item.attributes.href!.endsWith('.otf') ? 'font/otf' : 'font/ttf');
        const format = expected[family].extension === 'otf' ? 'opentype' : 'truetype';
        expect(epub.text('OEBPS/style.css')).toContain(`src: url("fonts/body.${expected[family].extension}") format("${format}");`);
      });

      const epubs = lang === 'zh-Hant' ? [`${lang}.epub`, `${lang}.vertical.epub`] : [`${lang}.epub`];
      for (const epub of epubs) {
        it.runIf(epubcheckAvailable || process.env.CI)(
          `${epub}: epubcheck reports no errors and no warnings`,
          async () => {
            const result = await epubcheck(output(first, `xuexi-xinde.${epub}`), epub);
            expect(result.messages.map((m) => `${m.severity} ${m.ID} ${m.message}`)).toEqual([]);
            expect([result.nFatal, result.nError, result.nWarning]).toEqual([0, 0, 0]);
          },
          120_000,
        );
      }
    }
  });
}
