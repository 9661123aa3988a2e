/**
 * A changed line as one line with its edits marked character by character
 * (`<del>` what the cleaner took out, `<ins>` what it put in, the rest
 * plain), so a `,`→`，` among two hundred characters is seen at a glance.
 * The diff is jsdiff's `diffChars` (Myers, by code point).
 */
import { type ChangeObject, diffChars } from 'diff';
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

/**
 * Sentences end at `。`, which no cleaning rule inserts or removes on its own:
 * when both texts have as many, each sentence is diffed with its counterpart
 * (still a diff of the whole line, and Myers' cost grows with length × edits,
 * so a long paragraph with dozens of edits costs a fraction).
 */
function sentences(text: string): string[] {
  return text.split(/(?<=。)/);
}

function diffLine(before: string, after: string): ChangeObject<string>[] {
  const old = sentences(before);
  const now = sentences(after);
  if (old.length !== now.length) return diffTrimmed(before, after);
  return old.flatMap((sentence, i) => diffTrimmed(sentence, now[i]!));
}

const same = (value: string): ChangeObject<string>[] => (value ? [{ value, added: false, removed: false, count: [...value].length }] : []);

/** The common start and end kept aside, so jsdiff sees only the span between the first and last edit. */
function diffTrimmed(before: string, after: string): ChangeObject<string>[] {
  if (before === after) return same(before);
  const a = [...before];
  const b = [...after];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const middle = diffChars(a.slice(start, a.length - end).join(''), b.slice(start, b.length - end).join(''));
  return [...same(a.slice(0, start).join('')), ...middle, ...same(a.slice(a.length - end).join(''))];
}

/** HTML for `before` → `after`, edits marked. */
export function charDiffHtml(before: string, after: string): string {
  return diffLine(before, after)
    .map((part) => {
      if (part.removed) return `<del>${markedText(part.value)}</del>`;
      if (part.added) return `<ins>${markedText(part.value)}</ins>`;
      return escapeText(part.value);
    })
    .join('');
}
