import type { Element, ElementContent } from 'hast';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { sampleBook } from '../../book/sample-book.js';
import rehypePageBreaks, { type PageBreakPlace } from './page-breaks.js';
import { documentsOf, presentBook } from './present-book.js';

/** The document's text with each marker shown as `|n|`. */
function marked(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  if (node.data?.semantic === 'pagebreak') return `|${String(node.properties.ariaLabel)}|`;
  return node.children.map(marked).join('');
}

function withBreaks(places: PageBreakPlace[]): Element[] {
  const tree = presentBook(sampleBook('zh-Hans'));
  unified().use(rehypePageBreaks, places).runSync(tree);
  return documentsOf(tree);
}

describe('print page breaks in the presentation tree', () => {
  it('marks the title page, a contents entry, an article head and a place inside a block', () => {
    const [title, contents, a01, a02] = withBreaks([
      { page: 1, origin: { part: 'title' }, offset: 0 },
      { page: 2, origin: { part: 'contents', entry: null }, offset: 0 },
      { page: 3, origin: { part: 'contents', entry: 1 }, offset: 0 },
      { page: 4, origin: { part: 'article', article: 0, block: null }, offset: 0 },
      // Inside the run-in lead's paragraph: offsets count the lead.
      { page: 5, origin: { part: 'article', article: 0, block: 3 }, offset: 3 },
      { page: 6, origin: { part: 'article', article: 0, block: 3 }, offset: 13 },
      // Blank pages padding the last sheet: after the last text, in order.
      { page: 7, origin: { part: 'article', article: 1, block: 1 }, offset: Number.MAX_SAFE_INTEGER },
      { page: 8, origin: { part: 'article', article: 1, block: 1 }, offset: Number.MAX_SAFE_INTEGER },
    ]);
    expect(marked(title!).startsWith('|1|群众路线学习文集')).toBe(true);
    expect(marked(contents!).startsWith('|2|目录')).toBe(true);
    expect(marked(contents!)).toContain('|3|基層幹部');
    expect(marked(a01!).startsWith('|4|新时代呼唤新担当')).toBe(true);
    expect(marked(a01!)).toContain('一是通|5|过学习使我信心倍增。|6|党的十九大以来');
    expect(marked(a02!).endsWith('坚强战斗堡垒」。|7||8|'.replace('坚强战斗堡垒', '堅強戰鬥堡壘'))).toBe(true);
  });

  it('loses and adds no text', () => {
    const plain = withBreaks([]).map(marked).join('');
    const broken = withBreaks([{ page: 9, origin: { part: 'article', article: 0, block: 1 }, offset: 40 }])
      .map(marked)
      .join('');
    expect(broken.replace('|9|', '')).toBe(plain);
  });
});
