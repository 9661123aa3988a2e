import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleBook } from '../../book/sample-book.js';
import type { Article, Book } from '../../book/types.js';
import { loadFontSet } from '../../fonts/fonts.js';
import { loadTheme } from '../../theme/theme.js';
import { documentsOf, presentBook } from '../present/present-book.js';
import { epubcheck, epubcheckAvailable } from './__fixtures__/epubcheck.js';
import { unpackEpub } from './__fixtures__/unpack.js';
import { findAll, parseXml, textOf } from './__fixtures__/xml-parse.js';
import { renderEpub } from './index.js';
import { serializeXhtml, xhtmlTree } from './xhtml.js';
import { dropXmlInvalid } from './xml.js';

const hostile = {
  title: '论<b>加粗</b> & “引号”',
  script: '<script>alert("x")</script>这是正文',
  ampersand: 'A&B、&amp;、&#x41; 都是字面',
  cdataEnd: '结尾]]>不是CDATA',
  lead: '一是<i>&</i>。',
};

function hostileBook(): Book {
  const book = sampleBook('zh-Hans');
  const article: Article = {
    ...book.articles[0]!,
    id: 'a03',
    title: hostile.title,
    subtitle: '<!-- 注释 -->',
    author: 'O\'Brien "张"',
    source: '<a href="x">来源</a>',
    blocks: [
      { type: 'block', kind: 'paragraph', text: hostile.script },
      { type: 'block', kind: 'paragraph', text: hostile.ampersand },
      { type: 'block', kind: 'paragraph', lead: hostile.lead, text: hostile.cdataEnd },
      { type: 'block', kind: 'heading', level: 2, text: '<h1>标题</h1>' },
    ],
  };
  book.articles.push(article);
  return book;
}

describe('text from the sources is escaped, never markup', () => {
  it('keeps <script>, & and ]]> as text in the article, nav and NCX', async () => {
    const { bytes } = await renderEpub(hostileBook(), { theme: loadTheme(), fonts: loadFontSet('Hans') });
    const epub = await unpackEpub(bytes);
    const raw = epub.text('OEBPS/a03.xhtml');
    expect(raw).not.toMatch(/<script|<b>|<i>|<!--|<a href="x"/);
    expect(raw).not.toContain(']]>');
    expect(raw).toContain('结尾]]&gt;不是CDATA');

    const html = epub.xml('OEBPS/a03.xhtml');
    expect(findAll(html, (e) => ['script', 'b', 'i'].includes(e.name))).toEqual([]);
    const paragraphs = findAll(html, (e) => e.name === 'p' && !e.attributes.class).map(textOf);
    expect(paragraphs).toEqual([hostile.script, hostile.ampersand, hostile.lead + hostile.cdataEnd]);
    expect(findAll(html, (e) => e.name === 'h1').map(textOf)).toEqual([hostile.title]);
    expect(findAll(html, (e) => e.name === 'title').map(textOf)).toEqual([hostile.title]);
    expect(findAll(html, (e) => e.name === 'h2').map(textOf)).toEqual(['<h1>标题</h1>']);

    for (const file of ['OEBPS/toc.xhtml', 'OEBPS/toc.ncx', 'OEBPS/contents.xhtml']) {
      expect(epub.text(file), file).not.toContain('<b>');
      expect(textOf(epub.xml(file)), file).toContain(hostile.title);
    }
    expect(textOf(epub.xml('OEBPS/toc.ncx'))).toContain('<h1>标题</h1>');
  });

  it.skipIf(!epubcheckAvailable && !process.env.CI)(
    'still passes epubcheck',
    async () => {
      const { bytes } = await renderEpub(hostileBook(), { theme: loadTheme(), fonts: loadFontSet('Hans') });
      const result = await epubcheck(bytes, 'hostile.epub');
      expect(result.messages).toEqual([]);
    },
    120_000,
  );

  it('round-trips any string through an article paragraph (property)', () => {
    const article = sampleBook().articles[1]!;
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), (text, lead) => {
        const book: Book = { ...sampleBook('zh-Hant'), articles: [{ ...article, blocks: [{ type: 'block', kind: 'paragraph', lead, text }] }] };
        const body = documentsOf(presentBook(book)).find((document) => document.data.document.kind === 'chapter')!;
        const xhtml = serializeXhtml(xhtmlTree({ lang: 'zh-Hant', title: text, stylesheet: 'style.css', body: [body] }));
        const html = parseXml(xhtml);
        const paragraph = findAll(html, (e) => e.name === 'p' && !e.attributes.class)[0];
        const expected = dropXmlInvalid(lead + text);
        if (expected === '') return;
        expect(paragraph && textOf(paragraph)).toBe(expected);
        expect(textOf(findAll(html, (e) => e.name === 'title')[0]!)).toBe(dropXmlInvalid(text));
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
