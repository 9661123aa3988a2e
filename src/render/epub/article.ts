/**
 * One article as the body of its own XHTML document: a `chapter` section with
 * a header (title, subtitle, byline, source, date) and the blocks in order.
 * Every string from the sources goes in as a hast text node, so `<`, `&` and
 * `]]>` in a source come out escaped, never as markup.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Article, Block, Lang } from '../../book/types.js';
import { formatChineseDate, labels } from './labels.js';
import { headingId } from './paths.js';

/** The block kinds that become a `<p>` with this class (`null`: plain body paragraph). */
const paragraphClass = {
  paragraph: null,
  item: 'item',
  salutation: 'salutation',
  signature: 'signature',
} as const;

function headingTag(level: number | undefined): 'h2' | 'h3' | 'h4' {
  // The structure stage promises 2..4; clamp rather than emit h1/h5 if it slips.
  const clamped = Math.min(4, Math.max(2, level ?? 2));
  return `h${clamped}` as 'h2' | 'h3' | 'h4';
}

/** Text of a block with its run-in lead set in bold. */
function blockContent(block: Block): ElementContent[] {
  const content: ElementContent[] = [];
  if (block.lead) content.push(h('strong', { className: ['lead'] }, block.lead));
  if (block.text) content.push({ type: 'text', value: block.text });
  return content;
}

export function articleHeader(article: Article, lang: Lang): Element {
  const parts: ElementContent[] = [h('h1', { className: ['title'] }, article.title)];
  if (article.subtitle) parts.push(h('p', { className: ['subtitle'] }, article.subtitle));
  if (article.author || article.role) {
    const byline: ElementContent[] = [];
    if (article.author) byline.push(h('span', { className: ['author'] }, article.author));
    // Ideographic space, as in a printed byline; the role follows the name.
    if (article.author && article.role) byline.push({ type: 'text', value: '\u3000' });
    if (article.role) byline.push(h('span', { className: ['role'] }, article.role));
    parts.push(h('p', { className: ['byline'] }, byline));
  }
  if (article.source) parts.push(h('p', { className: ['source'] }, labels[lang].sourcePrefix + article.source));
  if (article.date) {
    parts.push(h('p', { className: ['date'] }, h('time', { dateTime: article.date }, formatChineseDate(article.date))));
  }
  return h('header', parts);
}

export function articleBody(article: Article, lang: Lang): Element {
  let headingCount = 0;
  const blocks = article.blocks.map((block): Element => {
    if (block.kind === 'heading') {
      const id = headingId(article, headingCount++);
      return h(headingTag(block.level), { id }, blockContent(block));
    }
    const className = paragraphClass[block.kind];
    return h('p', className ? { className: [className] } : {}, blockContent(block));
  });
  return h('section', { id: article.id, 'epub:type': 'chapter' }, [articleHeader(article, lang), ...blocks]);
}
