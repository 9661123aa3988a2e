/**
 * What the code reads from a face's own tables instead of assuming Noto: the
 * em box, the glyphs its default features touch, its file format. Checked on
 * Noto and on faces of another design (OS/2 metrics, no BASE) and another
 * outline format (CFF).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { otherFaces } from './__fixtures__/faces.js';
import { contextualGlyphs } from './contextual-glyphs.js';
import { openFont } from './coverage.js';
import { emBoxAscent, stopPlacement } from './face-metrics.js';
import { embeddedFontType, faceFormat } from './font-format.js';
import { loadFontSet } from './fonts.js';

const noto = loadFontSet('Hans').faces;

describe('em box from the face', () => {
  it('reads the ideographic baseline from BASE (Noto CJK, Source Han: 0.88 em)', () => {
    expect(emBoxAscent(openFont(noto.body))).toBeCloseTo(0.88, 6);
    expect(emBoxAscent(openFont(otherFaces.cffRegular))).toBeCloseTo(0.88, 6);
  });
  it('falls back to the OS/2 typographic ascender and descender without BASE (M PLUS Rounded: 860/−140)', () => {
    const font = openFont(otherFaces.roundedRegular);
    expect((font as unknown as { BASE?: unknown }).BASE).toBeFalsy();
    expect(emBoxAscent(font)).toBeCloseTo(0.86, 6);
  });
});

describe('em box, rule by rule', () => {
  /** A face with only the tables the rule reads, in font units of 2048. */
  const face = (tables: Record<string, unknown>) =>
    ({ unitsPerEm: 2048, hhea: { ascent: 1900, descent: -500 }, ...tables }) as unknown as Parameters<typeof emBoxAscent>[0];
  const base = (tags: string[], coordinates: number[]) => ({
    horizAxis: {
      baseTagList: tags,
      baseScriptList: [{ tag: 'hani', script: { baseValues: { baseCoords: coordinates.map((coordinate) => ({ coordinate })) } } }],
    },
  });
  it('takes BASE idtp (the em box top), else ideo (its bottom) plus an em', () => {
    expect(emBoxAscent(face({ BASE: base(['ideo', 'idtp', 'romn'], [-256, 1792, 0]) }))).toBeCloseTo(0.875, 6);
    expect(emBoxAscent(face({ BASE: base(['ideo', 'romn'], [-240, 0]) }))).toBeCloseTo((2048 - 240) / 2048, 6);
  });
  it('then the OS/2 typographic ascender over the span, then hhea', () => {
    expect(emBoxAscent(face({ BASE: base(['romn'], [0]), 'OS/2': { typoAscender: 1802, typoDescender: -246 } }))).toBeCloseTo(1802 / 2048, 6);
    expect(emBoxAscent(face({}))).toBeCloseTo(1900 / 2400, 6);
  });
});

describe('stop placement from the face', () => {
  it('finds corner stops in Simplified and Japanese faces and centred ones in Traditional faces, from the ink of ，', () => {
    const hant = loadFontSet('Hant').faces;
    expect([noto.body, noto.bold, noto.heading].map((path) => stopPlacement(openFont(path)))).toEqual(['corner', 'corner', 'corner']);
    expect([hant.body, hant.bold, hant.heading].map((path) => stopPlacement(openFont(path)))).toEqual(['centre', 'centre', 'centre']);
    expect(stopPlacement(openFont(otherFaces.roundedRegular))).toBe('corner');
    expect(stopPlacement(openFont(otherFaces.cffRegular))).toBe('corner');
  });
});

describe('glyphs a face may change', () => {
  const contextual = (path: string, char: string) => {
    const font = openFont(path);
    return contextualGlyphs(font).has(font.glyphForCodePoint(char.codePointAt(0)!).id);
  };
  const glyphCount = (path: string, text: string) => openFont(path).layout(text).glyphs.length;

  it('finds the dash ligature of Noto and Source Han in their GSUB, and no Han or full-width mark', () => {
    for (const path of [noto.body, noto.heading, otherFaces.cffRegular]) {
      expect(glyphCount(path, '——')).toBe(1);
      expect(contextual(path, '—')).toBe(true);
      for (const char of '中文，。“”《》') expect(contextual(path, char)).toBe(false);
    }
  });
  it('leaves the dashes of a face without that ligature alone: two glyphs, as set glyph by glyph', () => {
    expect(contextual(otherFaces.roundedRegular, '—')).toBe(false);
    expect(glyphCount(otherFaces.roundedRegular, '——')).toBe(2);
  });
  it('sets every character it calls plain exactly as the shaper does beside any other', () => {
    // The law the quick layout and the drawing rely on, on marks and a few ideographs of each face.
    const sample = [...'中文，。、：；！？“”‘’《》（）〈〉【】—…·'];
    for (const path of [noto.body, otherFaces.roundedRegular, otherFaces.cffRegular]) {
      const font = openFont(path);
      const plain = sample.filter((char) => !contextual(path, char));
      for (const a of plain) {
        for (const b of plain) {
          const run = font.layout(a + b);
          expect(
            run.glyphs.map((glyph) => glyph.id),
            `${a}${b}`,
          ).toEqual([a, b].map((char) => font.glyphForCodePoint(char.codePointAt(0)!).id));
        }
      }
    }
  });
});

describe('font format', () => {
  const head = (path: string) => readFileSync(path).subarray(0, 4);
  it('tells TrueType, CFF and web fonts apart by their first bytes', () => {
    expect(faceFormat(head(noto.body))).toBe('truetype');
    expect(faceFormat(head(otherFaces.roundedRegular))).toBe('truetype');
    expect(faceFormat(head(otherFaces.cffRegular))).toBe('cff');
    expect(faceFormat(head(otherFaces.cffWoff2))).toBe('woff2');
    expect(faceFormat(Buffer.from('wOFF'))).toBe('woff');
    expect(faceFormat(Buffer.from('ttcf'))).toBe('collection');
    expect(faceFormat(Buffer.from('%PDF'))).toBeNull();
  });
  it('names an embedded face by its outlines', () => {
    expect(embeddedFontType(head(otherFaces.cffRegular))).toEqual({ extension: 'otf', mediaType: 'font/otf', cssFormat: 'opentype' });
    expect(embeddedFontType(head(noto.body))).toEqual({ extension: 'ttf', mediaType: 'font/ttf', cssFormat: 'truetype' });
  });
});
