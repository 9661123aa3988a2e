/**
 * Glyph coverage: which characters a face can set. Shared by the PDF writer
 * (choose a fallback face or fail) and the EPUB writer (check embedded fonts).
 * Parsing a CJK face takes ~20 ms and tens of MB, so each file is parsed once.
 */

import type { Font } from 'fontkit';
import * as fontkit from 'fontkit';
import { ioError } from '../util/io-error.js';
import { UserError } from '../util/user-error.js';
import { fontBytes } from './font-files.js';
import { withQuickLayout } from './quick-layout.js';

const fonts = new Map<string, Font>();

/** The parsed face at `path` (the first face of a collection), cached. */
export function openFont(path: string): Font {
  let font = fonts.get(path);
  if (!font) {
    let bytes: Buffer;
    try {
      bytes = fontBytes(path);
    } catch (error) {
      throw ioError(error, 'cannot read the font file', path);
    }
    try {
      const opened = fontkit.create(bytes);
      font = 'fonts' in opened ? opened.fonts[0]! : opened;
      // Parsing is lazy: a damaged table shows when it is first read.
      font.hasGlyphForCodePoint(0x4e00);
    } catch (error) {
      throw new UserError(
        `Damaged font file: ${path}`,
        `the font cannot be read (${(error as Error).message}); replace the file or name another face in the font manifest`,
        2,
      );
    }
    fonts.set(path, font);
  }
  return font;
}

const layoutFonts = new Map<string, Font>();

/** The face at `path` for setting text: parsed once, CJK runs laid out without the shaper. */
export function layoutFont(path: string): Font {
  let font = layoutFonts.get(path);
  if (!font) {
    font = withQuickLayout(openFont(path), fontBytes(path));
    layoutFonts.set(path, font);
  }
  return font;
}

/** Characters with no glyph to see: controls, joiners, selectors, spaces are never "missing". */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: marks, joiners and variation selectors are tested one code point at a time on purpose
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zs}\p{M}\u200d\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/u;

export function hasChar(fontPath: string, char: string): boolean {
  if (INVISIBLE.test(char)) return true;
  return openFont(fontPath).hasGlyphForCodePoint(char.codePointAt(0)!);
}

/** Distinct characters of `text` that the face at `fontPath` lacks, in order of first use. */
export function missingChars(text: string, fontPath: string): string[] {
  const missing = new Set<string>();
  for (const char of new Set(text)) if (!hasChar(fontPath, char)) missing.add(char);
  return [...missing];
}

/** The first face in `fontPaths` that has `char`, or null. */
export function faceWithChar(char: string, fontPaths: readonly string[]): string | null {
  return fontPaths.find((path) => hasChar(path, char)) ?? null;
}
