/**
 * The faces a book is set in: role faces from the font manifest plus fallback
 * faces for characters the role face lacks. Layout sees opaque face keys;
 * drawing maps them back to font files.
 */
import { contextualGlyphs } from '../../fonts/contextual-glyphs.js';
import { hasChar, layoutFont, openFont } from '../../fonts/coverage.js';
import { emBoxAscent, type StopPlacement, stopPlacement } from '../../fonts/face-metrics.js';
import type { FontRole, FontSet } from '../../fonts/fonts.js';
import { cachedMeasure } from '../../typeset/measure-cache.js';
import type { FaceKey, MeasureText, Run } from '../../typeset/types.js';

export interface FaceRuns {
  runs: Run[];
  /** Characters no face has. */
  missing: string[];
}

export interface Faces {
  pathOf(face: FaceKey): string;
  /** Every face file, for registering with pdfkit. */
  paths(): string[];
  /** Advance widths in em, cached per (face, text). */
  measure: MeasureText;
  /** Splits text meant for `role` into runs, sending characters the role face lacks to a fallback face. */
  runs(text: string, role: FontRole): FaceRuns;
  /** How far below the top of its ideographic em box the face at `face` puts the baseline, in em. */
  emBoxAscent(face: FaceKey): number;
  /** Where the face at `face` draws its full-width stops (corner or centre), or null when it has none. */
  stopPlacement(face: FaceKey): StopPlacement | null;
  /** Whether `face` sets `char` as its own glyph wherever it stands (no default feature of the face touches it). */
  setsAlone(face: FaceKey, char: string): boolean;
  /** Face keys used so far (for reporting). */
  used(): FaceKey[];
}

/** Characters that take the face of the character before them. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: marks and variation selectors are tested one code point at a time on purpose
const FOLLOWS_PREVIOUS = /[\p{M}\p{Cf}\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/u;

export function createFaces(fonts: FontSet): Faces {
  const paths = new Map<FaceKey, string>(Object.entries(fonts.faces));
  for (const [i, path] of fonts.fallback.entries()) paths.set(`fallback${i}`, path);
  // The fallback faces each role may take, in order (a fallback may serve some roles only).
  const fallbackKeys = (role: FontRole) => fonts.fallback.flatMap((_, i) => ((fonts.fallbackRoles?.[i]?.includes(role) ?? true) ? [`fallback${i}`] : []));
  const used = new Set<FaceKey>();
  const pathOf = (face: FaceKey): string => {
    const path = paths.get(face);
    if (!path) throw new Error(`Unknown face ${face}`);
    return path;
  };
  const choice = new Map<FontRole, Map<string, FaceKey | null>>();
  const faceFor = (char: string, role: FontRole): FaceKey | null => {
    let chosen = choice.get(role);
    if (!chosen) {
      chosen = new Map();
      choice.set(role, chosen);
    }
    let face = chosen.get(char);
    if (face === undefined) {
      face = hasChar(pathOf(role), char) ? role : (fallbackKeys(role).find((k) => hasChar(pathOf(k), char)) ?? null);
      chosen.set(char, face);
    }
    return face;
  };
  const measure = cachedMeasure((text, face) => {
    const font = layoutFont(pathOf(face));
    return font.layout(text).advanceWidth / font.unitsPerEm;
  });
  const ascents = new Map<FaceKey, number>();
  const alone = new Map<FaceKey, Map<string, boolean>>();
  const setsAlone = (face: FaceKey, char: string): boolean => {
    let known = alone.get(face);
    if (!known) {
      known = new Map();
      alone.set(face, known);
    }
    let result = known.get(char);
    if (result === undefined) {
      const font = openFont(pathOf(face));
      result = !contextualGlyphs(font).has(font.glyphForCodePoint(char.codePointAt(0)!).id);
      known.set(char, result);
    }
    return result;
  };
  return {
    pathOf,
    setsAlone,
    stopPlacement: (face) => stopPlacement(openFont(pathOf(face))),
    emBoxAscent(face) {
      let ascent = ascents.get(face);
      if (ascent === undefined) {
        ascent = emBoxAscent(openFont(pathOf(face)));
        ascents.set(face, ascent);
      }
      return ascent;
    },
    paths: () => [...new Set(paths.values())],
    measure,
    runs(text, role) {
      const runs: Run[] = [];
      const missing: string[] = [];
      for (const char of text) {
        const prev = runs[runs.length - 1];
        let face: FaceKey;
        if (prev && FOLLOWS_PREVIOUS.test(char)) face = prev.face;
        else {
          const found = faceFor(char, role);
          if (found === null && !missing.includes(char)) missing.push(char);
          face = found ?? role;
        }
        used.add(face);
        if (prev && prev.face === face) prev.text += char;
        else runs.push({ text: char, face });
      }
      return { runs, missing };
    },
    used: () => [...used],
  };
}
