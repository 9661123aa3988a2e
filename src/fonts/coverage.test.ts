import { describe, expect, it } from 'vitest';
import { faceWithChar, hasChar, missingChars } from './coverage.js';
import { loadFontSet } from './fonts.js';

describe('glyph coverage', () => {
  const hans = loadFontSet('Hans');
  it('finds Han, punctuation and Latin in the body face', () => {
    expect(missingChars('中文，“引号”ABC 123', hans.faces.body)).toEqual([]);
  });
  it('reports characters the face lacks', () => {
    expect(missingChars('中\u{1F600}文\u{1F600}', hans.faces.body)).toEqual(['\u{1F600}']);
    expect(hasChar(hans.faces.body, '\u200d')).toBe(true);
  });
  it('picks the first fallback face that has a character', () => {
    expect(faceWithChar('中', hans.fallback)).toBe(hans.fallback[0]);
    expect(faceWithChar('\u{1F600}', hans.fallback)).toBeNull();
  });
});
