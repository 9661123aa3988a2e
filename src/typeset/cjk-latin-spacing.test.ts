import { describe, expect, it } from 'vitest';
import { cjkLatinGap } from './cjk-latin-spacing.js';
import { toClusters } from './unbreakable-units.js';

const gaps = (text: string) => {
  const c = toClusters([{ text, face: 'body' }]);
  return c.slice(1).map((next, i) => cjkLatinGap(c[i]!, next, 0.25));
};

describe('CJK–Latin spacing', () => {
  it('puts ¼ em between Han and Latin letters or digits', () => {
    expect(gaps('在2020年')).toEqual([0.25, 0.25]);
    expect(gaps('GDP增')).toEqual([0.25]);
  });
  it('puts none next to Chinese punctuation or a space', () => {
    expect(gaps('，GDP。')).toEqual([0, 0]);
    expect(gaps('（1）')).toEqual([0, 0]);
    expect(gaps('在 2020')).toEqual([0, 0]);
  });
});
