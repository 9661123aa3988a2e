/**
 * An article's head: title, subtitle (`——学习…心得体会`), byline (role and
 * author). What is left of the segment is the body.
 */

import { isParagraph, lineFeatures } from '../clean/line-features.js';
import type { LineNode } from '../clean/line-tree.js';
import { articleMarker, sentencePunct } from '../clean/patterns.js';
import { bylineLabel, isName, isPartHeading, ornament, titleOfPartHeading } from '../clean/title-shape.js';
import { numberingOf } from './numbering.js';

export interface Head {
  title: string;
  subtitle: string | null;
  author: string | null;
  role: string | null;
  /** Lines the head used. */
  used: LineNode[];
  /** A compilation's marker taken off the title (`第一篇：`), to be reported. */
  marker?: { text: string; line: number };
}

const dashSubtitle = /^(——|—|--|－－)/;
const bylineMaxLength = 24;
const lateBylineWindow = 4;
/** `黨支部書記　楊潤智`: a role, a space, a name of two to four characters. */
const roleAndName = /^(.{2,16}?)[\s\u3000]+([\u3400-\u9fff·]{2,4})$/;
/** A name alone, or a name with an identifying number glued on. */
const nameOnly = /^(?:[\u3400-\u9fff·]{2,4}|[A-Za-z\u3400-\u9fff]{1,4}\d{5,})$/;
/** `☉張國財`, `□章丽鋆（光明网网评中心主任）`: a name with an ornament or a role in brackets. */
const ornamentedByline = new RegExp(`^[${ornament}]?\\s*([\\u3400-\\u9fff·]{2,4})\\s*(?:[（(][^）)]{1,30}[）)])?$`);
const ornamentFirst = new RegExp(`^[${ornament}]`);
/** `作者：某某`, `文｜某某`, `文/某某`: a labelled byline and what follows the label. */
const authorLabel = new RegExp(`^${bylineLabel}\\s*(.+)$`);
/** A title, a dash, then a unit and a name (`我们为什么要读书-2017级41班　肖玉`), or a space, a class and a name (`考卷請聽我說 612 謝子星`). */
const signedTitle = /^(.{4,40}?)(?:\s*[-－–—]\s*(\S{2,16})|[\s\u3000]+(\S{0,8}\d\S{0,8}|\S{1,8}[班級级]))[\s\u3000]+([\u3400-\u9fff·]{2,4})$/u;
/** What follows a byline's label: a name and then an affiliation (`吳穎和　中華民國四健會協會`), or an affiliation and then a name. */
const nameThenAffiliation = /^([\u3400-\u9fff·]{2,4})[\s\u3000]+(\S.{1,30})$/;

function isShortPlain(text: string, max: number): boolean {
  return [...text].length <= max && !sentencePunct.test(text) && !/[，,：:]$/.test(text) && !numberingOf(text);
}

function readByline(text: string): { author: string; role: string | null } | null {
  if (!isShortPlain(text, bylineMaxLength)) return null;
  const labeled = authorLabel.exec(text);
  if (labeled) {
    const rest = labeled[1]!.trim();
    const first = nameThenAffiliation.exec(rest);
    if (first && isName(first[1]!)) return { author: first[1]!, role: first[2]!.trim() };
    const last = roleAndName.exec(rest);
    if (last && isName(last[2]!)) return { author: last[2]!, role: last[1]!.trim() };
    return { author: rest, role: null };
  }
  const ornamented = ornamentedByline.exec(text);
  if (ornamented && (isName(ornamented[1]!) || ornamentFirst.test(text))) return { author: ornamented[1]!, role: null };
  const pair = roleAndName.exec(text);
  // `放牛班的春天影評 篇一` is a part heading, not a role and a name.
  if (pair && isName(pair[2]!) && !isPartHeading(text)) return { author: pair[2]!, role: pair[1]!.trim() };
  if (nameOnly.test(text) && (isName(text) || /\d/.test(text))) return { author: text, role: null };
  return null;
}

export function readHead(lines: readonly LineNode[]): Head {
  const used: LineNode[] = [];
  let index = 0;
  const first = lines[0]!;
  // A page that opens with a paragraph has no title of its own: the paragraph stays in the text.
  const opening = first.value.trim();
  if (!articleMarker.test(opening) && isParagraph(lineFeatures(opening), opening)) return { title: '', subtitle: null, author: null, role: null, used };
  // A page that opens with a labelled byline (`文｜某某`) has no title of its own either: the byline is its author.
  const openingByline = authorLabel.test(opening) ? readByline(opening) : null;
  if (openingByline) return { title: '', subtitle: null, ...openingByline, used: [first] };
  let title = first.value.trim();
  const marker = articleMarker.exec(title);
  let markerTaken: Head['marker'];
  used.push(first);
  index++;
  if (marker) {
    title = title.slice(marker[0].length).trim();
    markerTaken = { text: marker[0].trim(), line: first.line };
    const next = lines[index]?.value.trim();
    // `第三篇` alone: the next line is its title if it reads as one, else the marker is the title.
    if (!title && next && isShortPlain(next, 40)) {
      title = next;
      used.push(lines[index++]!);
    } else if (!title) {
      title = first.value.trim();
    }
  }
  // A compilation headed by its first part (`植树节心得体会 篇一`) is titled without the part marker.
  if (isPartHeading(title)) title = titleOfPartHeading(title) || title;
  title = title.replace(/(?<=[^。])。$/, '');
  // A title printed twice in a row (`《海棠依旧》观后感《海棠依旧》观后感`) is printed once.
  title = /^(.{4,40}?)\1$/.exec(title)?.[1] ?? title;
  // `我们为什么要读书-2017级41班　肖玉`: the writer's class or unit and name glued to the title after a dash.
  const signed = signedTitle.exec(title);
  const signer = signed && isName(signed[4]!) ? { author: signed[4]!, role: (signed[2] ?? signed[3])! } : null;
  if (signer) title = signed![1]!.trim();
  let subtitle: string | null = null;
  const next = lines[index]?.value.trim();
  if (next && (dashSubtitle.test(next) || (marker && isShortPlain(next, 40) && !readByline(next)))) {
    subtitle = next;
    used.push(lines[index++]!);
  }
  let author: string | null = signer?.author ?? null;
  let role: string | null = signer?.role ?? null;
  const bylineText = lines[index]?.value.trim();
  const byline = bylineText && !signer ? readByline(bylineText) : null;
  if (byline) {
    ({ author, role } = byline);
    used.push(lines[index++]!);
  }
  if (!author) {
    // A byline set apart by an ornament or a label may follow an editor's note.
    const late = lines.slice(index, index + lateBylineWindow).find((line) => ornamentFirst.test(line.value.trim()) || authorLabel.test(line.value.trim()));
    const byline = late ? readByline(late.value.trim()) : null;
    if (byline) ({ author, role } = byline);
  }
  return { title, subtitle, author, role, used, ...(markerTaken && title !== first.value.trim() ? { marker: markerTaken } : {}) };
}
