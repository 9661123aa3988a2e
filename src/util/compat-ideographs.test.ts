import { describe, expect, it } from 'vitest';
import { unifyCompatIdeographs } from './compat-ideographs.js';

describe('compatibility ideographs', () => {
  it('become the unified ideographs they stand for, in the BMP block and the supplement', () => {
    expect(unifyCompatIdeographs('\uF967\uF92D\uFA10')).toBe('不來塚');
    expect(unifyCompatIdeographs('\u{2F800}\u{2F8B2}')).toBe('丽成');
  });

  it('leave unified ideographs alone, those of the compatibility block too (U+FA0E)', () => {
    const text = '造成暴民政治與皇室復辟的惡性循環，\uFA0E\uFA0F𠀀';
    expect(unifyCompatIdeographs(text)).toBe(text);
  });
});
