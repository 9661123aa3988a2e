/**
 * Text into HTML for the audit report. Scraped pages carry characters a
 * reviewer must see rather than have the browser swallow or act on: control
 * characters, format characters (zero-width spaces, bidi overrides, BOM),
 * private-use code points, lone surrogates, noncharacters. In text they are
 * shown as a boxed code point; in attributes as the plain code point.
 */

const markup: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `U+0007`, `U+1F600`: at least four hex digits. */
export function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Markup characters, and the characters shown by their code point instead of themselves. */
const escaped = /[&<>"'\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}\p{Noncharacter_Code_Point}]/gu;

function escapeWith(text: string, shown: (char: string) => string): string {
  // With the u flag a match is a whole code point, or a lone surrogate on its own.
  return text.replace(escaped, (char) => markup[char] ?? shown(char));
}

/** Element content: markup characters escaped, invisible ones boxed. */
export function escapeText(text: string): string {
  return escapeWith(text, (char) => `<span class="cc">${codePoint(char)}</span>`);
}

/** Attribute values (double-quoted) and `<title>`: invisible characters spelled out. */
export function escapeAttribute(text: string): string {
  return escapeWith(text, codePoint);
}

/**
 * A rule id as a class-name token: letters, digits and `-` kept, anything
 * else (including `_`, the escape mark) written as `_` + hex code point + `_`,
 * so distinct ids stay distinct and every token is safe in CSS selectors.
 */
export function classToken(id: string): string {
  let out = '';
  for (const char of id) out += /^[A-Za-z0-9-]$/.test(char) ? char : `_${char.codePointAt(0)!.toString(16)}_`;
  return out;
}
