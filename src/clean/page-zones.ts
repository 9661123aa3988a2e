/**
 * A page's zones: the head (everything above the first body paragraph), the
 * body, and the tail (everything below the last one). Site chrome gathers in
 * the head and tail; the same short line means different things in each.
 */

import { isParagraph, type LineFeatures, lineFeatures } from './line-features.js';
import { type LineNode, type LineRoot, liveLines } from './line-tree.js';

export interface ZonedLine {
  node: LineNode;
  text: string;
  features: LineFeatures;
}

export interface PageZones {
  /** Live non-blank lines, in order. */
  lines: ZonedLine[];
  /** Index in `lines` of the first body paragraph (`lines.length` when there is none). */
  bodyStart: number;
  /** Index in `lines` just past the last body paragraph (0 when there is none). */
  bodyEnd: number;
}

/** Each rule of a round asks for the same lines: features are kept per node while its text is unchanged. */
const featuresOfNode = new WeakMap<LineNode, { value: string; features: LineFeatures }>();

export function zonedLine(node: LineNode): ZonedLine {
  const text = node.value.trim();
  let cached = featuresOfNode.get(node);
  if (!cached || cached.value !== node.value) {
    cached = { value: node.value, features: lineFeatures(text) };
    featuresOfNode.set(node, cached);
  }
  return { node, text, features: cached.features };
}

export function pageZones(tree: LineRoot): PageZones {
  const lines = liveLines(tree)
    .filter((node) => node.value.trim() !== '')
    .map(zonedLine);
  const paragraph = lines.map((line) => isParagraph(line.features, line.text));
  const first = paragraph.indexOf(true);
  const last = paragraph.lastIndexOf(true);
  return { lines, bodyStart: first === -1 ? lines.length : first, bodyEnd: last === -1 ? 0 : last + 1 };
}
