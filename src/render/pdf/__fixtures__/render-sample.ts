/** Renders the sample book (and a large generated one) to /tmp for looking at: `npx tsx src/render/pdf/__fixtures__/render-sample.ts`. */
import { writeFileSync } from 'node:fs';
import { sampleBook } from '../../../book/sample-book.js';
import { loadFontSet } from '../../../fonts/fonts.js';
import { loadTheme } from '../../../theme/theme.js';
import { renderPdf } from '../render-pdf.js';
import { largeBook } from './large-book.js';

const theme = loadTheme();
for (const [name, book] of [
  ['sample', sampleBook()],
  ['sample-hant', sampleBook('zh-Hant')],
  ['large', largeBook(12, 40)],
] as const) {
  const t0 = performance.now();
  const result = await renderPdf(book, { theme, fonts: loadFontSet(book.lang === 'zh-Hant' ? 'Hant' : 'Hans') });
  writeFileSync(`/tmp/${name}.pdf`, result.bytes);
  console.log(name, result.pages, 'pages', result.bytes.length, 'bytes', (performance.now() - t0).toFixed(0), 'ms');
}
