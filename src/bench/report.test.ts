import { describe, expect, it } from 'vitest';
import { outputKey } from './report.js';

describe('benchmark output names', () => {
  it('drop the slug and keep the edition and the format', () => {
    expect(outputKey('/tmp/out/xuexi-xinde.zh-Hans.pdf')).toBe('zh-Hans.pdf');
    expect(outputKey('/tmp/out/xuexi-xinde.zh-Hans.booklet.pdf')).toBe('zh-Hans.booklet.pdf');
    expect(outputKey('/tmp/out/xuexi-xinde.zh-Hant.vertical.epub')).toBe('zh-Hant.vertical.epub');
    expect(outputKey('/tmp/out/report.json')).toBe('report.json');
  });
});
