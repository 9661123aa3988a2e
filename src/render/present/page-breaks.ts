/**
 * A unified plugin on the presentation tree: page-break markers where the
 * print edition of the same script turns its pages. Each place is a block
 * (or the head of an article, the title page, a contents entry) and an
 * offset in its text; the marker goes before that character, splitting a
 * text node if it must. A page left blank gets its marker beside the next.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { documentsOf } from './present-book.js';
import type { BookPlace } from './semantics.js';

export interface PageBreakPlace {
  page: number;
  /** The page's printed name; its number when not given. */
  label?: string;
  origin: BookPlace;
  offset: number;
}

/** The id of the marker of print page `page` (its place in the print edition), for links from the page list. */
export const pageBreakId = (page: number): string => `page-${page}`;

const isMarker = (node: ElementContent): boolean => node.type === 'element' && node.data?.semantic === 'pagebreak';

function marker(place: PageBreakPlace): Element {
  const element = h('span', { id: pageBreakId(place.page), ariaLabel: place.label ?? String(place.page) });
  element.data = { semantic: 'pagebreak' };
  return element;
}

/** Inserts `node` before the character at `offset` of the element's text; returns the offset left over when its text is shorter. */
function insertAt(element: Element, offset: number, node: Element): number {
  for (let i = 0; i < element.children.length; i++) {
    const child = element.children[i]!;
    if (child.type === 'text') {
      if (offset < child.value.length || (offset === 0 && child.value.length === 0)) {
        const parts: ElementContent[] = [];
        if (offset > 0) parts.push({ type: 'text', value: child.value.slice(0, offset) });
        parts.push(node, { type: 'text', value: child.value.slice(offset) });
        element.children.splice(i, 1, ...parts);
        return -1;
      }
      offset -= child.value.length;
    } else if (child.type === 'element') {
      if (offset === 0) {
        element.children.splice(i, 0, node);
        return -1;
      }
      offset = insertAt(child, offset, node);
      if (offset < 0) return -1;
    }
  }
  return offset;
}

function findElement(root: Element, test: (element: Element) => boolean): Element | null {
  if (test(root)) return root;
  for (const child of root.children) {
    if (child.type !== 'element') continue;
    const found = findElement(child, test);
    if (found) return found;
  }
  return null;
}

export default function rehypePageBreaks(places: readonly PageBreakPlace[]) {
  return (tree: Root): void => {
    const documents = documentsOf(tree);
    const byKind = (kind: string) => documents.find((document) => document.data.document.kind === kind);
    const chapters = documents.filter((document) => document.data.document.kind === 'chapter');
    // Later places first, so that an earlier insertion never shifts a later offset in the same text.
    for (const place of [...places].reverse()) {
      const { origin } = place;
      let target: Element | null | undefined;
      if (origin.part === 'title') target = byKind('titlepage');
      else if (origin.part === 'contents') {
        const contents = byKind('toc');
        target = origin.entry === null || !contents ? contents : findElement(contents, (element) => element.data?.entry === origin.entry);
      } else {
        const chapter = chapters[origin.article];
        target = origin.block === null || !chapter ? chapter : findElement(chapter, (element) => element.data?.block === origin.block);
      }
      if (!target) throw new Error(`No place in the book for print page ${place.page}`);
      // After the whole text (a page left blank after it) anywhere; inside a text only in an article block.
      const offset = place.offset === Number.MAX_SAFE_INTEGER || (origin.part === 'article' && origin.block !== null) ? place.offset : 0;
      // Past the end of the text (a blank page after the last line): at the end, before the markers
      // of later pages already put there.
      if (insertAt(target, offset, marker(place)) >= 0) {
        let at = target.children.length;
        while (at > 0 && isMarker(target.children[at - 1]!)) at--;
        target.children.splice(at, 0, marker(place));
      }
    }
  };
}
