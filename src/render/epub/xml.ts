/**
 * A tiny builder for the non-HTML XML files (package document, NCX): xast
 * nodes serialised by xast-util-to-xml, which escapes text and attributes.
 */
import type { Element, ElementContent, Root } from 'xast';
import { toXml } from 'xast-util-to-xml';

type Child = ElementContent | string | null | undefined | false;

/** `x('dc:title', { id: 'title' }, 'Text')`; falsy children are dropped. */
export function x(name: string, attributes: Record<string, string | undefined> = {}, ...children: Array<Child | Child[]>): Element {
  const defined: Record<string, string> = {};
  for (const [key, value] of Object.entries(attributes)) if (value !== undefined) defined[key] = dropXmlInvalid(value);
  const content: ElementContent[] = [];
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    content.push(typeof child === 'string' ? { type: 'text', value: dropXmlInvalid(child) } : child);
  }
  return { type: 'element', name, attributes: defined, children: content };
}

/** Indents element-only content two spaces per level; mixed content is left as is. */
function indent(element: Element, depth: number): void {
  const elementsOnly = element.children.length > 0 && element.children.every((child) => child.type === 'element');
  for (const child of element.children) if (child.type === 'element') indent(child, depth + 1);
  if (!elementsOnly) return;
  const pad = '  '.repeat(depth);
  const spaced: ElementContent[] = [];
  for (const child of element.children) spaced.push({ type: 'text', value: `\n${pad}  ` }, child);
  spaced.push({ type: 'text', value: `\n${pad}` });
  element.children = spaced;
}

/** Serialises a root element as a standalone XML file with declaration. */
export function serializeXml(root: Element): string {
  const copy = structuredClone(root);
  indent(copy, 0);
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' },
      { type: 'text', value: '\n' },
      copy,
      { type: 'text', value: '\n' },
    ],
  };
  return escapeCdataEnd(toXml(tree, { closeEmptyElements: true }));
}

/**
 * Characters XML 1.0 forbids (C0 controls but tab/newline/return, lone
 * surrogates, U+FFFE/U+FFFF). A stray one from a Word or web source would make
 * the whole document ill-formed, and a reader refuses the book; they carry no
 * text, so they are dropped.
 */
const xmlInvalid = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function dropXmlInvalid(text: string): string {
  return text.replace(xmlInvalid, '');
}

/**
 * xast-util-to-xml escapes `<` and `&` only, but XML forbids the literal `]]>`
 * in text. Our files hold no CDATA sections or comments, so every `]]>` in the
 * output is text (or an attribute value, where `&gt;` is equally valid).
 */
export function escapeCdataEnd(xml: string): string {
  return xml.replaceAll(']]>', ']]&gt;');
}
