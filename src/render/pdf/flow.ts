/**
 * The print edition as a flow of blocks of set lines — what composition
 * produces and pagination cuts into pages. Lengths in pt; x from the left edge
 * of the text block, y from the top of the text block.
 */
import type { PlacedCluster } from '../../typeset/layout-paragraph.js';
import type { FaceKey } from '../../typeset/types.js';
import type { BookPlace } from '../present/semantics.js';

/** What drawing needs of a set cluster. */
export type DrawnCluster = Omit<PlacedCluster, 'start'>;

/**
 * A set line's clusters, packed into a string and two number arrays: the
 * whole book is paginated before the first page is drawn, and an object per
 * character would hold hundreds of MB for a book of thousands of pages.
 * Plain arrays, not typed ones: they live on the heap, without a separate
 * allocation per line.
 */
export interface PackedClusters {
  /** The clusters' texts, joined. */
  texts: string;
  /** End of each cluster's text in `texts`. */
  ends: number[];
  faces: FaceKey[];
  /** x, width, drawX, advance of each cluster. */
  numbers: number[];
}

const FIELDS = 4;

export function packClusters(clusters: readonly DrawnCluster[]): PackedClusters {
  // Sized up front: arrays grown by push keep up to half again as much spare room.
  const ends = new Array<number>(clusters.length);
  const numbers = new Array<number>(clusters.length * FIELDS);
  let end = 0;
  clusters.forEach((c, i) => {
    ends[i] = end += c.text.length;
    numbers[i * FIELDS] = c.x;
    numbers[i * FIELDS + 1] = c.width;
    numbers[i * FIELDS + 2] = c.drawX;
    numbers[i * FIELDS + 3] = c.advance;
  });
  // join, not +=: one flat string instead of a rope holding every cluster's own string.
  return { texts: clusters.map((c) => c.text).join(''), ends, faces: clusters.map((c) => c.face), numbers };
}

export function unpackClusters(packed: PackedClusters): DrawnCluster[] {
  const { texts, ends, faces, numbers } = packed;
  return faces.map((face, i) => {
    const at = i * FIELDS;
    return {
      text: texts.slice(i === 0 ? 0 : ends[i - 1], ends[i]),
      face,
      x: numbers[at]!,
      width: numbers[at + 1]!,
      drawX: numbers[at + 2]!,
      advance: numbers[at + 3]!,
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
  /** Offset (UTF-16) of the line's first character in its block's text (lead and text). */
  start: number;
}

/** Tags of the PDF structure tree (ISO 32000 standard structure types). */
export type BlockTag = 'H1' | 'H2' | 'H3' | 'H4' | 'P' | 'TOCI';

/** Front matter (cover to contents), the articles, and the back cover. */
export type SectionKind = 'cover' | 'title' | 'imprint' | 'toc' | 'article' | 'back-cover';

export const isFrontMatter = (kind: SectionKind): boolean => kind === 'cover' || kind === 'title' || kind === 'imprint' || kind === 'toc';

export interface Section {
  tag: 'Sect' | 'TOC';
  /** Index into the book's articles, or null for front matter. */
  article: number | null;
  /** Kind of page it fills: running heads and folios depend on it. */
  kind: SectionKind;
}

/** What of the book a block sets (the presentation layer's `BookPlace`). */
export type BlockOrigin = BookPlace;

export interface FlowBlock {
  tag: BlockTag;
  section: Section;
  origin: BlockOrigin;
  lines: FlowLine[];
  spaceBefore: number;
  spaceAfter: number;
  /** Never the last thing on a page (headings, the article head). */
  keepWithNext: boolean;
  /** May be split across pages between lines (paragraphs). */
  splittable: boolean;
  breakBefore: 'none' | 'page' | 'recto';
  /** Starts a new page unless this much room (pt) is left below it (an article run on after another). */
  minRoom?: number;
  /** Travels to the next page with the last lines of the block before (a signature, a closing date). */
  keepWithPrevious?: boolean;
  /** Set at the foot of the page (the publisher on the title page, the imprint). */
  atFoot?: boolean;
  /** A thin rule above this line of the block (the imprint's rows). */
  ruleAbove?: number;
  /** Starts no higher than this, pt below the top of the text block (a title page's title, a back cover's text). */
  startAt?: number;
  /** The article body block it sets: the block may be set again, tighter. */
  source?: { article: number; block: number };
  /** Set with lines filled as far as shrinking allows, one line fewer (to pull an article's end back). */
  tightened?: boolean;
  /** Named destination at the block's first line. */
  destination?: string;
  /** Outline entry at the block's first line; level 1 = article. */
  outline?: { title: string; level: number };
  /** TOC entry: link target, and the destination whose page number it shows. */
  tocTarget?: string;
}

export const blockHeight = (block: FlowBlock, from = 0, to = block.lines.length): number =>
  block.lines.slice(from, to).reduce((sum, line) => sum + line.height, 0);
