/**
 * A rehype plugin for the vertical edition: numbers stand upright. Digits
 * laid sideways in a vertical column are the mark of a horizontal text poured
 * into a vertical mould; clreq sets one or two digits upright in one em
 * (tate-chū-yoko, CSS `text-combine-upright`), and longer numbers either digit
 * by digit upright or as Chinese numerals (2020 → 二〇二〇), by the theme.
 * Documents in another language (the licence) are left alone.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { h } from 'hastscript';
import { documentsOf } from '../present/present-book.js';

export interface UprightNumbersOptions {
  longNumbers: 'upright' | 'numerals';
}

/** A number: digits, with inner decimal points, thousands separators or a time's colon. */
const number = /[0-9]+(?:[.,:][0-9]+)*/g;
/** A run of Latin letters, digits, spaces and code punctuation: holding a letter, it is Latin text or a code (GDP2, Version 1.1, a UUID) whose digits lie sideways with it. */
const codeCharacter = /[A-Za-z0-9._:/ -]/;

function insideLatinWord(text: string, start: number, end: number): boolean {
  while (start > 0 && codeCharacter.test(text[start - 1]!)) start--;
  while (end < text.length && codeCharacter.test(text[end]!)) end++;
  return /[A-Za-z]/.test(text.slice(start, end));
}
const numerals = '〇一二三四五六七八九';

function uprightParts(text: string, options: UprightNumbersOptions): ElementContent[] | null {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of text.matchAll(number)) {
    const digits = match[0];
    if (insideLatinWord(text, match.index, match.index + digits.length)) continue;
    if (match.index > last) parts.push({ type: 'text', value: text.slice(last, match.index) });
    if (digits.length <= 2) parts.push(h('span', { className: ['tcy'] }, digits));
    else if (options.longNumbers === 'numerals' && /^[0-9]+$/.test(digits))
      parts.push({ type: 'text', value: [...digits].map((digit) => numerals[Number(digit)]).join('') });
    else parts.push(h('span', { className: ['upright'] }, digits));
    last = match.index + digits.length;
  }
  if (last === 0) return null;
  if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
  return parts;
}

function transform(element: Element, options: UprightNumbersOptions): void {
  const children: ElementContent[] = [];
  for (const child of element.children) {
    if (child.type === 'element') transform(child, options);
    const parts = child.type === 'text' ? uprightParts((child as Text).value, options) : null;
    if (parts) children.push(...parts);
    else children.push(child);
  }
  element.children = children;
}

export default function rehypeUprightNumbers(options: UprightNumbersOptions) {
  return (tree: Root): void => {
    for (const document of documentsOf(tree)) if (!document.data.document.lang) transform(document, options);
  };
}
