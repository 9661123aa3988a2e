/** Test helper: open an EPUB's bytes and read its files back. */
import JSZip from 'jszip';
import { parseXml, type XmlElement } from './xml-parse.js';

export interface UnpackedEpub {
  /** Entry names in zip order. */
  names: string[];
  /** Modification date of every entry, by name. */
  dates: Record<string, Date>;
  text(path: string): string;
  bytes(path: string): Uint8Array;
  xml(path: string): XmlElement;
}

export async function unpackEpub(bytes: Uint8Array): Promise<UnpackedEpub> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files);
  const texts = new Map<string, string>();
  const binaries = new Map<string, Uint8Array>();
  for (const name of names) {
    const entry = zip.files[name]!;
    if (entry.dir) continue;
    binaries.set(name, await entry.async('uint8array'));
    texts.set(name, await entry.async('string'));
  }
  const need = <T>(map: Map<string, T>, path: string): T => {
    const value = map.get(path);
    if (value === undefined) throw new Error(`No ${path} in the EPUB (has ${names.join(', ')})`);
    return value;
  };
  return {
    names,
    dates: Object.fromEntries(names.map((name) => [name, zip.files[name]!.date])),
    text: (path) => need(texts, path),
    bytes: (path) => need(binaries, path),
    xml: (path) => parseXml(need(texts, path)),
  };
}
