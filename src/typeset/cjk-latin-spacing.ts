/**
 * CJK–Latin spacing (clreq `#mixed_text_composition_in_horizontal_writing_mode`):
 * about ¼ em between a Han character and an adjacent Latin letter or digit.
 * Not next to Chinese punctuation (the mark's own blank does that job) and not
 * at line ends (the breaker drops a gap that falls on a break).
 */
import { isIdeograph, isLatinAlnum } from './char-classes.js';
import type { Cluster } from './types.js';

const first = (text: string): string => String.fromCodePoint(text.codePointAt(0)!);
const last = (text: string): string => {
  const chars = Array.from(text);
  return chars[chars.length - 1]!;
};

/** Gap (em) between two adjacent clusters. */
export function cjkLatinGap(prev: Cluster, next: Cluster, space: number): number {
  const hanThenLatin = prev.kind === 'ideograph' && next.kind === 'latin' && isIdeograph(last(prev.text)) && isLatinAlnum(first(next.text));
  const latinThenHan = prev.kind === 'latin' && next.kind === 'ideograph' && isLatinAlnum(last(prev.text)) && isIdeograph(first(next.text));
  return hanThenLatin || latinThenHan ? space : 0;
}

/** How far justification may shrink the gap: down to half of it. */
export const CJK_LATIN_MIN_RATIO = 0.5;
