/**
 * TrueType subsets for pdfkit, built from the face file's own tables through
 * fontkit's public subset interface (`includeGlyph`, `encode`) and no private
 * method. fontkit's subsetter decodes every glyph twice (once to see whether
 * it is composite, once for its bounding box, on the way to a left side
 * bearing that `hmtx` already holds), which was a fifth of typesetting a book
 * cold. Here a glyph's `glyf` bytes and `hmtx` entry are copied as they are,
 * a composite glyph's components renumbered in place; the tables are written
 * the way fontkit writes them, so the bytes are fontkit's
 * (`truetype-subset.test.ts` compares them on every face).
 */

/** The tables of one face in a font file, by tag. */
export type FaceTables = ReadonlyMap<string, Uint8Array>;

/** The tables of the first face of a TrueType file or collection. */
export function faceTables(file: Uint8Array): FaceTables {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  // A collection lists its faces' offsets after its header; fontkit takes the first face, so does this.
  const start = view.getUint32(0) === 0x74746366 ? view.getUint32(12) : 0;
  const count = view.getUint16(start + 4);
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const entry = start + 12 + i * 16;
    const tag = String.fromCharCode(file[entry]!, file[entry + 1]!, file[entry + 2]!, file[entry + 3]!);
    tables.set(tag, file.subarray(view.getUint32(entry + 8), view.getUint32(entry + 8) + view.getUint32(entry + 12)));
  }
  return tables;
}

/** Whether the fast subset can take the face: static TrueType outlines (no CFF, no variations). */
export function isStaticTrueType(tables: FaceTables): boolean {
  return tables.has('glyf') && tables.has('loca') && tables.has('hmtx') && !tables.has('fvar') && !tables.has('CFF ') && !tables.has('CFF2');
}

const dataView = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Composite glyph flags (OpenType `glyf`). */
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** The order and presence fontkit's subset writes its tables in. */
const tableOrder = ['head', 'hhea', 'loca', 'maxp', 'cvt ', 'prep', 'glyf', 'hmtx', 'fpgm'] as const;

export class TrueTypeSubset {
  private readonly glyphs: number[] = [];
  private readonly mapping = new Map<number, number>();
  private readonly head: Uint8Array;
  private readonly hhea: Uint8Array;
  private readonly locaVersion: number;
  private readonly offsets: (gid: number) => number;

  constructor(private readonly tables: FaceTables) {
    this.head = tables.get('head')!;
    this.hhea = tables.get('hhea')!;
    this.locaVersion = dataView(this.head).getInt16(50);
    const loca = dataView(tables.get('loca')!);
    this.offsets = this.locaVersion === 0 ? (gid) => loca.getUint16(gid * 2) * 2 : (gid) => loca.getUint32(gid * 4);
    this.includeGlyph(0);
  }

  /** The glyph's id in the subset (pdfkit writes these into the content stream). */
  includeGlyph(glyph: number | { id: number }): number {
    const gid = typeof glyph === 'number' ? glyph : glyph.id;
    let id = this.mapping.get(gid);
    if (id === undefined) {
      this.glyphs.push(gid);
      id = this.glyphs.length - 1;
      this.mapping.set(gid, id);
    }
    return id;
  }

