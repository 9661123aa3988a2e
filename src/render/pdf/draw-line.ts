/**
 * Draws a set line with pdfkit. Glyphs go down in chunks: a run of CJK
 * characters in one face with equal spacing is one text operation with
 * character spacing (Tc). Anything else is its own chunk, because pdfkit
 * shapes a chunk as one string and the font's contextual forms would then
 * differ from what layout measured (Noto turns （1） into the narrow ⑴, and
 * —— into one ligature). Which characters a face may change comes from its own
 * `GSUB` and `GPOS` (`fonts/contextual-glyphs.ts`).
 * The line's last cluster is always alone, so no trailing Tc reaches past the measure.
 */
import { isCjk } from '../../typeset/char-classes.js';
import type { Faces } from './faces.js';
import { type DrawnCluster, type FlowLine, unpackClusters } from './flow.js';

export interface Chunk {
  clusters: DrawnCluster[];
  /** Extra space after each glyph, pt. */
  spacing: number;
}

/** Whether a character sets as its own glyph in a face whatever stands beside it. */
export type SetsAlone = (face: DrawnCluster['face'], char: string) => boolean;

/** One CJK character (possibly outside the BMP) that its face sets as its own glyph. */
const isPlainCjkChar = (c: DrawnCluster, setsAlone: SetsAlone) => Array.from(c.text).length === 1 && isCjk(c.text) && setsAlone(c.face, c.text);

export function chunkLine(clusters: readonly DrawnCluster[], setsAlone: SetsAlone): Chunk[] {
  const chunks: Chunk[] = [];
  clusters.forEach((c, i) => {
    const chunk = chunks[chunks.length - 1];
    const prev = chunk?.clusters[chunk.clusters.length - 1];
    if (chunk && prev && i < clusters.length - 1 && prev.face === c.face && isPlainCjkChar(prev, setsAlone) && isPlainCjkChar(c, setsAlone)) {
      const gap = c.drawX - (prev.drawX + prev.advance);
      if (chunk.clusters.length === 1) chunk.spacing = gap;
      if (Math.abs(gap - chunk.spacing) < 1e-6) {
        chunk.clusters.push(c);
        return;
      }
    }
    chunks.push({ clusters: [c], spacing: 0 });
  });
  return chunks;
}

/** The 2-em dash: a face may set —— as a ligature narrower than 2 em (Noto: 1.7 em); stretch it to fill its 2-em box unbroken. */
const dashScale = (c: DrawnCluster): number => (/^—+$/.test(c.text) && c.advance > 0 && c.width > c.advance ? c.width / c.advance : 1);

/** pdfkit options its typings lack: `textWidth`/`wordCount` spare it re-measuring a chunk we already placed. */
type TextOptions = PDFKit.Mixins.TextOptions & { horizontalScaling?: number; textWidth?: number; wordCount?: number };

/** Draws `line` with its box's top-left at (`x`, `y`) in page coordinates (pt, y down). */
export function drawLine(doc: PDFKit.PDFDocument, faces: Faces, line: FlowLine, x: number, y: number): void {
  for (const chunk of chunkLine(unpackClusters(line.clusters), faces.setsAlone)) {
    const first = chunk.clusters[0]!;
    const text = chunk.clusters.map((c) => c.text).join('');
    const scale = chunk.clusters.length === 1 ? dashScale(first) : 1;
    const textWidth = chunk.clusters.reduce((sum, c) => sum + c.advance, 0);
    const options: TextOptions = { lineBreak: false, baseline: 'alphabetic', characterSpacing: chunk.spacing, textWidth, wordCount: 1 };
    if (scale !== 1) options.horizontalScaling = scale * 100;
    doc
      .font(faces.pathOf(first.face))
      .fontSize(line.fontSize)
      .text(text, x + (scale !== 1 ? first.x : first.drawX), y + line.baseline, options);
  }
}
