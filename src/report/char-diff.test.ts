/** A changed line's edits marked character by character. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charDiffHtml } from './char-diff.js';
import { classToken, codePoint, escapeAttribute, escapeText } from './html-text.js';

describe('charDiffHtml', () => {
  it.each([
    ['one punctuation mark', '同志們:', '同志們：', '同志們<del>:</del><ins>：</ins>'],
    ['pinyin taken out', '企業(yè)商會', '企業商會', '企業<del>(yè)</del>商會'],
    [
      'space made ideographic',
      '踐行 永葆',
      '踐行　永葆',
      '踐行<del><span class="ws" title="U+0020"> </span></del><ins><span class="ws" title="U+3000">　</span></ins>永葆',
    ],
    ['indent removed', '　　一、', '一、', '<del><span class="ws" title="U+3000 U+3000">　　</span></del>一、'],
    ['markup in the text', 'a<b>,c', 'a<b>，c', 'a&lt;b&gt;<del>,</del><ins>，</ins>c'],
    ['a control character removed', 'x\u0007y', 'xy', 'x<del><span class="cc">U+0007</span></del>y'],
    ['astral characters kept whole', '𠀀,𠀁', '𠀀，𠀁', '𠀀<del>,</del><ins>，</ins>𠀁'],
  ])('%s', (_name, before, after, expected) => {
    expect(charDiffHtml(before, after)).toBe(expected);
  });

  it('reads back as the old text without <ins> and the new text without <del>', () => {
    const unescapeHtml = (html: string) =>
      html
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&');
    const text = fc.string({ unit: fc.constantFrom('中', '文', ',', '，', '。', ' ', '　', '<', '&', 'a') });
    fc.assert(
      fc.property(text, text, (before, after) => {
        const html = charDiffHtml(before, after);
        expect(unescapeHtml(html.replace(/<ins>.*?<\/ins>/g, ''))).toBe(before);
        expect(unescapeHtml(html.replace(/<del>.*?<\/del>/g, ''))).toBe(after);
      }),
    );
  });
});

describe('html text', () => {
  it('names code points with at least four hex digits', () => {
    expect(codePoint('\u0007')).toBe('U+0007');
    expect(codePoint('𠀀')).toBe('U+20000');
  });

  it('boxes invisible characters in text and spells them out in attributes', () => {
    expect(escapeText('a\u200Bb\uFEFF\uE000\uD800')).toBe(
      'a<span class="cc">U+200B</span>b<span class="cc">U+FEFF</span><span class="cc">U+E000</span><span class="cc">U+D800</span>',
    );
    expect(escapeAttribute('"x"\u202E&')).toBe('&quot;x&quot;U+202E&amp;');
    expect(escapeText('中文　 平常')).toBe('中文　 平常');
  });

  it('makes distinct rule ids distinct class tokens', () => {
    expect(classToken('strip-toc')).toBe('strip-toc');
    expect(classToken('a_b')).not.toBe(classToken('a-b'));
    expect(classToken('a_2d_')).not.toBe(classToken('a-'));
    expect(classToken('規則 1')).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});
