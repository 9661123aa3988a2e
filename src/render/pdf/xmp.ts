/**
 * The PDF's XMP metadata with every value escaped. pdfkit writes the Info
 * values into its XMP packet as they are, so a title `学习 & 思考` gave
 * malformed XML and `</dc:creator><script>…` added elements; its writer is
 * replaced on each document by this one, which writes the same elements.
 */

/** Characters XML 1.0 cannot hold at all (controls, lone surrogates, non-characters), dropped. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/gu;

export function xmlText(value: unknown): string {
  return String(value)
    .replace(NOT_XML, '')
    .replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);
}

export interface XmpInfo {
  Title?: string;
  Author?: string;
  Subject?: string;
  Keywords?: string;
  Creator?: string;
  Producer?: string;
  CreationDate: Date;
}

const isoSeconds = (date: Date) => `${date.toISOString().split('.')[0]}Z`;

/** The `rdf:Description` elements pdfkit writes, escaped. */
export function xmpDescriptions(info: XmpInfo): string {
  const alt = (value: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${xmlText(value)}</rdf:li></rdf:Alt>`;
  const dublinCore = [
    info.Title ? `<dc:title>${alt(info.Title)}</dc:title>` : '',
    info.Author ? `<dc:creator><rdf:Seq><rdf:li>${xmlText(info.Author)}</rdf:li></rdf:Seq></dc:creator>` : '',
    info.Subject ? `<dc:description>${alt(info.Subject)}</dc:description>` : '',
  ].filter(Boolean);
  return [
    `<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">`,
    `<xmp:CreateDate>${isoSeconds(info.CreationDate)}</xmp:CreateDate>`,
    `<xmp:CreatorTool>${xmlText(info.Creator ?? '')}</xmp:CreatorTool>`,
    `</rdf:Description>`,
    ...(dublinCore.length > 0 ? [`<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">`, ...dublinCore, `</rdf:Description>`] : []),
    `<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">`,
    `<pdf:Producer>${xmlText(info.Producer ?? '')}</pdf:Producer>`,
    ...(info.Keywords ? [`<pdf:Keywords>${xmlText(info.Keywords)}</pdf:Keywords>`] : []),
    `</rdf:Description>`,
  ].join('\n');
}

/** The part of a pdfkit document this writer uses (its metadata mixin's hook). */
interface MetadataHost {
  info: XmpInfo;
  appendXML(xml: string, newline?: boolean): void;
  _addInfo(): void;
}

/** Makes `doc` write its XMP through `xmpDescriptions` instead of pdfkit's unescaped template. */
export function useEscapedXmp(doc: PDFKit.PDFDocument): void {
  const host = doc as unknown as MetadataHost;
  host._addInfo = function (this: MetadataHost) {
    this.appendXML(xmpDescriptions(this.info));
  };
}
