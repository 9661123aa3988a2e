/**
 * The quick subset must give exactly the bytes of fontkit's own subsetter, or
 * the PDF would change. Checked on every face the editions use, for the glyphs
 * of the seeds book's characters plus every composite glyph the face has
 * among its first few thousand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { readSources } from '../build/read-book.js';
import { loadManifest } from '../manifest/manifest.js';
import { openFont } from './coverage.js';
import { loadFontSet } from './fonts.js';
import { quickSubset } from './quick-subset.js';
import { otherFaces } from './__fixtures__/faces.js';

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
  const faces = [
    ...(['Hans', 'Hant'] as const).flatMap((script) => (['body', 'bold', 'heading'] as const).map((role) => [`the ${script} ${role} face`, loadFontSet(script).faces[role]] as const)),
    ['M PLUS Rounded 1c', otherFaces.roundedRegular] as const,
  ];
  for (const [name, path] of faces) {
    it(`gives fontkit's bytes on ${name}`, () => {
      const font = openFont(path);
      const ids = glyphIds(font);
      expect(ids.length).toBeGreaterThan(1000);
      const quick = encode(quickSubset(font), ids);
      expect(quick.length).toBeGreaterThan(100_000);
      expect(quick.equals(encode(font.createSubset(), ids))).toBe(true);
    }, 60_000);
  }

  it("leaves a CFF face's subset to fontkit, whole", () => {
    const font = openFont(otherFaces.cffRegular);
    const ids = [...'中文，。“”'].map((char) => font.glyphForCodePoint(char.codePointAt(0)!).id);
    const subset = quickSubset(font);
    expect(Object.hasOwn(subset, '_addGlyph')).toBe(false);
    expect(encode(subset, ids).equals(encode(font.createSubset(), ids))).toBe(true);
  });

  it('runs on the exact fontkit version pinned, whose subset has the private method it fills in', () => {
    const pinned = (JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies['fontkit'];
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    const installed = (JSON.parse(readFileSync(join(project, 'node_modules', 'fontkit', 'package.json'), 'utf8')) as { version: string }).version;
    expect(installed).toBe(pinned);
    const subset = openFont(loadFontSet('Hans').faces.body).createSubset() as unknown as { _addGlyph?: unknown };
    expect(typeof subset._addGlyph).toBe('function');
  });
});
