/**
 * The embedded faces' names and licence. The SIL Open Font License asks that
 * the licence travel with the font, so an OFL face brings its licence text
 * into the EPUB: the face's own copyright notice from its name table, then
 * the licence as found beside the face file (`OFL.txt`, `LICENSE_FONT` …, in
 * its folder or a parent up to its package).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openFont } from '../../fonts/coverage.js';
import { isOfl } from '../../fonts/face-facts.js';

export { faceFacts } from '../../fonts/face-facts.js';

/** Name-table ids kept in the subsets: copyright, family…version, licence description and URL. */
export const keptNameIds = [0, 1, 2, 3, 4, 5, 6, 13, 14];

const licenceFileNames = ['OFL.txt', 'OFL', 'LICENSE_FONT', 'LICENSE.txt', 'LICENSE', 'LICENCE'];
const oflHeading = /SIL OPEN FONT LICENSE/;

/** The OFL's text as shipped beside the face, from its heading on; null when none is found. */
function oflTextNear(path: string): string | null {
  let folder = dirname(path);
  for (;;) {
    for (const name of licenceFileNames) {
      const file = join(folder, name);
      if (!existsSync(file)) continue;
      const text = readFileSync(file, 'utf8');
      const at = text.search(oflHeading);
      if (at >= 0) return text.slice(at).replace(/\r\n?/g, '\n').trim();
    }
    const parent = dirname(folder);
    if (existsSync(join(folder, 'package.json')) || parent === folder) return null;
    folder = parent;
  }
}

export interface FontLicence {
  /** The faces' copyright notices, one each, in face order, without repeats. */
  notices: string[];
  /** The licence text, paragraphs as found. */
  text: string;
}

/** The licence document's content for the OFL faces among `paths`, or null when none is OFL. */
export function fontLicence(paths: readonly string[]): FontLicence | null {
  const ofl = [...new Set(paths)].filter(isOfl);
  if (ofl.length === 0) return null;
  const text = ofl.map(oflTextNear).find((found): found is string => found !== null);
  if (!text) return null;
  const notices = [...new Set(ofl.map((path) => openFont(path).getName('copyright', 'en')).filter((notice): notice is string => !!notice))];
  return { notices, text };
}
