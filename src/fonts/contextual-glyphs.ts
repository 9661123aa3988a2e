/**
 * The glyphs a face's default OpenType features may change: every glyph at
 * which a lookup of those features can start (its coverage), in `GSUB`
 * (ligatures such as Noto's —— and ……, contextual forms such as （1）) and
 * `GPOS` (kerning, marks). A character whose glyph is not among them sets as
 * its own glyph at its own advance wherever it stands, so the quick layout and
 * the drawing may take it glyph by glyph; any other goes through the shaper.
 */
import type { Font } from 'fontkit';

/** The features fontkit's shaper applies to horizontal text by default. */
const defaultFeatures = new Set(['rvrn', 'ccmp', 'locl', 'rlig', 'mark', 'mkmk', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern', 'ltra', 'ltrm']);

/** A coverage table as fontkit parses it. */
type Coverage = { glyphs?: number[]; rangeRecords?: Array<{ start: number; end: number }> };
/** The fields of a lookup subtable that name where it starts (extension subtables wrap the real one). */
interface Subtable {
  coverage?: Coverage;
  markCoverage?: Coverage;
  mark1Coverage?: Coverage;
  inputCoverage?: Coverage[];
  coverages?: Coverage[];
  extension?: Subtable;
}
type List<T> = { length: number; get?(index: number): T } & ArrayLike<T>;
interface LayoutTable {
  scriptList: Array<{ script: { defaultLangSys: { featureIndexes: number[] } | null } }>;
  featureList: Array<{ tag: string; feature: { lookupListIndexes: number[] } }>;
  lookupList: List<{ subTables: List<Subtable> }>;
}

const at = <T>(list: List<T>, index: number): T | undefined => (list.get ? list.get(index) : list[index]);

function addCoverage(glyphs: Set<number>, coverage: Coverage | undefined): void {
  for (const glyph of coverage?.glyphs ?? []) glyphs.add(glyph);
  for (const range of coverage?.rangeRecords ?? []) for (let glyph = range.start; glyph <= range.end; glyph++) glyphs.add(glyph);
}

function addSubtable(glyphs: Set<number>, subtable: Subtable): void {
  if (subtable.extension) {
    addSubtable(glyphs, subtable.extension);
    return;
  }
  addCoverage(glyphs, subtable.coverage);
  addCoverage(glyphs, subtable.markCoverage);
  addCoverage(glyphs, subtable.mark1Coverage);
  addCoverage(glyphs, subtable.inputCoverage?.[0]);
  addCoverage(glyphs, subtable.coverages?.[0]);
}

/** The lookups of the default features, in any script's default language system (fontkit asks for no language). */
function defaultLookups(table: LayoutTable): Set<number> {
  const lookups = new Set<number>();
  for (const { script } of table.scriptList) {
    for (const index of script.defaultLangSys?.featureIndexes ?? []) {
      const record = table.featureList[index];
      if (record && defaultFeatures.has(record.tag)) for (const lookup of record.feature.lookupListIndexes) lookups.add(lookup);
    }
  }
  return lookups;
}

const found = new WeakMap<Font, ReadonlySet<number>>();

/** Glyph ids of `font` that its default features may substitute or move. */
export function contextualGlyphs(font: Font): ReadonlySet<number> {
  let glyphs = found.get(font);
  if (glyphs) return glyphs;
  const set = new Set<number>();
  for (const tag of ['GSUB', 'GPOS'] as const) {
    const table = (font as unknown as Partial<Record<typeof tag, LayoutTable>>)[tag];
    if (!table) continue;
    for (const index of defaultLookups(table)) {
      const lookup = at(table.lookupList, index);
      if (!lookup) continue;
      for (let i = 0; i < lookup.subTables.length; i++) {
        const subtable = at(lookup.subTables, i);
        if (subtable) addSubtable(set, subtable);
      }
    }
  }
  // A legacy `kern` table, which fontkit applies when GPOS has no kerning, is treated as touching every pair it lists.
  const kern = (font as unknown as { kern?: { tables: Array<{ subtable?: { pairs?: Array<{ left: number; right: number }> } }> } }).kern;
  for (const table of kern?.tables ?? []) for (const pair of table.subtable?.pairs ?? []) set.add(pair.left).add(pair.right);
  glyphs = set;
  found.set(font, glyphs);
  return glyphs;
}
