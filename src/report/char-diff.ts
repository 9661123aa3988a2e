/**
 * A changed line as one line with its edits marked character by character
 * (`<del>` what the cleaner took out, `<ins>` what it put in, the rest
 * plain), so a `,`→`，` among two hundred characters is seen at a glance.
 * The diff is jsdiff's `diffChars` (Myers, by code point).
 */
import { diffChars } from 'diff';
import { codePoint, escapeText } from './html-text.js';

/** Space separators (ASCII, no-break, ideographic …): an edit of them is boxed and named. */
const spaceRun = /\p{Zs}+/gu;

function markedText(text: string): string {
  let out = '';
  let at = 0;
  for (const match of text.matchAll(spaceRun)) {
    out += escapeText(text.slice(at, match.index));
    const names = Array.from(match[0], codePoint).join(' ');
    out += `<span class="ws" title="${names}">${match[0]}</span>`;
    at = match.index + match[0].length;
  }
  return out + escapeText(text.slice(at));
}

/** HTML for `before` → `after`, edits marked. */
export function charDiffHtml(before: string, after: string): string {
  return diffChars(before, after)
    .map((part) => {
      if (part.removed) return `<del>${markedText(part.value)}</del>`;
      if (part.added) return `<ins>${markedText(part.value)}</ins>`;
      return escapeText(part.value);
    })
    .join('');
}
