import { describe, expect, it } from 'vitest';
import { isCjk, isIdeograph, prohibitedAtLineEnd, prohibitedAtLineStart, punctuationBlank, punctuationClass } from './char-classes.js';

describe('character classes', () => {
  it('forbids pause marks, closing brackets and interpuncts at line start', () => {
    for (const char of '、，；：。！？」』”’）》〉】·') expect(prohibitedAtLineStart(char), char).toBe(true);
    for (const char of '中「“（A1—') expect(prohibitedAtLineStart(char), char).toBe(false);
  });
  it('forbids opening brackets at line end', () => {
    for (const char of '「『“‘（《〈【') expect(prohibitedAtLineEnd(char), char).toBe(true);
    for (const char of '」。中') expect(prohibitedAtLineEnd(char), char).toBe(false);
  });
  it('adds small kana, iteration marks and ‥ at the strict level only', () => {
    for (const char of 'ぁッ々ー‥％') {
      expect(prohibitedAtLineStart(char, 'basic'), char).toBe(false);
      expect(prohibitedAtLineStart(char, 'strict'), char).toBe(true);
    }
  });
  it('places mainland stops left and Taiwan stops centred', () => {
    expect(punctuationBlank('。', 'mainland')).toEqual({ lead: 0, trail: 0.5 });
    expect(punctuationBlank('。', 'taiwan')).toEqual({ lead: 0.25, trail: 0.25 });
    expect(punctuationBlank('「', 'taiwan')).toEqual({ lead: 0.5, trail: 0 });
  });
  it('classifies marks and scripts', () => {
    expect(punctuationClass('—')).toBe('inseparable');
    expect(punctuationClass('“')).toBe('opening');
    expect(isCjk('“')).toBe(true);
    expect(isCjk('A')).toBe(false);
    expect(isIdeograph('中')).toBe(true);
    expect(isIdeograph('，')).toBe(false);
  });
});
