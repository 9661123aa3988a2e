/**
 * Where a face puts its ideographic em box, from the face's own tables: the
 * `BASE` table's ideographic baselines when it has one (`ideo`, the box's
 * bottom, and `idtp`, its top), else the `OS/2` typographic ascender and
 * descender (which CJK faces set to the em box), else `hhea`. Lines are set
 * with the em box centred in the line, so the baseline follows from it.
 */
import type { Font } from 'fontkit';

/** The parts of fontkit's parsed `BASE`, `OS/2` and `hhea` tables read here (its typings leave them out). */
interface BaseScript {
  tag: string;
  script: { baseValues: { baseCoords: Array<{ coordinate: number }> } | null };
}
interface LayoutMetricTables {
  BASE?: { horizAxis: { baseTagList: string[]; baseScriptList: BaseScript[] } | null };
  'OS/2'?: { typoAscender: number; typoDescender: number };
  hhea: { ascent: number; descent: number };
}

/** The script whose baselines a CJK face gives for Han, in order of preference. */
const baseScripts = ['hani', 'DFLT', 'kana'];

/** The `BASE` coordinate of a baseline tag, in font units, or null. */
function baseline(tables: LayoutMetricTables, tag: string): number | null {
  const axis = tables.BASE?.horizAxis;
  if (!axis) return null;
  const index = axis.baseTagList.indexOf(tag);
  if (index < 0) return null;
  const script = baseScripts.map((wanted) => axis.baseScriptList.find((entry) => entry.tag === wanted)).find(Boolean) ?? axis.baseScriptList[0];
  return script?.script.baseValues?.baseCoords[index]?.coordinate ?? null;
}

/** How far the baseline lies below the top of the em box, in em (0.88 for Noto CJK). */
export function emBoxAscent(font: Font): number {
  const tables = font as unknown as LayoutMetricTables;
  const em = font.unitsPerEm;
  const top = baseline(tables, 'idtp');
  const bottom = baseline(tables, 'ideo');
  if (top !== null) return top / em;
  if (bottom !== null) return (em + bottom) / em;
  // Without BASE the ascender and descender span the design's em box: scaled to one em, the ascender is the baseline's place.
  const os2 = tables['OS/2'];
  if (os2 && os2.typoAscender - os2.typoDescender > 0) return os2.typoAscender / (os2.typoAscender - os2.typoDescender);
  const { ascent, descent } = tables.hhea;
  return ascent - descent > 0 ? ascent / (ascent - descent) : 0.88;
}

/** Where a face draws the full-width stops (，。、): in the corner of the em box (mainland, Japan) or centred in it (Taiwan, Hong Kong). */
export type StopPlacement = 'corner' | 'centre';

/** The placement of the face's full-width comma, from its ink; null when the face has none. */
export function stopPlacement(font: Font): StopPlacement | null {
  const comma = 0xff0c;
  if (!font.hasGlyphForCodePoint(comma)) return null;
  const glyph = font.glyphForCodePoint(comma);
  const { minX, maxX } = glyph.bbox;
  if (!(maxX > minX)) return null;
  // A corner comma keeps its ink in the first half of its em (its centre near a quarter em); a centred one around the middle.
  return (minX + maxX) / 2 / glyph.advanceWidth > 0.35 ? 'centre' : 'corner';
}
