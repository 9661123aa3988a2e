/**
 * A page footer runs to the end of the text: link rows, copyright, ICP and
 * public-security registration numbers, technical credits, visitor counters.
 * It starts at the first footer line after which nothing but footer-like
 * lines (footer patterns, link rows, short fragments) follows.
 */
import { liveLines, removeLine, type LineRoot } from './line-tree.js';
import { footerPatterns, linkRow, sentencePunct } from './patterns.js';
import type { CleanPlugin } from './plugin.js';

const shortFragment = 30;

export function isFooterLine(text: string): boolean {
  return linkRow.test(text) || footerPatterns.some((pattern) => pattern.test(text));
}

function isFooterLike(text: string): boolean {
  return text === '' || isFooterLine(text) || ([...text].length <= shortFragment && !sentencePunct.test(text));
}

export const stripFooter: CleanPlugin = () => (tree: LineRoot, file) => {
  const lines = liveLines(tree);
  let start = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = lines[i]!.value.trim();
    if (!isFooterLike(text)) break;
    if (isFooterLine(text)) start = i;
  }
  for (const node of lines.slice(start)) {
    if (node.value.trim() === '') continue;
    removeLine(file, node, 'strip-footer', 'page footer', isFooterLine(node.value.trim()) ? { severity: 'info' } : {});
  }
};
