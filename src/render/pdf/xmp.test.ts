/**
 * The PDF's metadata with titles and names a hostile or careless manifest can
 * hold: the XMP packet parses as XML and gives the values back unchanged, and
 * nothing in a value becomes an element.
 */
import fc from 'fast-check';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { sampleBook } from '../../book/sample-book.js';
import { loadFontSet } from '../../fonts/fonts.js';
import { textProblem } from '../../manifest/plain-text.js';
import { loadTheme } from '../../theme/theme.js';
import { elements, parseXml, textOf, type XmlElement } from '../epub/__fixtures__/xml-parse.js';
import { renderPdf } from './render-pdf.js';
import { xmpDescriptions } from './xmp.js';

/** The XMP packet of a PDF (pdfkit stores it uncompressed), parsed; the xpacket processing instructions checked and set aside. */
function xmpOf(pdf: Uint8Array): XmlElement {
  const text = Buffer.from(pdf).toString('latin1');
  const start = text.indexOf('<?xpacket begin');
  const end = text.indexOf('<?xpacket end="w"?>', start);
  expect(start, 'an XMP packet').toBeGreaterThan(0);
  const packet = Buffer.from(text.slice(start, end + '<?xpacket end="w"?>'.length), 'latin1').toString('utf8');
  expect(packet).toMatch(/^<\?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"\?>/);
  return parseXml(packet.replace(/<\?xpacket[^?]*\?>/g, '').trim());
}

const xmpValue = (root: XmlElement, tag: string): string | undefined => {
  const element = [...elements(root)].find((e) => e.name === tag);
  return element ? textOf(element).trim() : undefined;
};

const hostile = {
  title: '学习 & 思考 <第一辑> "甲" \'乙\' ]]> &amp;',
  editor: '</dc:creator><script>e</script>',
  description: '<rdf:li>注入</rdf:li> & 更多',
  keywords: ['a&b', '<c>'],
};

describe('XMP metadata', () => {
  it('a real PDF with hostile metadata has well-formed XMP that gives every value back', async () => {
    const book = sampleBook();
    Object.assign(book.meta, hostile);
    const { bytes } = await renderPdf(book, { theme: loadTheme(), fonts: loadFontSet('Hans') });
    const xmp = xmpOf(bytes);
    expect(xmpValue(xmp, 'dc:title')).toBe(hostile.title);
    expect(xmpValue(xmp, 'dc:creator')).toBe(hostile.editor);
    expect(xmpValue(xmp, 'dc:description')).toBe(hostile.description);
    expect(xmpValue(xmp, 'pdf:Keywords')).toBe('a&b, <c>');
    expect([...elements(xmp)].map((e) => e.name).filter((name) => name === 'script')).toEqual([]);
    // The Info dictionary says the same (pdfjs reads it back).
    const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
    const info = (await pdf.getMetadata()).info as Record<string, string>;
    expect([info.Title, info.Author]).toEqual([hostile.title, hostile.editor]);
  }, 60_000);

  it('any title the manifest accepts round-trips through the XMP', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), (title, editor) => {
        fc.pre(textProblem(title, false) === null && textProblem(editor, false) === null && editor.length > 0);
        const packet = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">${xmpDescriptions({
          Title: title,
          Author: editor,
          Subject: title,
          Keywords: `${title}, ${editor}`,
          Creator: 'wenji',
          Producer: 'wenji (pdfkit)',
          CreationDate: new Date('2026-01-01T00:00:00Z'),
        })}</rdf:RDF></x:xmpmeta>`;
        const root = parseXml(packet);
        expect(xmpValue(root, 'dc:title')).toBe(title.trim());
        expect(xmpValue(root, 'dc:creator')).toBe(editor.trim());
      }),
      { numRuns: 500, seed: 20261129 },
    );
  }, 60_000);
});
