/**
 * Test helper: a small, strict XML parser for reading the EPUB's files back.
 * It throws on anything not well-formed that our writer could plausibly emit
 * (unclosed or mismatched tags, unquoted or duplicate attributes, a raw `<`
 * or stray `&` in text, `]]>` in text, text outside the root). DTD internals,
 * CDATA and comments are not supported: the writer emits none.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const name = '[A-Za-z_][-A-Za-z0-9_.:]*';
const entity = /&(?:(lt|gt|amp|quot|apos)|#(\d+)|#x([0-9A-Fa-f]+));/g;
const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  if (/&(?!(?:lt|gt|amp|quot|apos|#\d+|#x[0-9A-Fa-f]+);)/.test(raw)) throw new Error(`Stray & in ${where}: ${raw}`);
  return raw.replace(entity, (_, n: string | undefined, d: string | undefined, x: string | undefined) =>
    n ? named[n]! : String.fromCodePoint(Number.parseInt(d ?? x!, d ? 10 : 16)),
  );
}

function parseAttributes(source: string, tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const attribute = new RegExp(`^\\s+(${name})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`);
  let rest = source;
  while (rest.trim() !== '') {
    const match = attribute.exec(rest);
    if (!match) throw new Error(`Malformed attributes in <${tag}>: ${rest}`);
    const key = match[1]!;
    if (key in attributes) throw new Error(`Duplicate attribute ${key} in <${tag}>`);
    attributes[key] = decode(match[2] ?? match[3]!, `attribute ${key}`);
    rest = rest.slice(match[0].length);
  }
  return attributes;
}

export function parseXml(text: string): XmlElement {
  let rest = text.replace(/^\uFEFF/, '');
  const prolog = /^\s*(<\?xml[^?]*\?>)?\s*(<!DOCTYPE [^>[]+>)?\s*/.exec(rest)!;
  rest = rest.slice(prolog[0].length);
  const root: XmlElement = { name: '#document', attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  const token = new RegExp(`^<(/?)(${name})((?:\\s+${name}\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*(/?)>`);
  while (rest.length > 0) {
    const lt = rest.indexOf('<');
    const raw = lt === -1 ? rest : rest.slice(0, lt);
    if (raw) {
      if (raw.includes(']]>')) throw new Error(`]]> in text: ${raw}`);
      if (stack.length === 1) {
        if (raw.trim()) throw new Error(`Text outside the root element: ${raw}`);
      } else stack.at(-1)!.children.push(decode(raw, 'text'));
    }
    if (lt === -1) break;
    rest = rest.slice(lt);
    const match = token.exec(rest);
    if (!match) throw new Error(`Malformed tag at: ${rest.slice(0, 60)}`);
    const [whole, closing, tag, attributeSource, selfClosing] = match as unknown as [string, string, string, string, string];
    rest = rest.slice(whole.length);
    if (closing) {
      const open = stack.pop();
      if (!open || open.name !== tag || stack.length === 0) throw new Error(`</${tag}> closes <${open?.name}>`);
      continue;
    }
    const element: XmlElement = { name: tag, attributes: parseAttributes(attributeSource, tag), children: [] };
    const parent = stack.at(-1)!;
    if (parent === root && root.children.length > 0) throw new Error('Second root element');
    parent.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  if (stack.length !== 1) throw new Error(`Unclosed <${stack.at(-1)!.name}>`);
  const [documentElement] = root.children;
  if (!documentElement || typeof documentElement === 'string') throw new Error('No root element');
  return documentElement;
}

export function textOf(node: XmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}

export function* elements(node: XmlElement): Generator<XmlElement> {
  yield node;
  for (const child of node.children) if (typeof child !== 'string') yield* elements(child);
}

export function findAll(node: XmlElement, predicate: (element: XmlElement) => boolean): XmlElement[] {
  return [...elements(node)].filter(predicate);
}

/** Direct element children with a given name. */
export function childrenNamed(node: XmlElement, tag: string): XmlElement[] {
  return node.children.filter((child): child is XmlElement => typeof child !== 'string' && child.name === tag);
}
