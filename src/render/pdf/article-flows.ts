/**
 * The articles' blocks for pagination. For a large book, without their
 * glyphs: pagination needs only line heights, so each article's set clusters
 * are dropped as soon as it is composed, and the article is set again when its
 * pages are drawn (composition is deterministic). A book of thousands of pages
 * then holds one article's glyphs at a time, not the whole book's. A small
 * book keeps its glyphs: setting twice would cost time and save nothing.
 */
import type { Book } from '../../book/types.js';
import { type ComposeContext, composeArticle, composeTightBlock } from './compose.js';
import type { FlowBlock, FlowLine, PackedClusters } from './flow.js';

/** Stands in for dropped clusters; drawing always asks `linesOf` for the real ones. */
const DROPPED: PackedClusters = Object.freeze({ texts: '', ends: [], faces: [], numbers: [] });

export class ArticleFlows {
  /** Every article's blocks in book order, with line heights but no glyphs. */
  readonly blocks: FlowBlock[];
  private readonly origin = new Map<FlowBlock, { article: number; index: number }>();
  private readonly dropGlyphs: boolean;
  /** The light blocks of each article, to find which were set tight. */
  private readonly byArticle: FlowBlock[][] = [];
  private current: { article: number; blocks: FlowBlock[] } | null = null;

  constructor(
    private readonly ctx: ComposeContext,
    private readonly book: Book,
    options: { dropGlyphs: boolean },
  ) {
    this.dropGlyphs = options.dropGlyphs;
    if (!options.dropGlyphs) {
      this.blocks = book.articles.flatMap((article, a) => composeArticle(ctx, article, a));
      return;
    }
    this.blocks = book.articles.flatMap((article, a) =>
      composeArticle(ctx, article, a).map((block, index) => {
        const light: FlowBlock = { ...block, lines: block.lines.map((line) => ({ ...line, clusters: DROPPED })) };
        this.origin.set(light, { article: a, index });
        this.byArticle[a] ??= [];
        this.byArticle[a].push(light);
        return light;
      }),
    );
  }

  /** A body block's lines filled tight (for pagination: without glyphs when glyphs are dropped), or null if not a body block. */
  tighten(block: FlowBlock): FlowLine[] | null {
    if (!block.source) return null;
    const { article, block: index } = block.source;
    const reported = this.ctx.problems.length;
    const lines = composeTightBlock(this.ctx, this.book.articles[article]!, article, index).lines;
    // Problems of a setting that may not be used are not the book's.
    this.ctx.problems.length = reported;
    return this.dropGlyphs ? lines.map((line) => ({ ...line, clusters: DROPPED })) : lines;
  }

  /** The set lines of `block`: its own for front matter, its article's set again for article blocks. */
  linesOf(block: FlowBlock): FlowLine[] {
    const origin = this.origin.get(block);
    if (!origin) return block.lines;
    if (this.current?.article !== origin.article) {
      const reported = this.ctx.problems.length;
      const tightened = new Set((this.byArticle[origin.article] ?? []).filter((b) => b.tightened && b.source).map((b) => b.source!.block));
      this.current = { article: origin.article, blocks: composeArticle(this.ctx, this.book.articles[origin.article]!, origin.article, tightened) };
      // The first setting reported these already.
      this.ctx.problems.length = reported;
    }
    const lines = this.current.blocks[origin.index]?.lines;
    if (!lines || lines.length !== block.lines.length) {
      throw new Error(`Setting article ${origin.article + 1} again gave different lines (block ${origin.index + 1})`);
    }
    return lines;
  }
}
