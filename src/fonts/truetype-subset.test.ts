/**
 * The TrueType subset must give exactly the bytes of fontkit's own subsetter,
 * or the PDF would change. Checked on every face the editions use and on a
 * face of another family, for the glyphs of the seeds book's characters plus
 * every composite glyph the face has among its first few thousand.
 */
import { join } from 'node:path';
import type { Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { readSources } from '../build/read-book.js';
import { loadManifest } from '../manifest/manifest.js';
import { otherFaces } from './__fixtures__/faces.js';
import { openFont } from './coverage.js';
import { fontBytes } from './font-files.js';
import { loadFontSet } from './fonts.js';
import { withQuickLayout } from './quick-layout.js';
import { faceTables, isStaticTrueType, TrueTypeSubset } from './truetype-subset.js';

const project = join(import.meta.dirname, '..', '..');
const text = readSources(loadManifest(join(project, 'sources', 'book.yaml')))
  .flatMap((source) => source.articles)
  .flatMap((article) => [article.title, ...article.blocks.map((block) => (block.lead ?? '') + block.text)])
  .join('');

/** Glyph ids of the book's characters, plus the composite glyphs among the face's first 3,000. */
function glyphIds(font: Font): number[] {
  const ids = new Set([...new Set(text)].map((char) => font.glyphForCodePoint(char.codePointAt(0)!).id));
  const glyf = (font as unknown as { loca: { offsets: number[] } }).loca.offsets;
  for (let gid = 0; gid < Math.min(3000, font.numGlyphs); gid++) {
    if (glyf[gid + 1]! > glyf[gid]! && (font.getGlyph(gid) as unknown as { _decode(): { numberOfContours: number } | null })._decode()!.numberOfContours < 0)
      ids.add(gid);
  }
  return [...ids];
}

/** Includes `ids` and encodes, as pdfkit does (fontkit takes glyph ids as well as glyphs, though its typings name only glyphs). */
function encode(subset: TrueTypeSubset | ReturnType<Font['createSubset']>, ids: readonly number[]): Buffer {
  const include = subset.includeGlyph as (glyph: number) => unknown;
  for (const id of ids) include.call(subset, id);
  return Buffer.from(subset.encode());
}

describe('TrueType subset from the face file', () => {
  const faces = [
    ...(['Hans', 'Hant'] as const).flatMap((script) =>
      (['body', 'bold', 'heading'] as const).map((role) => [`the ${script} ${role} face`, loadFontSet(script).faces[role]] as const),
    ),
    ['M PLUS Rounded 1c', otherFaces.roundedRegular] as const,
  ];
  for (const [name, path] of faces) {
    it(`gives fontkit's bytes on ${name}`, () => {
      const font = openFont(path);
      const ids = glyphIds(font);
      expect(ids.length).toBeGreaterThan(1000);
      const quick = encode(new TrueTypeSubset(faceTables(fontBytes(path))), ids);
      expect(quick.length).toBeGreaterThan(100_000);
      expect(quick.equals(encode(font.createSubset(), ids))).toBe(true);
    }, 60_000);
  }

  it('is the subset pdfkit gets for a static TrueType face', () => {
    const path = loadFontSet('Hans').faces.body;
    expect(withQuickLayout(openFont(path), fontBytes(path)).createSubset()).toBeInstanceOf(TrueTypeSubset);
  });

  it("leaves a CFF face's subset to fontkit", () => {
    const font = openFont(otherFaces.cffRegular);
    expect(isStaticTrueType(faceTables(fontBytes(otherFaces.cffRegular)))).toBe(false);
    const ids = [...'中文，。“”'].map((char) => font.glyphForCodePoint(char.codePointAt(0)!).id);
    const subset = withQuickLayout(font, fontBytes(otherFaces.cffRegular)).createSubset();
    // pdfkit embeds a subset with a `cff` as CIDFontType0C.
    expect((subset as unknown as { cff?: unknown }).cff).toBeDefined();
    expect(encode(subset, ids).equals(encode(font.createSubset(), ids))).toBe(true);
  });
});
