import { describe, expect, it } from 'vitest';
import { titlePhrases } from './title-phrases.js';

const split = (title: string, starts: ReadonlySet<number>) =>
  [...starts, title.length].reduce<{ at: number; words: string[] }>(({ at, words }, end) => ({ at: end, words: [...words, title.slice(at, end)] }), {
    at: 0,
    words: [],
  }).words;

describe('title phrases', () => {
  it('finds where the words of a title start, in either script', () => {
    const hans = '生活品质靠“全心全意为人民服务”来改善';
    const hant = '生活品質靠「全心全意為人民服務」來改善';
    const phrases = titlePhrases([hans, hant]);
    const words = split(hans, phrases(hans));
    expect(words).toContain('全心全意');
    expect(words).toContain('改善');
    // The Traditional title is read through its Simplified forms: the same words.
    expect(split(hant, phrases(hant)).map((w) => w.length)).toEqual(words.map((w) => w.length));
  }, 60_000);

  it('gives no start inside a surrogate pair', () => {
    const title = '𠀀𠀁学习';
    const starts = titlePhrases([title])(title);
    for (const at of starts) expect(title.charCodeAt(at) & 0xfc00).not.toBe(0xdc00);
  }, 60_000);
});
