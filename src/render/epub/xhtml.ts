/**
 * Wraps a body (hast) in an XHTML 5 document and serialises it as XML.
 * hast-util-to-html would write HTML syntax (`<meta charset=utf-8>`, bare
 * boolean attributes), which is not well-formed XML; going through xast gives
 * escaped text and quoted attributes by construction.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toXast } from 'hast-util-to-xast';
import { h } from 'hastscript';
import type { Root as XastRoot } from 'xast';
import { toXml } from 'xast-util-to-xml';
import type { Lang } from '../../book/types.js';
import { dropXmlInvalid, escapeCdataEnd } from './xml.js';

export const xhtmlNamespace = 'http://www.w3.org/1999/xhtml';
export const opsNamespace = 'http://www.idpf.org/2007/ops';

export interface XhtmlDocument {
  /** The document's language: the edition's, or another (`en` for a licence). */
  lang: Lang | 'en';
  /** Document title (`<title>`), shown by some readers in their chrome. */
  title: string;
  /** Stylesheet href relative to the document. */
  stylesheet: string;
  /** Optional class on `<body>` (e.g. `title-page`). */
  bodyClass?: string;
  body: ElementContent[];
}

/** The `<html>` element of a content document. */
export function xhtmlTree(doc: XhtmlDocument): Element {
  return h('html', { xmlns: xhtmlNamespace, 'xmlns:epub': opsNamespace, lang: doc.lang, 'xml:lang': doc.lang }, [
    h('head', [h('meta', { charset: 'utf-8' }), h('title', doc.title), h('link', { rel: 'stylesheet', type: 'text/css', href: doc.stylesheet })]),
    h('body', doc.bodyClass ? { className: [doc.bodyClass] } : {}, doc.body),
  ]);
}

/** Elements that only ever hold blocks here: safe to put each child on its own line. */
const blockLevel = new Set(['html', 'head', 'meta', 'title', 'link', 'body', 'div', 'section', 'header', 'nav', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'p']);

/**
 * Puts each child of a parent holding only block-level elements on its own
 * line, so the unpacked file reads like hand-written XHTML. Anything with text
 * or inline elements is left alone: a newline there would be drawn as a space
 * between Han characters by some readers.
 */
export function breakBlockLines(node: Element): void {
  for (const child of node.children) if (child.type === 'element') breakBlockLines(child);
  const blocksOnly = node.children.length > 0 && node.children.every((child) => child.type === 'element' && blockLevel.has(child.tagName));
  if (!blocksOnly) return;
  const spaced: ElementContent[] = [];
  for (const child of node.children) spaced.push({ type: 'text', value: '\n' }, child);
  spaced.push({ type: 'text', value: '\n' });
  node.children = spaced;
}

/** Drops characters XML cannot hold from text and string attributes (see `dropXmlInvalid`). */
function keepXmlCharacters(node: Element): void {
  for (const [key, value] of Object.entries(node.properties)) {
    if (typeof value === 'string') node.properties[key] = dropXmlInvalid(value);
  }
  for (const child of node.children) {
    if (child.type === 'text') child.value = dropXmlInvalid(child.value);
    else if (child.type === 'element') keepXmlCharacters(child);
  }
}

/** Serialises an `<html>` element (from `xhtmlTree`) as a complete XHTML file. */
export function serializeXhtml(html: Element): string {
  const copy = structuredClone(html);
  keepXmlCharacters(copy);
  breakBlockLines(copy);
  const tree: HastRoot = { type: 'root', children: [copy] };
  const body = toXast(tree) as XastRoot;
  const file: XastRoot = {
    type: 'root',
    children: [
      { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' },
      { type: 'text', value: '\n' },
      { type: 'doctype', name: 'html' },
      { type: 'text', value: '\n' },
      ...body.children,
      { type: 'text', value: '\n' },
    ],
  };
  // Self-closing `<meta/>`, `<link/>`: what an XHTML author would write.
  return escapeCdataEnd(toXml(file, { closeEmptyElements: true }));
}
