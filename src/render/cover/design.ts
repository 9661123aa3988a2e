/**
 * The cover's design as a scene of rectangles and centred text lines, in a
 * box of any proportions: the e-book draws it as SVG (1400 × 1980 px), the
 * print edition draws the same scene on its first page with its embedded faces.
 */
import type { Book } from '../../book/types.js';
import { prohibitedAtLineEnd, prohibitedAtLineStart } from '../../typeset/char-classes.js';
import { titlePage } from '../present/heads.js';

export const palette = { paper: '#f4efe4', ink: '#262422', accent: '#9e2a1f', quiet: '#5b554d' } as const;

export interface SceneRect {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string | null;
  stroke: { colour: string; width: number } | null;
  /** The tinted paper behind everything: left out in print, where the paper is the sheet itself. */
  paper?: boolean;
}

export interface SceneText {
  kind: 'text';
  text: string;
  /** Centre of the line, and its baseline. */
  x: number;
  y: number;
  size: number;
  face: 'heading' | 'body';
  bold: boolean;
  fill: string;
}

export type SceneShape = SceneRect | SceneText;

export interface CoverScene {
  width: number;
  height: number;
  shapes: SceneShape[];
}

/** Splits a text into at most `perLine` characters a line, lines as even as can be, no line opening with a closing mark. */
export function coverLines(text: string, perLine: number): string[] {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  const count = Math.max(1, Math.ceil(chars.length / perLine));
  const size = Math.ceil(chars.length / count);
  const lines: string[][] = [];
  for (let at = 0; at < chars.length; ) {
    let end = Math.min(chars.length, at + size);
    // Keep a closing mark with what it closes, an opening one with what it opens.
    while (end < chars.length && end - at > 1 && (prohibitedAtLineStart(chars[end]!) || prohibitedAtLineEnd(chars[end - 1]!))) end--;
    lines.push(chars.slice(at, end));
    at = end;
  }
  return lines.map((line) => line.join('').trim()).filter((line) => line.length > 0);
}

/** The frame: an accent border with a band across its top, inset from the edges (inside a home printer's reach). */
function frame(width: number, height: number): SceneRect[] {
  return [
    { kind: 'rect', x: 60, y: 60, width: width - 120, height: height - 120, fill: null, stroke: { colour: palette.accent, width: 6 } },
    { kind: 'rect', x: 60, y: 60, width: width - 120, height: 210, fill: palette.accent, stroke: null },
  ];
}

/** The front cover: title lines, a rule, subtitle, and the editor and publisher at the foot. Units: 1400 across. */
export function coverScene(book: Book, width: number, height: number): CoverScene {
  const page = titlePage(book);
  const margin = 130;
  const titleSize = 132;
  const titleLines = coverLines(page.title, Math.max(4, Math.floor((width - 2 * margin) / titleSize)));
  const subtitleSize = 54;
  const subtitleLines = page.subtitle ? coverLines(page.subtitle, Math.floor((width - 2 * margin) / subtitleSize)) : [];
  const centre = width / 2;
  const text = (content: string, y: number, size: number, face: SceneText['face'], fill: string, bold = false): SceneText => ({
    kind: 'text',
    text: content,
    x: centre,
    y,
    size,
    face,
    bold,
    fill,
  });
  const shapes: SceneShape[] = [{ kind: 'rect', x: 0, y: 0, width, height, fill: palette.paper, stroke: null, paper: true }, ...frame(width, height)];
  let y = 560;
  for (const line of titleLines) {
    shapes.push(text(line, y, titleSize, 'heading', palette.ink, true));
    y += titleSize * 1.3;
  }
  y += 10;
  shapes.push({ kind: 'rect', x: centre - 160, y, width: 320, height: 8, fill: palette.accent, stroke: null });
  y += 120;
  for (const line of subtitleLines) {
    shapes.push(text(line, y, subtitleSize, 'body', palette.quiet));
    y += subtitleSize * 1.5;
  }
  shapes.push(text(page.editorLine, height - 330, 60, 'body', palette.ink));
  if (page.publisher) shapes.push(text(page.publisher, height - 190, 46, 'body', palette.quiet));
  return { width, height, shapes };
}

/**
 * The back cover, in the front cover's frame: the notice (内部学习资料) in
 * the band, the book's description in the middle, the title and editor small
 * at the foot. Its description is set by the writer (it may run to several lines).
 */
export function backCoverScene(book: Book, width: number, height: number, notice: string | null): CoverScene {
  const page = titlePage(book);
  const centre = width / 2;
  const shapes: SceneShape[] = [{ kind: 'rect', x: 0, y: 0, width, height, fill: palette.paper, stroke: null, paper: true }, ...frame(width, height)];
  if (notice) shapes.push({ kind: 'text', text: notice, x: centre, y: 60 + 105 + 22, size: 60, face: 'heading', bold: true, fill: palette.paper });
  shapes.push({ kind: 'rect', x: centre - 160, y: height - 420, width: 320, height: 8, fill: palette.accent, stroke: null });
  shapes.push({ kind: 'text', text: page.title, x: centre, y: height - 300, size: 60, face: 'heading', bold: true, fill: palette.ink });
  shapes.push({ kind: 'text', text: page.editorLine, x: centre, y: height - 200, size: 46, face: 'body', bold: false, fill: palette.quiet });
  return { width, height, shapes };
}
