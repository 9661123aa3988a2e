/**
 * Body lines → blocks: headings by their numbering (levels assigned by the
 * order in which numbering styles first appear in the article), run-in leads
 * in bold, numbered items, a salutation, and the closing signature block.
 */
import type { Block, HeadingLevel } from '../book/types.js';
import type { LineNode } from '../clean/line-tree.js';
import { sentencePunct } from '../clean/patterns.js';
import { isPartHeading } from '../clean/title-shape.js';
import { itemStyles, type NumberingStyle, numberingOf, ordinalPoint, sequenceWord } from './numbering.js';

const headingMaxLength = 40;
/** A lead sentence is short; a longer first sentence falls back to its first clause. */
const leadSentenceMax = 50;
const leadClauseMax = 30;
const salutation = /^[^，。！？；,.!?;:：]{1,16}[：:]$/;
const signatureLabel = /^[^，。！？；]{1,8}[：:]\s*\S[^。！？；]{0,28}$/;
export const bareDate =
  /^(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|[〇一二三四五六七八九十○]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$/;
const signatureMaxLines = 4;
const signatureMaxLength = 30;

function position(node: LineNode): Block['position'] {
  return { start: { line: node.line, column: 1 }, end: { line: node.line, column: [...node.raw].length + 1 } };
}

/** The run-in lead of a paragraph starting with `marker`: its first sentence, or first clause. */
function leadAfter(text: string, markerLength: number): string {
  const body = text.slice(markerLength);
  const sentence = /[。！？；：]/.exec(body);
  if (sentence && sentence.index + 1 <= leadSentenceMax) return text.slice(0, markerLength + sentence.index + 1);
  const clause = /[，]/.exec(body);
  if (clause && clause.index + 1 <= leadClauseMax) return text.slice(0, markerLength + clause.index + 1);
  return text.slice(0, markerLength);
}

function isStandalone(text: string): boolean {
  return [...text].length <= headingMaxLength && !sentencePunct.test(text.replace(/[。！？；]$/, ''));
}

/** Closing lines: `总结人：…`, `日期：…`, a bare date, and a short name line above them. */
export function signatureStart(lines: readonly LineNode[]): number {
  let start = lines.length;
  for (let i = lines.length - 1; i >= 0 && lines.length - i <= signatureMaxLines; i--) {
    const text = lines[i]!.value.trim();
    if ([...text].length > signatureMaxLength || /[。！？]/.test(text)) break;
    const anchored = signatureLabel.test(text) || bareDate.test(text);
    // A plain short line (a name, an organisation) belongs to the block only above an anchored line.
    const plain = start < lines.length && !sentencePunct.test(text) && !numberingOf(text) && !salutation.test(text);
    if (!anchored && !plain) break;
    start = i;
  }
  return start;
}

export function classifyBlocks(lines: readonly LineNode[]): Block[] {
  const levels = new Map<NumberingStyle | 'part', HeadingLevel>();
  const levelOf = (style: NumberingStyle | 'part'): HeadingLevel => {
    const known = levels.get(style);
    if (known) return known;
    // Styles in order of first use: 2, 3, then 4 for every further one.
    const level = levels.size === 0 ? 2 : levels.size === 1 ? 3 : 4;
    levels.set(style, level);
    return level;
  };
  const closing = signatureStart(lines);
  return lines.map((node, index): Block => {
    const text = node.value.trim();
    const base = { type: 'block' as const, position: position(node) };
    if (index >= closing) return { ...base, kind: 'signature', text };
    if (index === 0 && salutation.test(text)) return { ...base, kind: 'salutation', text };
    // A compilation's part (`…观后感1`, `篇一`) heads the essay that follows it.
    if (isPartHeading(text)) return { ...base, kind: 'heading', level: levelOf('part'), text };
    const numbering = numberingOf(text);
    if (numbering && itemStyles.has(numbering.style)) {
      return { ...base, kind: 'item', lead: numbering.marker, text: text.slice(numbering.marker.length) };
    }
    if (numbering && isStandalone(text)) return { ...base, kind: 'heading', level: levelOf(numbering.style), text };
    const markerLength = numbering?.marker.length ?? ordinalPoint.exec(text)?.[0].length ?? 0;
    const sequence = sequenceWord.exec(text);
    if (sequence) return { ...base, kind: 'paragraph', lead: sequence[0], text: text.slice(sequence[0].length) };
    if (markerLength > 0) {
      const lead = leadAfter(text, markerLength);
      return { ...base, kind: 'paragraph', lead, text: text.slice(lead.length) };
    }
    if (salutation.test(text) && index < 3) return { ...base, kind: 'salutation', text };
    return { ...base, kind: 'paragraph', text };
  });
}
