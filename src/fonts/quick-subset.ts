/**
 * TrueType subsets for pdfkit without decoding outlines. fontkit's subsetter
 * decodes every glyph twice (once to see whether it is composite, once for its
 * bounding box, on the way to a left side bearing that `hmtx` already holds),
 * which was a fifth of typesetting a book cold. For a simple glyph of a static
 * face, copying its `glyf` bytes and its `hmtx` entry is all the subset needs;
 * composite glyphs (their components must be renumbered) and variable faces
 * keep fontkit's own path, and so do CFF faces (their subsets are fontkit's
 * throughout). The fast path fills in fontkit's private `_addGlyph`, so
 * `package.json` pins fontkit's exact version; `quick-subset.test.ts` checks
 * that pin and that the subset bytes are identical on every face.
 */
import type { Font } from 'fontkit';

/** The parts of fontkit's TrueType subset this file fills in (its fields, which the typings leave out). */
interface TrueTypeSubset {
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: Array<{ advance: number; bearing: number }> };
  offset: number;
  _addGlyph(gid: number): number;
}

/** The parsed tables the fast path reads. */
interface TrueTypeTables {
  loca: { offsets: number[] };
  hmtx: {
    metrics: { length: number; get(index: number): { advance: number; bearing: number } | undefined };
    bearings: { get(index: number): number | undefined };
  };
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
}

/** A glyph's `hmtx` entry; glyphs past the long metrics share the last advance and have a bearing of their own. */
function horizontalMetrics(tables: TrueTypeTables, gid: number): { advance: number; bearing: number } {
  const { metrics, bearings } = tables.hmtx;
  if (gid < metrics.length) {
    const { advance, bearing } = metrics.get(gid)!;
    return { advance, bearing };
  }
  return { advance: metrics.get(metrics.length - 1)?.advance ?? 0, bearing: bearings.get(gid - metrics.length) ?? 0 };
}

/** Whether `font` is a static TrueType face, the only kind the fast path takes. */
function isStaticTrueType(font: Font): boolean {
  const tables = (font as unknown as { directory: { tables: Record<string, unknown> } }).directory.tables;
  return tables['glyf'] !== undefined && tables['CFF '] === undefined && tables['CFF2'] === undefined && Object.keys(font.variationAxes).length === 0;
}

/** `font.createSubset()`, with simple glyphs copied without decoding them. */
export function quickSubset(font: Font): ReturnType<Font['createSubset']> {
  const subset = font.createSubset();
  if (!isStaticTrueType(font)) return subset;
  const tables = font as unknown as TrueTypeTables;
  const target = subset as unknown as TrueTypeSubset;
  const addGlyph = target._addGlyph.bind(target);
  target._addGlyph = (gid) => {
    const start = tables.loca.offsets[gid]!;
    const end = tables.loca.offsets[gid + 1]!;
    const stream = tables._getTableStream('glyf');
    stream.pos += start;
    const bytes = stream.readBuffer(end - start);
    // A negative contour count marks a composite glyph.
    if (bytes.length >= 2 && (bytes[0]! & 0x80) !== 0) return addGlyph(gid);
    target.glyf.push(bytes);
    target.loca.offsets.push(target.offset);
    target.hmtx.metrics.push(horizontalMetrics(tables, gid));
    target.offset += bytes.length;
    return target.glyf.length - 1;
  };
  return subset;
}
