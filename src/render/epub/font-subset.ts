/**
 * The embedded fonts: subsets of the body face (every character the book's
 * documents draw) and of the bold face (the characters of headings and run-in
 * leads, so they are not synthesised bold, which smears Han strokes). Each
 * keeps its face's outlines, TrueType or CFF (HarfBuzz subsets both), as a
 * plain sfnt rather than WOFF2: every EPUB reader takes it, and HarfBuzz's
 * WOFF2 encoder takes seconds on a CJK face.
 */
import type { Nodes } from 'hast';
import subsetFont from 'subset-font';
import { fontBytes } from '../../fonts/font-files.js';
import { keptNameIds } from './font-licence.js';

/** Every text value under a hast node, in document order. */
export function* hastTexts(node: Nodes): Generator<string> {
  if (node.type === 'text') yield node.value;
  else if (node.type === 'element' || node.type === 'root') for (const child of node.children) yield* hastTexts(child);
}

/** Elements the stylesheet sets bold: their text needs the bold face. */
const boldElements = new Set(['h1', 'h2', 'h3', 'h4', 'strong']);

/** Text values set in bold (inside headings and run-in leads). */
export function* boldTexts(node: Nodes): Generator<string> {
  if (node.type === 'element' && boldElements.has(node.tagName)) yield* hastTexts(node);
  else if (node.type === 'element' || node.type === 'root') for (const child of node.children) yield* boldTexts(child);
}

/**
 * The distinct characters of some texts, sorted by code point, without
 * control characters (newlines between blocks are not drawn).
 */
export function usedCharacters(texts: Iterable<string>): string {
  const seen = new Set<number>();
  for (const text of texts) for (const char of text) seen.add(char.codePointAt(0)!);
  return [...seen]
    .filter((code) => code >= 0x20 && !(code >= 0x7f && code < 0xa0))
    .sort((a, b) => a - b)
    .map((code) => String.fromCodePoint(code))
    .join('');
}

export async function subsetFace(fontPath: string, characters: string): Promise<Uint8Array> {
  // The licence and its URL stay in the name table: the OFL travels with every copy of the font.
  const subset = await subsetFont(fontBytes(fontPath), characters, { targetFormat: 'sfnt', preserveNameIds: keptNameIds });
  return new Uint8Array(subset.buffer, subset.byteOffset, subset.byteLength);
}
