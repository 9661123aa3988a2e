import type { Element } from 'hast';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { sampleBook } from '../../book/sample-book.js';
import { loadTheme } from '../../theme/theme.js';
import { hastTexts } from '../epub/font-subset.js';
import { articleHead, bylineLines, titlePage } from './heads.js';
import { documentsOf, presentBook } from './present-book.js';
import { formatDate, labels, punctuationStyle } from './words.js';

const text = (node: Element) => [...hastTexts(node)].join('');
const elements = (node: Element, test: (e: Element) => boolean): Element[] => {
  const out: Element[] = [];
  const walk = (e: Element) => {
    if (test(e)) out.push(e);
    for (const child of e.children) if (child.type === 'element') walk(child);
  };
  walk(node);
  return out;
};

describe('words', () => {
  it('formats full and partial dates the Chinese way', () => {
    expect(formatDate('2020-11-02')).toBe('2020年11月2日');
    expect(formatDate('2020-03')).toBe('2020年3月');
    expect(formatDate('1929')).toBe('1929年');
  });

  it('resolves the automatic punctuation style by script', () => {
    const theme = loadTheme();
    expect(punctuationStyle(theme, 'zh-Hans')).toBe('mainland');
    expect(punctuationStyle(theme, 'zh-Hant')).toBe('taiwan');
    expect(punctuationStyle({ ...theme, body: { ...theme.body, punctuationStyle: 'mainland' } }, 'zh-Hant')).toBe('mainland');
    // `auto` follows the body face's stops where they are known: a Simplified face sets a Traditional book mainland-style.
    expect(punctuationStyle(theme, 'zh-Hant', 'corner')).toBe('mainland');
    expect(punctuationStyle(theme, 'zh-Hans', 'centre')).toBe('taiwan');
    expect(punctuationStyle({ ...theme, body: { ...theme.body, punctuationStyle: 'taiwan' } }, 'zh-Hant', 'corner')).toBe('taiwan');
  });

  it('has every label in both scripts', () => {
    expect(Object.keys(labels['zh-Hant']).sort()).toEqual(Object.keys(labels['zh-Hans']).sort());
  });
});

describe('heads', () => {
  it('composes a byline as who, then where and when', () => {
    const [first, second] = sampleBook('zh-Hans').articles;
    expect(bylineLines(articleHead(first!, 'zh-Hans'), 'zh-Hans')).toEqual(['党支部书记\u3000张三', '来源：笔杆子家园\u30002020年11月2日']);
    expect(bylineLines(articleHead(second!, 'zh-Hant'), 'zh-Hant')).toEqual(['來源：大江時評\u30002020年12月13日']);
  });

  it('names the editor on the title page in the edition’s script', () => {
    expect(titlePage(sampleBook('zh-Hant')).editorLine).toBe('编者\u3000編');
  });
});

describe('presentBook', () => {
  const book = sampleBook('zh-Hans');
  const tree = presentBook(book);
  const documents = documentsOf(tree);

  it('holds title page, contents and one chapter per article, in reading order', () => {
    expect(documents.map((d) => [d.data.document.kind, d.data.document.id])).toEqual([
      ['titlepage', 'title-page'],
      ['toc', 'contents'],
      ['chapter', 'a01'],
      ['chapter', 'a02'],
    ]);
  });

  it('uses only markup EPUB 2 engines read', () => {
    const allowed = new Set(['div', 'p', 'span', 'strong', 'h1', 'h2', 'h3', 'h4', 'ol', 'li', 'a']);
    const names = new Set(documents.flatMap((d) => elements(d, () => true).map((e) => e.tagName)));
    expect([...names].filter((name) => !allowed.has(name))).toEqual([]);
  });

  it('sets the article head from the shared byline, with every block after it', () => {
    const chapter = documents[2]!;
    const head = elements(chapter, (e) => (e.properties.className as string[] | undefined)?.includes('article-head') ?? false)[0]!;
    const lines = elements(head, (e) => e.tagName === 'p').map(text);
    expect(lines).toEqual([book.articles[0]!.subtitle, ...bylineLines(articleHead(book.articles[0]!, 'zh-Hans'), 'zh-Hans')]);
    expect(elements(chapter, (e) => e.data?.semantic === 'subtitle').map(text)).toEqual([book.articles[0]!.subtitle]);
  });

  it('links the contents page by fragment to the chapters', () => {
    const links = elements(documents[1]!, (e) => e.tagName === 'a').map((a) => a.properties.href);
    expect(links).toEqual(['#a01', '#a02']);
  });

  it('takes a writer’s own handler for a block kind', () => {
    const custom = presentBook(book, { handlers: { signature: (block) => h('p', { className: ['sig'] }, `—${block.text}`) } });
    const chapter = documentsOf(custom)[2]!;
    expect(elements(chapter, (e) => (e.properties.className as string[] | undefined)?.includes('sig') ?? false).map(text)).toEqual([
      '—总结人：何巧英',
      '—2014年9月3日',
    ]);
  });

  it('heads the colophon with the manifest’s notice, in bold, only when there is one', () => {
    const rows = [{ label: '版本', lines: ['简体中文横排电子版'] }];
    const colophonOf = (notice?: string) => {
      const book = sampleBook();
      if (notice) book.meta.notice = notice;
      return documentsOf(presentBook(book, { colophon: rows })).find((d) => d.data.document.kind === 'colophon')!;
    };
    const notices = elements(colophonOf('内部学习资料'), (e) => (e.properties.className as string[] | undefined)?.includes('colophon-notice') ?? false);
    expect(notices.map(text)).toEqual(['内部学习资料']);
    expect(elements(notices[0]!, (e) => e.tagName === 'strong').map(text)).toEqual(['内部学习资料']);
    expect(elements(colophonOf(), (e) => (e.properties.className as string[] | undefined)?.includes('colophon-notice') ?? false)).toEqual([]);
  });
});
