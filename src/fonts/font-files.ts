/**
 * The bytes of face files, read once per process and shared by the PDF
 * (parsed by fontkit) and the EPUB (subset by HarfBuzz). Apart from the
 * parsers, so that reading a face does not load them.
 */
import { readFileSync } from 'node:fs';

const files = new Map<string, Buffer>();

/** The bytes of the face file at `path`, read once (the PDF parses them, the EPUB subsets them). */
export function fontBytes(path: string): Buffer {
  let bytes = files.get(path);
  if (!bytes) {
    bytes = readFileSync(path);
    files.set(path, bytes);
  }
  return bytes;
}
