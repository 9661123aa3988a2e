/**
 * The bytes of face files, read once per process and shared by the PDF
 * (parsed by fontkit) and the EPUB (subset by HarfBuzz). Apart from the
 * parsers, so a thread can start reading faces before it loads them.
 */
import { close, fstat, open, read, readFileSync } from 'node:fs';
import { promisify } from 'node:util';

const files = new Map<string, Buffer>();
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
