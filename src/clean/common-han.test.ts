import { describe, expect, it } from 'vitest';
import { commonHanAll, commonShare, isCommonHan, isRareLetter } from './common-han.js';

describe('common Han characters', () => {
  it('are the same classified at once as one by one, over every Han character of the BMP', () => {
    const chars = [...Array(0x10000).keys()].map((code) => String.fromCharCode(code)).filter((ch) => /\p{Script=Han}/u.test(ch));
    expect(chars.length).toBeGreaterThan(25_000);
    const all = commonHanAll(chars);
    expect(all).toEqual(chars.map(isCommonHan));
    // GB2312 level 1 and Big5 level 1 overlap, so together they hold fewer than their sum.
    const common = all!.filter(Boolean).length;
    expect(common).toBeGreaterThan(5_401);
    expect(common).toBeLessThan(3_755 + 5_401);
  });

  it('knows a common character from a rare one', () => {
    expect(commonHanAll(['的', '國', '龘'])).toEqual([true, true, false]);
  });

  it('measure how much a text reads as Chinese, punctuation and ASCII left out', () => {
    expect(commonShare('我们，DSP。')).toEqual({ common: 2, letters: 2, share: 1 });
    expect(commonShare('鎴戜滑')).toMatchObject({ letters: 3 });
    expect(commonShare('鎴戜滑').share).toBeLessThan(0.5);
    expect(commonShare('æˆ‘')).toEqual({ common: 0, letters: 2, share: 0 });
    expect(['衆', 'é', '，', 'a', '的'].map(isRareLetter)).toEqual([true, true, false, false, false]);
  });
});
