/**
 * A rehype plugin: says what each marked element of the presentation tree is
 * in both vocabularies reading systems look at — `epub:type` for EPUB
 * readers, the matching DPUB-ARIA `role` for assistive technology. A kind with
 * no DPUB-ARIA role (the title page) gets `epub:type` alone.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { Semantic } from '../present/semantics.js';

const vocabulary: Readonly<Record<Semantic, { epubType: string; role?: string }>> = {
  cover: { epubType: 'cover', role: 'doc-cover' },
  titlepage: { epubType: 'titlepage' },
  toc: { epubType: 'toc', role: 'doc-toc' },
  chapter: { epubType: 'chapter', role: 'doc-chapter' },
  colophon: { epubType: 'colophon', role: 'doc-colophon' },
  appendix: { epubType: 'appendix', role: 'doc-appendix' },
  subtitle: { epubType: 'subtitle', role: 'doc-subtitle' },
  pagebreak: { epubType: 'pagebreak', role: 'doc-pagebreak' },
};

export function epubTypeOf(semantic: Semantic): { epubType: string; role?: string } {
  return vocabulary[semantic];
}

export default function rehypeEpubSemantics() {
  return (tree: Root): void => {
    visit(tree, 'element', (element: Element) => {
      const semantic = element.data?.semantic;
      if (!semantic) return;
      const { epubType, role } = vocabulary[semantic];
      element.properties['epub:type'] = epubType;
      if (role) element.properties.role = role;
    });
  };
}
