/**
 * The print edition as a flow of blocks of set lines — what composition
 * produces and pagination cuts into pages. Lengths in pt; x from the left edge
 * of the text block, y from the top of the text block.
 */
import type { PlacedCluster } from '../../typeset/layout-paragraph.js';
import type { FaceKey } from '../../typeset/types.js';

/**
 * A set line's clusters, packed into one string and one number array: the
 * whole book is paginated before the first page is drawn, and an object per
 * character would hold hundreds of MB for a book of thousands of pages.
 */
export interface PackedClusters {
  /** The clusters' texts, joined. */
  texts: string;
  /** End of each cluster's text in `texts`. */
  ends: Uint32Array;
  faces: FaceKey[];
  /** start, x, width, drawX, advance of each cluster. */
  numbers: Float64Array;
}

const FIELDS = 5;

export function packClusters(clusters: readonly PlacedCluster[]): PackedClusters {
  const ends = new Uint32Array(clusters.length);
  const numbers = new Float64Array(clusters.length * FIELDS);
  let texts = '';
  clusters.forEach((c, i) => {
    texts += c.text;
    ends[i] = texts.length;
    const at = i * FIELDS;
    numbers[at] = c.start;
    numbers[at + 1] = c.x;
    numbers[at + 2] = c.width;
    numbers[at + 3] = c.drawX;
    numbers[at + 4] = c.advance;
  });
  return { texts, ends, faces: clusters.map((c) => c.face), numbers };
}

export function unpackClusters(packed: PackedClusters): PlacedCluster[] {
  const { texts, ends, faces, numbers } = packed;
  return faces.map((face, i) => {
    const at = i * FIELDS;
    return {
      text: texts.slice(i === 0 ? 0 : ends[i - 1], ends[i]),
      face,
      start: numbers[at]!,
      x: numbers[at + 1]!,
      width: numbers[at + 2]!,
      drawX: numbers[at + 3]!,
      advance: numbers[at + 4]!,
    };
  });
}

export interface FlowLine {
  clusters: PackedClusters;
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
