/**
 * One handler per block kind, in the manner of mdast-util-to-hast: each turns
 * a block of an article into a hast element. Writers may pass their own map to
 * `presentBook` to override any of them.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Article, Block, BlockKind, Lang } from '../../book/types.js';

export interface HandlerState {
  article: Article;
  lang: Lang;
  /** Index of the block in its article. */
  index: number;
  /** How many headings came before in the article (for their ids). */
  headingsBefore: number;
}

export type BlockHandler<B extends Block = Block> = (block: B, state: HandlerState) => Element;
/** A handler per kind, each given its own kind of block (a heading handler sees `level`). */
export type BlockHandlers = { readonly [K in BlockKind]: BlockHandler<Block & { kind: K }> };

/** A block through the handler for its kind. */
export function handleBlock(handlers: BlockHandlers, block: Block, state: HandlerState): Element {
  // TypeScript cannot pair `handlers[block.kind]` with `block`'s own kind: the map's type guarantees it.
  return (handlers[block.kind] as BlockHandler)(block, state);
}

/** Id of the n-th heading (0-based, counting all levels) of an article. */
export function headingId(article: Pick<Article, 'id'>, index: number): string {
  return `${article.id}-h${index + 1}`;
}

/** A block's text with its run-in lead set in bold. */
export function blockContent(block: Block): ElementContent[] {
  const content: ElementContent[] = [];
  if (block.lead) content.push(h('strong', { className: ['lead'] }, block.lead));
  if (block.text) content.push({ type: 'text', value: block.text });
  return content;
}

/** A paragraph-like block with a class naming its kind (none for plain body paragraphs). */
const classed =
  (className: string | null): BlockHandler =>
  (block) =>
    h('p', className ? { className: [className] } : {}, blockContent(block));

export const blockHandlers: BlockHandlers = {
  heading: (block, state) => h(`h${block.level}`, { id: headingId(state.article, state.headingsBefore) }, blockContent(block)),
  paragraph: classed(null),
  item: classed('item'),
  salutation: classed('salutation'),
  signature: classed('signature'),
};
