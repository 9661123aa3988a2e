/** The booklet writer in the registry: the edition's print PDF (shared with the `pdf` writer), imposed for folding. */
import { printEdition } from '../pdf/writer.js';
import type { Writer } from '../registry.js';
import { imposeBooklet } from './impose.js';
import { mm } from './sheets.js';

export const bookletWriter: Writer = {
  async write(edition) {
    const print = await printEdition(edition);
    const booklet = await imposeBooklet(print.bytes, { creep: mm(edition.theme.booklet.creep) });
    return [{ name: `${edition.baseName}.booklet.pdf`, bytes: booklet.bytes, pages: booklet.sides.length }];
  },
};
