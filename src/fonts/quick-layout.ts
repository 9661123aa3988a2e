/**
 * Glyph runs for CJK text without running the shaper. fontkit shapes every
 * string through its OpenType engine (~0.3 s per 10k characters, cold), yet a
 * run of ideographs and full-width marks maps character by character to glyphs
 * at their advance widths: no default feature of a CJK face touches them. Such
 * runs are laid out from a per-character cache, unless one of their glyphs is
 * one the face's default features may change (`contextual-glyphs.ts`: Noto's
 * —— and …… ligatures, its kana); anything else (Latin, digits, combining
 * marks) goes to fontkit.
 * The glyphs and advances are the same either way (`quick-layout.test.ts`
 * compares them over the seeds book on every face), so the output does not change.
 */
import type { Font, Glyph, GlyphRun } from 'fontkit';
import { contextualGlyphs } from './contextual-glyphs.js';
import { faceTables, isStaticTrueType, TrueTypeSubset } from './truetype-subset.js';

/**
 * Characters that may be set glyph by glyph: Han (with extensions and
 * compatibility forms), kana, and the marks of Chinese text, dashes and the
 * ellipsis included (whether a face joins them is the face's to say). Digits
 * and letters are outside the class, so （1） always shapes.
 */
const SIMPLE =
  /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u3003\u3008-\u3011\u3014-\u301b\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f\u201c\u201d\u2018\u2019\u00b7\u30fb\u2014\u2026]+$/u;

export function isSimpleRun(text: string): boolean {
  return SIMPLE.test(text);
}

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** What pdfkit and the measurer read of a glyph: its id, the characters it sets, its advance in font units. */
interface QuickGlyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
}

/** fontkit's parsed `hmtx` table, which its typings leave out. */
interface WithHorizontalMetrics {
  hmtx: { metrics: { length: number; get(index: number): { advance: number } | undefined } };
}

/**
 * Advance widths read from `hmtx` alone. fontkit's `glyph.advanceWidth` decodes
 * the glyph's outline first (for vertical metrics nobody here uses), which was
 * the larger part of laying out a book cold. A variable face keeps fontkit's
 * path, since its advances may vary.
 */
function advanceReader(font: Font): (glyph: Glyph) => number {
  if (Object.keys(font.variationAxes).length > 0) return (glyph) => glyph.advanceWidth;
  const metrics = (font as unknown as WithHorizontalMetrics).hmtx.metrics;
  // Glyphs past the table's end share its last advance (OpenType hmtx).
  return (glyph) => metrics.get(Math.min(glyph.id, metrics.length - 1))?.advance ?? 0;
}

/**
 * The glyph run of `text` as fontkit's `layout` returns it. Callers may scale
 * the positions in place (pdfkit does), so every call returns fresh positions.
 */
function simpleRun(glyphFor: (code: number) => QuickGlyph, contextual: ReadonlySet<number>, text: string): GlyphRun | null {
  const run: QuickGlyph[] = [];
  const positions: Position[] = [];
  let advanceWidth = 0;
  for (const char of text) {
    const glyph = glyphFor(char.codePointAt(0)!);
    if (contextual.has(glyph.id)) return null;
    run.push(glyph);
    positions.push({ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 });
    advanceWidth += glyph.advanceWidth;
  }
  // Only the fields pdfkit and the measurer read; the cast names the fontkit type they come from.
  return { glyphs: run, positions, advanceWidth } as unknown as GlyphRun;
}

/**
 * `font` with a `layout` that takes the glyph-by-glyph path for simple runs,
 * and, for a static TrueType face whose file is `bytes`, a `createSubset`
 * that copies glyphs without decoding them (`truetype-subset.ts`).
 * Everything else is the font itself, so pdfkit can embed it.
 */
export function withQuickLayout(font: Font, bytes?: Uint8Array): Font {
  const tables = bytes ? faceTables(bytes) : null;
  const subset = tables && isStaticTrueType(tables) ? () => new TrueTypeSubset(tables) : () => font.createSubset();
  const glyphs = new Map<number, QuickGlyph>();
  const advanceOf = advanceReader(font);
  const glyphFor = (code: number): QuickGlyph => {
    let glyph = glyphs.get(code);
    if (!glyph) {
      const found = font.glyphForCodePoint(code);
      glyph = { id: found.id, codePoints: [code], advanceWidth: advanceOf(found) };
      glyphs.set(code, glyph);
    }
    return glyph;
  };
  const contextual = contextualGlyphs(font);
  const layout = (text: string, ...rest: unknown[]): GlyphRun =>
    rest.length === 0 || rest[0] === undefined
      ? ((isSimpleRun(text) ? simpleRun(glyphFor, contextual, text) : null) ?? font.layout(text))
      : (font.layout as (...args: unknown[]) => GlyphRun)(text, ...rest);
  return new Proxy(font, {
    get(target, key) {
      if (key === 'layout') return layout;
      if (key === 'createSubset') return subset;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
