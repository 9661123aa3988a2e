/**
 * The print edition as a flow of blocks of set lines — what composition
 * produces and pagination cuts into pages. Lengths in pt; x from the left edge
 * of the text block, y from the top of the text block.
 */
import type { PlacedCluster } from '../../typeset/layout-paragraph.js';

export interface FlowLine {
  clusters: PlacedCluster[];
  fontSize: number;
  /** Height of the line box. */
  height: number;
  /** Baseline, from the top of the line box. */
  baseline: number;
  /** Left and right edge of the set text. */
  left: number;
  right: number;
  /** Last line of its paragraph (natural width). */
  last: boolean;
}

/** Tags of the PDF structure tree (ISO 32000 standard structure types). */
export type BlockTag = 'H1' | 'H2' | 'H3' | 'H4' | 'P' | 'TOCI';

export interface Section {
  tag: 'Sect' | 'TOC';
  /** Index into the book's articles, or null for front matter. */
  article: number | null;
  /** Kind of page it fills: running heads and folios depend on it. */
  kind: 'title' | 'toc' | 'article';
}

export interface FlowBlock {
  tag: BlockTag;
  section: Section;
  lines: FlowLine[];
  spaceBefore: number;
  spaceAfter: number;
  /** Never the last thing on a page (headings, the article head). */
  keepWithNext: boolean;
  /** May be split across pages between lines (paragraphs). */
  splittable: boolean;
  breakBefore: 'none' | 'page' | 'recto';
  /** Named destination at the block's first line. */
  destination?: string;
  /** Outline entry at the block's first line; level 1 = article. */
  outline?: { title: string; level: number };
  /** TOC entry: link target, and the destination whose page number it shows. */
  tocTarget?: string;
}

export const blockHeight = (block: FlowBlock, from = 0, to = block.lines.length): number =>
  block.lines.slice(from, to).reduce((sum, line) => sum + line.height, 0);
