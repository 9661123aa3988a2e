/**
 * Splits a cleaned file into article segments. A compilation marks its
 * articles either by a repeated line between them (found by the cleaner) or
 * by its own markers (`第一篇：…`). Metadata lifted from a segment's lines
 * belongs to that segment's article.
 */
import type { LiftedMeta, LineNode, LineRoot } from '../clean/line-tree.js';
import { articleMarker } from '../clean/patterns.js';

export interface Segment {
  /** Non-blank live lines, in order. */
  lines: LineNode[];
  /** Metadata lifted from lines inside the segment, in order. */
  meta: LiftedMeta[];
}

export function segmentArticles(tree: LineRoot): Segment[] {
  const segments: Segment[] = [];
  let current: Segment = { lines: [], meta: [] };
  const close = () => {
    if (current.lines.length > 0) segments.push(current);
    else if (current.meta.length > 0) segments.at(-1)?.meta.push(...current.meta);
    current = { lines: [], meta: [] };
  };
  for (const node of tree.children) {
    if (node.marks.has('article-break')) {
      close();
      continue;
    }
    if (node.fate === 'metadata') {
      if (node.meta) current.meta.push(node.meta);
      continue;
    }
    if (node.fate === 'removed' || node.value.trim() === '') continue;
    // A kept line may carry metadata lifted from part of it (an author glued to the title).
    if (node.meta) current.meta.push(node.meta);
    if (articleMarker.test(node.value) && current.lines.length > 0) close();
    if (node.titleEnd !== undefined) {
      // A title glued to its paragraph: two lines of the same raw line.
      current.lines.push({ ...node, value: node.value.slice(0, node.titleEnd), titleEnd: undefined });
      current.lines.push({ ...node, value: node.value.slice(node.titleEnd), titleEnd: undefined, marks: new Set() });
      continue;
    }
    current.lines.push(node);
  }
  close();
  return segments;
}
