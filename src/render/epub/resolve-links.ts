/**
 * A rehype plugin: the presentation tree links by fragment (`#a01`,
 * `#a01-h2`); in the EPUB each document is a file of its own, so every link
 * becomes `file#id` — or just `file` when it points at a document itself.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { documentsOf } from '../present/present-book.js';

export interface ResolveLinksOptions {
  /** The file a document (by its id) is written to. */
  fileOf: (documentId: string) => string;
}

export default function rehypeResolveLinks(options: ResolveLinksOptions) {
  return (tree: Root): void => {
    const fileOfId = new Map<string, string>();
    for (const document of documentsOf(tree)) {
      const file = options.fileOf(document.data.document.id);
      fileOfId.set(document.data.document.id, file);
      visit(document, 'element', (element: Element) => {
        const id = element.properties.id;
        if (typeof id === 'string' && !fileOfId.has(id)) fileOfId.set(id, `${file}#${id}`);
      });
      const rootId = document.properties.id;
      if (typeof rootId === 'string') fileOfId.set(rootId, file);
    }
    visit(tree, 'element', (element: Element) => {
      const href = element.properties.href;
      if (typeof href !== 'string' || !href.startsWith('#')) return;
      const target = fileOfId.get(href.slice(1));
      if (target === undefined) throw new Error(`Link to ${href}, which no document holds`);
      element.properties.href = target;
    });
  };
}
