/**
 * An article's head: title, subtitle (`——学习…心得体会`), byline (role and
 * author). What is left of the segment is the body.
 */
import type { LineNode } from '../clean/line-tree.js';
import { sentencePunct } from '../clean/patterns.js';
import { articleMarker, numberingOf } from './numbering.js';

export interface Head {
  title: string;
  subtitle: string | null;
  author: string | null;
  role: string | null;
  /** Lines the head used. */
  used: LineNode[];
}

const dashSubtitle = /^(——|—|--|－－)/;
const bylineMaxLength = 24;
/** `黨支部書記　楊潤智`: a role, a space, a name of two to four characters. */
const roleAndName = /^(.{2,16}?)[\s\u3000]+([\u3400-\u9fff·]{2,4})$/;
/** A name alone, or a name with an identifying number glued on. */
const nameOnly = /^(?:[\u3400-\u9fff·]{2,4}|[A-Za-z\u3400-\u9fff]{1,4}\d{5,})$/;
const authorLabel = /^(作者|文|撰稿)\s*[:：/／]\s*(.+)$/;

function isShortPlain(text: string, max: number): boolean {
  return [...text].length <= max && !sentencePunct.test(text) && !/[，,：:]$/.test(text) && !numberingOf(text);
}

function readByline(text: string): { author: string; role: string | null } | null {
  if (!isShortPlain(text, bylineMaxLength)) return null;
  const labeled = authorLabel.exec(text);
  if (labeled) return { author: labeled[2]!.trim(), role: null };
  const pair = roleAndName.exec(text);
  if (pair) return { author: pair[2]!, role: pair[1]!.trim() };
  if (nameOnly.test(text)) return { author: text, role: null };
  return null;
}

export function readHead(lines: readonly LineNode[]): Head {
  const used: LineNode[] = [];
  let index = 0;
  const first = lines[0]!;
  let title = first.value.trim();
  const marker = articleMarker.exec(title);
  used.push(first);
  index++;
  if (marker) {
    title = title.slice(marker[0].length).trim();
    if (!title && lines[index]) title = lines[index++]!.value.trim();
  }
  let subtitle: string | null = null;
  const next = lines[index]?.value.trim();
  if (next && (dashSubtitle.test(next) || (marker && isShortPlain(next, 40) && !readByline(next)))) {
    subtitle = next;
    used.push(lines[index++]!);
  }
  let author: string | null = null;
  let role: string | null = null;
  const bylineText = lines[index]?.value.trim();
  const byline = bylineText ? readByline(bylineText) : null;
  if (byline) {
    ({ author, role } = byline);
    used.push(lines[index++]!);
  }
  return { title, subtitle, author, role, used };
}
