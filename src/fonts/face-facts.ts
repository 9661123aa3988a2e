/** What an imprint or colophon says of a face: its family and its licence, read from its name table. */
import { openFont } from './coverage.js';

export interface FaceFacts {
  /** Family name from the face's name table (`Noto Serif SC`). */
  family: string;
  /** Short licence name (`SIL Open Font License 1.1`), or null when the face names none. */
  licence: string | null;
}

export function isOfl(path: string): boolean {
  return /Open Font License/i.test(openFont(path).getName('license', 'en') ?? '');
}

export function faceFacts(path: string): FaceFacts {
  const font = openFont(path);
  return { family: font.familyName, licence: isOfl(path) ? 'SIL Open Font License 1.1' : null };
}
