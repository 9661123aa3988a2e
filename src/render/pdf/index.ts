export type { PageStart } from './page-starts.js';
export { type OutlineEntry, type PdfOptions, type PdfResult, renderPdf } from './render-pdf.js';