  /** A glyph's `glyf` bytes, a composite's components renumbered (and included). */
  private glyphBytes(gid: number): Uint8Array {
    const glyf = this.tables.get('glyf')!;
    const bytes = glyf.subarray(this.offsets(gid), this.offsets(gid + 1));
    if (bytes.length < 10 || dataView(bytes).getInt16(0) >= 0) return bytes;
    const copy = new Uint8Array(bytes);
    const view = dataView(copy);
    let pos = 10;
    let flags: number;
    do {
      flags = view.getUint16(pos);
      view.setUint16(pos + 2, this.includeGlyph(view.getUint16(pos + 2)));
      pos += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
      if (flags & WE_HAVE_A_SCALE) pos += 2;
      else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) pos += 4;
      else if (flags & WE_HAVE_A_TWO_BY_TWO) pos += 8;
    } while (flags & MORE_COMPONENTS);
    return copy;
  }

  /** A glyph's `hmtx` entry; glyphs past the long metrics share the last advance and have a bearing of their own. */
  private metrics(gid: number): [advance: number, bearing: number] {
    const hmtx = dataView(this.tables.get('hmtx')!);
    const long = dataView(this.hhea).getUint16(34);
    if (gid < long) return [hmtx.getUint16(gid * 4), hmtx.getInt16(gid * 4 + 2)];
    return [hmtx.getUint16((long - 1) * 4), hmtx.getInt16(long * 4 + (gid - long) * 2)];
  }

  encode(): Uint8Array {
    const glyphs: Uint8Array[] = [];
    const offsets: number[] = [];
    const metrics: Array<[number, number]> = [];
    let offset = 0;
    // Components found on the way are appended to the list and taken in turn, as fontkit does.
    for (let i = 0; i < this.glyphs.length; i++) {
      const gid = this.glyphs[i]!;
      const bytes = this.glyphBytes(gid);
      glyphs.push(bytes);
      offsets.push(offset);
      metrics.push(this.metrics(gid));
      offset += bytes.length;
    }
    offsets.push(offset);

    const head = new Uint8Array(this.head);
    dataView(head).setInt16(50, this.locaVersion);
    const hhea = new Uint8Array(this.hhea);
    dataView(hhea).setUint16(34, metrics.length);
    const maxp = new Uint8Array(this.tables.get('maxp')!);
    dataView(maxp).setUint16(4, glyphs.length);
    const loca = new Uint8Array(offsets.length * (this.locaVersion === 0 ? 2 : 4));
    for (const [i, value] of offsets.entries()) {
      if (this.locaVersion === 0) dataView(loca).setUint16(i * 2, value >>> 1);
      else dataView(loca).setUint32(i * 4, value);
    }
    const hmtx = new Uint8Array(metrics.length * 4);
    metrics.forEach(([advance, bearing], i) => {
      dataView(hmtx).setUint16(i * 4, advance);
      dataView(hmtx).setInt16(i * 4 + 2, bearing);
    });
    const glyf = new Uint8Array(offset);
    let at = 0;
    for (const bytes of glyphs) {
      glyf.set(bytes, at);
      at += bytes.length;
    }

    const written: Record<(typeof tableOrder)[number], Uint8Array | undefined> = {
      head,
      hhea,
      loca,
      maxp,
      'cvt ': this.tables.get('cvt '),
      prep: this.tables.get('prep'),
      glyf,
      hmtx,
      fpgm: this.tables.get('fpgm'),
    };
    const present = tableOrder.filter((tag) => written[tag] !== undefined);
    return sfnt(present.map((tag) => [tag, written[tag]!] as const));
  }
}

/** The font file: fontkit's directory (tag `true`, no checksums), its tables one after another. */
function sfnt(tables: ReadonlyArray<readonly [string, Uint8Array]>): Uint8Array {
  const count = tables.length;
  const power = 2 ** Math.floor(Math.log2(count));
  const headerSize = 12 + count * 16;
  const size = tables.reduce((sum, [, bytes]) => sum + bytes.length, headerSize);
  const out = new Uint8Array(size);
  const view = dataView(out);
  out.set([0x74, 0x72, 0x75, 0x65]);
  view.setUint16(4, count);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, count * 16 - power * 16);
  let at = headerSize;
  tables.forEach(([tag, bytes], i) => {
    const entry = 12 + i * 16;
    for (let c = 0; c < 4; c++) out[entry + c] = tag.charCodeAt(c);
    view.setUint32(entry + 4, 0);
    view.setUint32(entry + 8, at);
    view.setUint32(entry + 12, bytes.length);
    out.set(bytes, at);
    at += bytes.length;
  });
  return out;
}
