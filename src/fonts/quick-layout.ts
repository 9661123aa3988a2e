/**
 * Glyph runs for CJK text without running the shaper. fontkit shapes every
 * string through its OpenType engine (~0.3 s per 10k characters, cold), yet a
 * run of ideographs and full-width marks maps character by character to glyphs
 * at their advance widths: no default feature of a CJK face touches them. Such
 * runs are laid out from a per-character cache; anything else (Latin, digits,
 * dashes and ellipses that form ligatures, combining marks) goes to fontkit.
 * The glyphs and advances are the same either way (`quick-layout.test.ts`
 * compares them over the seeds book on every face), so the output does not change.
 */
import type { Font, Glyph, GlyphRun } from 'fontkit';

/**
 * Characters set glyph by glyph: Han (with extensions and compatibility forms),
 * kana, and the full-width marks of Chinese text. Not dashes or the ellipsis
 * (Noto joins —— and …… into one glyph), nor anything next to which a face has
 * contextual forms: digits and letters are outside the class, so （1） shapes.
 */
const SIMPLE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u3003\u3008-\u3011\u3014-\u301b\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f\u201c\u201d\u2018\u2019\u00b7\u30fb]+$/u;

export function isSimpleRun(text: string): boolean {
  return SIMPLE.test(text);
}

interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

/**
 * The glyph run of `text` as fontkit's `layout` returns it. Callers may scale
 * the positions in place (pdfkit does), so every call returns fresh positions.
 */
function simpleRun(font: Font, glyphs: Map<number, Glyph>, text: string): GlyphRun {
  const run: Glyph[] = [];
  const positions: Position[] = [];
  let advanceWidth = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    let glyph = glyphs.get(code);
    if (!glyph) glyphs.set(code, (glyph = font.glyphForCodePoint(code)));
    run.push(glyph);
    positions.push({ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 });
    advanceWidth += glyph.advanceWidth;
  }
  // Only the fields pdfkit and the measurer read; the cast names the fontkit type they come from.
  return { glyphs: run, positions, advanceWidth } as unknown as GlyphRun;
}

/**
 * `font` with a `layout` that takes the glyph-by-glyph path for simple runs.
 * Everything else is the font itself, so pdfkit can embed and subset it.
 */
export function withQuickLayout(font: Font): Font {
  const glyphs = new Map<number, Glyph>();
  const layout = (text: string, ...rest: unknown[]): GlyphRun =>
    rest.length === 0 || rest[0] === undefined ? (isSimpleRun(text) ? simpleRun(font, glyphs, text) : font.layout(text)) : (font.layout as (...args: unknown[]) => GlyphRun)(text, ...rest);
  return new Proxy(font, {
    get(target, key) {
      if (key === 'layout') return layout;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
