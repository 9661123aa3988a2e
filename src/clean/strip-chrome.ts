/**
 * Site chrome: breadcrumbs, mobile-site links and tool bars, the site
 * crediting itself, and the page's meta bar. A meta bar that carries a date,
 * source or author is lifted into the article's metadata instead of dropped.
 */
import { findIsoDate } from './dates.js';
import { liftLine, liveLines, removeLine, type LiftedMeta, type LineNode, type LineRoot } from './line-tree.js';
import { breadcrumb, chromePhrases, datePattern, hanChar, metaLabelWithColon, metaLabels, sentencePunct, siteCredit, timePattern } from './patterns.js';
import type { CleanPlugin } from './plugin.js';

/** A meta bar is short; a signature (`日期：…`) at an article's end is not one. */
const metaBarMaxLength = 100;
/** Meta bars sit in a page's head: within this many non-blank lines. */
const headLines = 10;
const chromeLineMaxLength = 60;
const proseMinimum = 20;

function hasChromePhrase(text: string): boolean {
  return chromePhrases.some((phrase) => text.includes(phrase));
}

function withoutChrome(text: string): string {
  return chromePhrases.reduce((rest, phrase) => rest.split(phrase).join(' '), text);
}

/** Values of `label：value` pairs, each value running to the next label or a space run. */
function labeledValues(text: string): LiftedMeta {
  const meta: LiftedMeta = {};
  const labels = [...text.matchAll(metaLabelWithColon)];
  labels.forEach((label, i) => {
    const start = label.index + label[0].length;
    const end = i + 1 < labels.length ? labels[i + 1]!.index : text.length;
    const value = text.slice(start, end).trim().split(/\s{2,}|\u3000/)[0]!.trim();
    const key = metaLabels.find((entry) => entry.pattern.test(label[1]!))?.key;
    if (!value || !key) return;
    if (key === 'date') {
      const date = findIsoDate(value);
      if (date) meta.date = date;
    } else if (key === 'source' || key === 'author') {
      meta[key] = value.split(/\s/)[0]!;
    }
  });
  return meta;
}

/** Reads a line as a meta bar; null if it is not one. */
export function readMetaBar(text: string, inHead: boolean): LiftedMeta | null {
  if ([...text].length > metaBarMaxLength || /[。！？]/.test(text)) return null;
  const labelCount = new Set([...text.matchAll(metaLabelWithColon)].map((m) => m[1])).size;
  const startsWithDate = datePattern.exec(text)?.index === 0;
  if (labelCount >= 2 || (labelCount === 1 && inHead)) {
    const meta = labeledValues(text);
    if (!meta.date) {
      const date = findIsoDate(text);
      if (date) meta.date = date;
    }
    return meta;
  }
  if (startsWithDate && inHead) {
    const meta: LiftedMeta = {};
    const date = findIsoDate(text);
    if (date) meta.date = date;
    const rest = withoutChrome(text.replace(datePattern, ' ').replace(timePattern, ' ')).trim();
    if ([...rest].length > 16 || sentencePunct.test(rest)) return null;
    if (!hasChromePhrase(text) && rest.length >= 2 && hanChar.test(rest)) meta.source = rest;
    return meta;
  }
  return null;
}

export const stripChrome: CleanPlugin = () => (tree: LineRoot, file) => {
  let nonBlank = 0;
  // A meta bar sits above the text; a `日期：` line after prose is a signature.
  let seenProse = false;
  for (const node of liveLines(tree)) {
    const text = node.value.trim();
    if (!text) continue;
    nonBlank++;
    const inHead = nonBlank <= headLines && !seenProse;
    if (/[。！？]/.test(text) && [...text].length >= proseMinimum) seenProse = true;
    if (breadcrumb.test(text)) {
      removeLine(file, node, 'strip-chrome', 'breadcrumb');
      continue;
    }
    if (siteCredit.test(text)) {
      removeLine(file, node, 'strip-chrome', 'site credit', { severity: 'info' });
      continue;
    }
    const meta = readMetaBar(text, inHead);
    if (meta) {
      if (Object.keys(meta).length > 0) liftLine(file, node, 'lift-meta', meta);
      else removeLine(file, node, 'strip-chrome', 'page meta bar');
      continue;
    }
    if (hasChromePhrase(text) && [...text].length <= chromeLineMaxLength && !sentencePunct.test(withoutChrome(text))) {
      removeLine(file, node, 'strip-chrome', 'site navigation');
    }
  }
};

export type { LineNode };
