/**
 * The page-size presets on the seeds, parsed back: each builds with its own
 * page, type and margins scaled from the A5 design, and with the line rules
 * kept (no prohibited mark at a line's start or end, no character spacing
 * above 1.06 em).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../book/types.js';
import { loadFontSet } from '../../fonts/fonts.js';
import { loadTheme, PAGE_SIZES, type PageSizeName, withPageSize } from '../../theme/theme.js';
import { prohibitedAtLineEnd, prohibitedAtLineStart } from '../../typeset/char-classes.js';
import { type ParsedPdf, readPdf, type TextLine, textLines, widestHanAdvance } from './__fixtures__/read-pdf.js';
import { seedsBook } from './__fixtures__/seeds-book.js';
import { renderPdf } from './render-pdf.js';

const design = loadTheme();
const presets: PageSizeName[] = ['A5', 'B5', '16开', '大32开', '32开'];
const books = { 'zh-Hans': seedsBook('zh-Hans'), 'zh-Hant': seedsBook('zh-Hant') };

for (const size of presets) {
  describe(`${size}`, () => {
    const theme = withPageSize(design, size);
    const em = theme.body.fontSize;
    const pdfs = {} as Record<Lang, ParsedPdf>;
    const body = (lang: Lang): TextLine[] => pdfs[lang].pages.flatMap((p) => textLines(p).filter((l) => Math.abs(l.fontSize - em) < 0.01));
    beforeAll(async () => {
      for (const lang of ['zh-Hans', 'zh-Hant'] as const) {
        const result = await renderPdf(books[lang], { theme, fonts: loadFontSet(lang === 'zh-Hant' ? 'Hant' : 'Hans') });
        pdfs[lang] = await readPdf(result.bytes);
      }
    }, 120_000);

    it('sets the page, type and margins for the size', () => {
      const [width, height] = PAGE_SIZES[size];
      const across = width / PAGE_SIZES.A5[0];
      for (const lang of ['zh-Hans', 'zh-Hant'] as const) {
        const { pages } = pdfs[lang];
        expect(pages.every((p) => Math.abs(p.width - width) < 0.01 && Math.abs(p.height - height) < 0.01)).toBe(true);
        const lines = body(lang);
        expect(lines.length).toBeGreaterThan(500);
        // Body lines on a recto start at the inside margin, scaled with the page's width (most of them: not indented, no mark hanging).
        const lefts = pages
          .filter((p) => p.number % 2 === 1)
          .flatMap((p) =>
            textLines(p)
              .filter((l) => Math.abs(l.fontSize - em) < 0.01)
              .map((l) => l.left.toFixed(1)),
          );
        const counts = new Map<string, number>();
        for (const left of lefts) counts.set(left, (counts.get(left) ?? 0) + 1);
        const usual = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
        expect(Number(usual)).toBeCloseTo(design.page.margins.inside * across, 1);
      }
      // Larger pages take larger type, in quarter points.
      expect(em * 4).toBe(Math.round(em * 4));
      if (width > PAGE_SIZES.A5[0]) expect(em).toBeGreaterThan(design.body.fontSize);
      if (width < PAGE_SIZES.A5[0]) expect(em).toBeLessThan(design.body.fontSize);
    });

    it('never starts a line with a prohibited mark nor ends one with an opening mark', () => {
      for (const lang of ['zh-Hans', 'zh-Hant'] as const) {
        const faults = body(lang).filter((line) => {
          const chars = Array.from(line.text.replace(/\s+/g, ''));
          return prohibitedAtLineStart(chars[0]!, design.body.prohibitionLevel) || prohibitedAtLineEnd(chars[chars.length - 1]!, design.body.prohibitionLevel);
        });
        expect(faults.map((l) => l.text)).toEqual([]);
      }
    });

    it('spaces no two characters more than 1.06 em apart', () => {
      for (const lang of ['zh-Hans', 'zh-Hant'] as const) expect(Math.max(...body(lang).map((l) => widestHanAdvance(l, em)))).toBeLessThanOrEqual(1.06);
    });
  });
}
