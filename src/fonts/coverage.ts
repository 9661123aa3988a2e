/**
 * Glyph coverage: which characters a face can set. Shared by the PDF writer
 * (choose a fallback face or fail) and the EPUB writer (check embedded fonts).
 * Parsing a CJK face takes ~20 ms and tens of MB, so each file is parsed once.
 */
import { close, fstat, open, read, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import { withQuickLayout } from './quick-layout.js';

const files = new Map<string, Buffer>();
const fonts = new Map<string, Font>();
const reading = new Map<string, Promise<void>>();

/**
 * A file in as few reads as the system allows. Not `readFile` (512 kB a turn,
 * each turn on this thread) nor a `FileHandle` (its close cost this thread
 * more than the read): plain descriptors, whose calls run on libuv's threads.
 */
async function readWhole(path: string): Promise<Buffer> {
  const fd = await promisify(open)(path, 'r');
  try {
    const bytes = Buffer.allocUnsafe((await promisify(fstat)(fd)).size);
    for (let at = 0; at < bytes.length; ) {
      const { bytesRead } = await promisify(read)(fd, bytes, at, bytes.length - at, at);
      if (bytesRead === 0) throw new Error(`${path} shrank while being read`);
      at += bytesRead;
    }
    return bytes;
  } finally {
    await promisify(close)(fd);
  }
}

/**
 * Starts reading face files in the background (libuv's threads), so that the
 * 10–20 MB of each are in memory before typesetting needs them while this
 * thread does other work; resolves when all are read. A file that cannot be
 * read is left to `fontBytes`, which reports it where the face is needed.
 */
export function prefetchFonts(paths: Iterable<string>): Promise<void> {
  const pending: Promise<void>[] = [];
  for (const path of paths) {
    if (files.has(path)) continue;
    let read = reading.get(path);
    if (!read) {
      read = readWhole(path).then(
        (bytes) => void (files.has(path) || files.set(path, bytes)),
        () => {},
      );
      reading.set(path, read);
    }
    pending.push(read);
  }
  return Promise.all(pending).then(() => {});
}

/** The bytes of the face file at `path`, read once (the PDF parses them, the EPUB subsets them). */
export function fontBytes(path: string): Buffer {
  let bytes = files.get(path);
  if (!bytes) files.set(path, (bytes = readFileSync(path)));
  return bytes;
}

/** The parsed face at `path` (the first face of a collection), cached. */
export function openFont(path: string): Font {
  let font = fonts.get(path);
  if (!font) {
    const opened = fontkit.create(fontBytes(path));
    font = 'fonts' in opened ? opened.fonts[0]! : opened;
    fonts.set(path, font);
  }
  return font;
}

const layoutFonts = new Map<string, Font>();

/** The face at `path` for setting text: parsed once, CJK runs laid out without the shaper. */
export function layoutFont(path: string): Font {
  let font = layoutFonts.get(path);
  if (!font) layoutFonts.set(path, (font = withQuickLayout(openFont(path))));
  return font;
}

/** Characters with no glyph to see: controls, joiners, selectors, spaces are never "missing". */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zs}\p{M}\u200d\ufe00-\ufe0f\u{e0100}-\u{e01ef}]/u;

export function hasChar(fontPath: string, char: string): boolean {
  if (INVISIBLE.test(char)) return true;
  return openFont(fontPath).hasGlyphForCodePoint(char.codePointAt(0)!);
}

/** Distinct characters of `text` that the face at `fontPath` lacks, in order of first use. */
export function missingChars(text: string, fontPath: string): string[] {
  const missing = new Set<string>();
  for (const char of new Set(text)) if (!hasChar(fontPath, char)) missing.add(char);
  return [...missing];
}

/** The first face in `fontPaths` that has `char`, or null. */
export function faceWithChar(char: string, fontPaths: readonly string[]): string | null {
  return fontPaths.find((path) => hasChar(path, char)) ?? null;
}
