/** The print writer in the registry: the edition's PDF, laid out once and shared with other writers. */
import type { Edition, Writer } from '../registry.js';
import { type PdfResult, renderPdf } from './render-pdf.js';

/** The edition's print PDF, made once per edition whichever writer asks first. */
export function printEdition(edition: Edition): Promise<PdfResult> {
  return edition.shared('print', () => renderPdf(edition.book, { theme: edition.theme, fonts: edition.fonts, strict: edition.strict }));
}

export const pdfWriter: Writer = {
  async write(edition) {
    const pdf = await printEdition(edition);
    return [{ name: `${edition.baseName}.pdf`, bytes: pdf.bytes, pages: pdf.pages }];
  },
};
