export { renderPdf, type OutlineEntry, type PdfOptions, type PdfResult } from './render-pdf.js';
export type { PageStart } from './page-starts.js';
