import { describe, expect, it } from 'vitest';
import { splitOverlong, toClusters } from './unbreakable-units.js';

const texts = (s: string) => toClusters([{ text: s, face: 'body' }]).map((c) => c.text);

describe('unbreakable units', () => {
  it('keeps —— and …… whole, Latin words and numbers whole', () => {
    expect(texts('是——这')).toEqual(['是', '——', '这']);
    expect(texts('想……。')).toEqual(['想', '……', '。']);
    expect(texts('GDP增长6.5%左右')).toEqual(['GDP', '增', '长', '6.5%', '左', '右']);
    expect(texts('open source 软件')).toEqual(['open', ' ', 'source', ' ', '软', '件']);
  });
  it('does not merge a word across faces but keeps offsets', () => {
    const clusters = toClusters([
      { text: '一是', face: 'bold' },
      { text: 'AB', face: 'body' },
    ]);
    expect(clusters.map((c) => [c.text, c.face, c.start])).toEqual([
      ['一', 'bold', 0],
      ['是', 'bold', 1],
      ['AB', 'body', 2],
    ]);
  });
  it('keeps a variation selector with its ideograph', () => {
    expect(texts('葛\u{e0100}藤')).toEqual(['葛\u{e0100}', '藤']);
  });
  it('cuts an over-long word at UAX #14 opportunities, then by character', () => {
    const [url] = toClusters([{ text: 'https://example.com/a-very-long-path', face: 'body' }]);
    const pieces = splitOverlong(url!, (t) => t.length <= 8);
    expect(pieces.map((p) => p.text).join('')).toBe(url!.text);
    expect(pieces.every((p) => p.text.length <= 8)).toBe(true);
  });
});
