/**
 * Who an edition is: its own identifier (reading systems and sync services
 * take two files with one identifier for one book), derived from the book's
 * identifier so it is stable from build to build, and its names in the other
 * editions' scripts.
 */
import { createHash } from 'node:crypto';
import type { Lang } from '../../book/types.js';

export type Layout = 'horizontal' | 'vertical';

/** A `urn:uuid:` (name-based, version 5 layout) for one edition of the book. */
export function editionIdentifier(bookIdentifier: string, lang: Lang, layout: Layout | 'print'): string {
  const hash = createHash('sha1').update(`wenji-edition\u0000${bookIdentifier}\u0000${lang}\u0000${layout}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Another edition of the same book: its language and title in its own script. */
export interface SiblingEdition {
  lang: Lang;
  title: string;
  subtitle: string | null;
}
