/**
 * What kind of font file a face is, from its first four bytes: TrueType
 * outlines (`glyf`), CFF outlines (OpenType `OTTO`), a collection of either,
 * or a web font (WOFF, WOFF2). The e-book names an embedded face by its kind:
 * file extension, media type and CSS `format()`.
 */
export type FaceFormat = 'truetype' | 'cff' | 'collection' | 'woff' | 'woff2';

const signatures: ReadonlyArray<readonly [hex: string, format: FaceFormat]> = [
  ['00010000', 'truetype'],
  ['74727565', 'truetype'], // `true`: old Apple TrueType
  ['4f54544f', 'cff'], // `OTTO`
  ['74746366', 'collection'], // `ttcf`
  ['774f4646', 'woff'], // `wOFF`
  ['774f4632', 'woff2'], // `wOF2`
];

/** The format of a face file from its first bytes, or null when it is no font file. */
export function faceFormat(head: Uint8Array): FaceFormat | null {
  const hex = Buffer.from(head.subarray(0, 4)).toString('hex');
  return signatures.find(([signature]) => signature === hex)?.[1] ?? null;
}

/** How an embedded single face (an sfnt) is named in an EPUB. */
export interface EmbeddedFontType {
  extension: 'ttf' | 'otf';
  /** EPUB 3 core media type. */
  mediaType: 'font/ttf' | 'font/otf';
  /** The CSS `@font-face` `format()` hint. */
  cssFormat: 'truetype' | 'opentype';
}

const trueType: EmbeddedFontType = { extension: 'ttf', mediaType: 'font/ttf', cssFormat: 'truetype' };
const openTypeCff: EmbeddedFontType = { extension: 'otf', mediaType: 'font/otf', cssFormat: 'opentype' };

/** The type of a single-face font file (a subset): CFF outlines make it an `.otf`, anything else a `.ttf`. */
export function embeddedFontType(bytes: Uint8Array): EmbeddedFontType {
  return faceFormat(bytes) === 'cff' ? openTypeCff : trueType;
}

/** The CSS `format()` of an embedded font by its file name. */
export const cssFormatOf = (href: string): EmbeddedFontType['cssFormat'] => (href.endsWith('.otf') ? 'opentype' : 'truetype');
