/**
 * CJK compatibility ideographs (U+F900–U+FAFF, U+2F800–U+2FA1F) are code points
 * kept for round trips with Korean and other legacy character sets; each is
 * canonically the same character as a unified ideograph (`U+F967 不` is
 * `U+4E0D 不`). Text extracted from PDFs and some Taiwan documents carries
 * them by the hundred. Dictionaries, fonts' Chinese forms and search only know
 * the unified ones, so they are read as those. The twelve in the block that
 * are unified ideographs themselves (`﨎` U+FA0E …) have no mapping and stay.
 */
const compatIdeograph = /[\u{F900}-\u{FAFF}\u{2F800}-\u{2FA1F}]/gu;

/** The unified ideograph a compatibility ideograph stands for (itself for any other character). */
export const unifiedIdeograph = (ch: string): string => ch.normalize('NFC');

/** `text` with every compatibility ideograph replaced by its unified ideograph (the length in UTF-16 units may shrink: supplement code points map to BMP ones). */
export function unifyCompatIdeographs(text: string): string {
  return text.replace(compatIdeograph, unifiedIdeograph);
}

/** The pattern of compatibility ideographs, for rules that report each one. */
export const compatIdeographPattern = (): RegExp => new RegExp(compatIdeograph.source, 'gu');
