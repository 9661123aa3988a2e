/**
 * The quick subset must give exactly the bytes of fontkit's own subsetter, or
 * the PDF would change. Checked on every face the editions use, for the glyphs
 * of the seeds book's characters plus every composite glyph the face has
 * among its first few thousand.
 */
import { join } from 'node:path';
import type { Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { readSources } from '../build/read-book.js';
import { loadManifest } from '../manifest/manifest.js';
import { openFont } from './coverage.js';
import { loadFontSet } from './fonts.js';
import { quickSubset } from './quick-subset.js';

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
    if (glyf[gid + 1]! > glyf[gid]! && (font.getGlyph(gid) as unknown as { _decode(): { numberOfContours: number } | null })._decode()!.numberOfContours < 0) ids.add(gid);
  }
  return [...ids];
}

/** fontkit's subset takes a glyph id as well as a glyph object; its types name only the object. */
type SubsetById = { includeGlyph(id: number): number; encode(): Uint8Array };

function encode(subset: ReturnType<Font['createSubset']>, ids: readonly number[]): Buffer {
  const byId = subset as unknown as SubsetById;
  for (const id of ids) byId.includeGlyph(id);
  return Buffer.from(byId.encode());
}

describe('quick TrueType subset', () => {
  for (const script of ['Hans', 'Hant'] as const) {
    const faces = loadFontSet(script).faces;
    for (const role of ['body', 'bold', 'heading'] as const) {
      it(`gives fontkit's bytes on the ${script} ${role} face`, () => {
        const font = openFont(faces[role]);
        const ids = glyphIds(font);
        expect(ids.length).toBeGreaterThan(1000);
        const quick = encode(quickSubset(font), ids);
        expect(quick.length).toBeGreaterThan(100_000);
        expect(quick.equals(encode(font.createSubset(), ids))).toBe(true);
      });
    }
  }
});
