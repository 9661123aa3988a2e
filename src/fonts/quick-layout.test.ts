/**
 * The quick CJK layout must give exactly what fontkit's shaper gives, or the
 * PDF would change: same glyphs, same advances, same positions. Checked on
 * every face the editions use, over the characters and punctuation pairs of
 * the seeds book and long runs of its real text.
 */
import { join } from 'node:path';
import type { Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { readSources } from '../build/read-book.js';
import { loadManifest } from '../manifest/manifest.js';
import { otherFaces } from './__fixtures__/faces.js';
import { openFont } from './coverage.js';
import { loadFontSet } from './fonts.js';
import { isSimpleRun, withQuickLayout } from './quick-layout.js';

const project = join(import.meta.dirname, '..', '..');
const text = readSources(loadManifest(join(project, 'sources', 'book.yaml')))
  .flatMap((source) => source.articles)
  .flatMap((article) => [article.title, ...article.blocks.map((block) => (block.lead ?? '') + block.text)])
  .join('\n');

/** Maximal runs of characters the quick layout takes. */
function simpleRunsOf(source: string): string[] {
  const found: string[] = [];
  let run = '';
  for (const char of source) {
    if (isSimpleRun(char)) run += char;
    else if (run) {
      found.push(run);
      run = '';
    }
  }
  if (run) found.push(run);
  return found;
}

const simpleRuns = simpleRunsOf(text);
const chars = [...new Set(text)].filter(isSimpleRun);
const marks = chars.filter((char) => !/\p{Script=Han}/u.test(char));
const samples = [
  ...chars,
  // Each mark beside every seventh character, and every pair of marks: contextual forms, if any, would show here.
  ...marks.flatMap((a) => chars.filter((_, i) => i % 7 === 0).flatMap((b) => [a + b, b + a])),
  ...marks.flatMap((a) => marks.map((b) => a + b)),
  // Long runs of real text.
  ...simpleRuns.filter((_, i) => i % 3 === 0),
];

function shape(font: Font, sample: string) {
  const run = font.layout(sample);
  return {
    ids: run.glyphs.map((glyph) => glyph.id),
    advance: run.advanceWidth,
    positions: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
  };
}

describe('quick CJK layout', () => {
  it('takes ideographs, full-width marks, dashes and ellipses, and leaves digits and letters to the shaper', () => {
    for (const sample of ['中文，“引号”《书名》、（一）。', '——', '……']) expect(isSimpleRun(sample)).toBe(true);
    for (const sample of ['（1）', 'GDP', '中 文', '2013年', 'é', '']) expect(isSimpleRun(sample)).toBe(false);
  });

  it("sends a run to the shaper when the face's own GSUB may join its glyphs (Noto's 2-em dash)", () => {
    const font = openFont(loadFontSet('Hans').faces.body);
    expect(withQuickLayout(font).layout('这——那').glyphs).toHaveLength(3);
    const rounded = openFont(otherFaces.roundedRegular);
    expect(withQuickLayout(rounded).layout('这——那').glyphs).toHaveLength(4);
  });

  it('has samples from the seeds book', () => {
    expect(chars.length).toBeGreaterThan(1500);
    expect(marks.length).toBeGreaterThan(10);
    expect(samples.length).toBeGreaterThan(3000);
  });

  const faces = [
    ...(['Hans', 'Hant'] as const).flatMap((script) =>
      (['body', 'bold', 'heading'] as const).map((role) => [`the ${script} ${role} face`, loadFontSet(script).faces[role]] as const),
    ),
    ...Object.entries(otherFaces)
      .filter(([name]) => !name.includes('Woff'))
      .map(([name, path]) => [name, path] as const),
  ];
  for (const [name, path] of faces) {
    it(`matches the shaper on ${name}`, () => {
      const font = openFont(path);
      const quick = withQuickLayout(font);
      const differing = samples.filter((sample) => JSON.stringify(shape(quick, sample)) !== JSON.stringify(shape(font, sample)));
      expect(differing).toEqual([]);
      // Text outside the class still goes through the shaper: Noto's contextual parenthesised digit.
      expect(shape(quick, '（1）')).toEqual(shape(font, '（1）'));
    }, 60_000);
  }
});
