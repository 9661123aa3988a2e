import { describe, expect, it } from 'vitest';
import { sampleBook } from '../../book/sample-book.js';
import { prohibitedAtLineStart } from '../../typeset/char-classes.js';
import { coverDescription, coverLines, coverSvg } from './cover.js';

describe('cover', () => {
  it('breaks a long title into even lines, never opening a line with a closing mark', () => {
    expect(coverLines('学习心得选编', 8)).toEqual(['学习心得选编']);
    expect(coverLines('新时代呼唤新担当新时代需要新作为', 8)).toEqual(['新时代呼唤新担当', '新时代需要新作为']);
    const lines = coverLines('论“两个确立”的决定性意义，学习体会汇编', 8);
    expect(lines.join('')).toBe('论“两个确立”的决定性意义，学习体会汇编');
    for (const line of lines) expect(prohibitedAtLineStart([...line][0]!), line).toBe(false);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(8);
  });

  it('sets the title page’s words, in the edition’s script, escaped', () => {
    const book = sampleBook('zh-Hant');
    book.meta.title = 'A & B <文集>';
    const svg = coverSvg(book, { heading: 'Heading', body: 'Body' });
    expect(svg).toContain('>A &amp; B</text>');
    expect(svg).toContain('>&lt;文集&gt;</text>');
    expect(svg).toContain('编者\u3000編');
    expect(coverDescription(book)).toBe('封面：A & B <文集>，编者\u3000編，文集');
  });
});
