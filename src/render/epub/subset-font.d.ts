// subset-font ships no types; only the options this writer uses are declared.
declare module 'subset-font' {
  interface SubsetFontOptions {
    /** `sfnt` is plain TrueType/OpenType (no WOFF wrapper). */
    targetFormat?: 'sfnt' | 'woff' | 'woff2';
    keepFeatures?: string[];
    noHinting?: boolean;
    /** Name-table ids to keep beyond the subsetter's defaults. */
    preserveNameIds?: number[];
  }
  export default function subsetFont(font: Uint8Array, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}
