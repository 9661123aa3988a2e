/**
 * The EPUB container as a ZIP file, compressed with Node's native zlib.
 * jszip (inside epub-gen-memory) deflates in JavaScript, which took ~0.35 s of
 * a 0.5 s EPUB on a cold start; yazl uses native zlib but stamps entries in
 * local time, so the same book would zip differently in another time zone.
 * This writer is the small part of the format an OCF container needs: stored
 * or deflated entries, no extra fields (the `mimetype` entry must have none),
 * timestamps in UTC, no ZIP64 (an over-large book is an error).
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** Path inside the archive, `/`-separated. */
  name: string;
  bytes: Uint8Array;
  /** Stored uncompressed (the OCF `mimetype` entry must be). */
  stored?: boolean;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const VERSION = 20; // 2.0: deflate
const UTF8_NAMES = 0x0800;
const STORE = 0;
const DEFLATE = 8;
const LIMIT = 0xffffffff;

/** MS-DOS date and time fields, from the UTC calendar so no time zone leaks in. */
function dosDateTime(date: Date): { time: number; date: number } {
  const year = Math.min(Math.max(date.getUTCFullYear(), 1980), 2107);
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

interface Written {
  name: Buffer;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

function localHeader(entry: Written, stamp: { time: number; date: number }): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(LOCAL_HEADER, 0);
  header.writeUInt16LE(VERSION, 4);
  header.writeUInt16LE(entry.flags, 6);
  header.writeUInt16LE(entry.method, 8);
  header.writeUInt16LE(stamp.time, 10);
  header.writeUInt16LE(stamp.date, 12);
  header.writeUInt32LE(entry.crc, 14);
  header.writeUInt32LE(entry.compressedSize, 18);
  header.writeUInt32LE(entry.size, 22);
  header.writeUInt16LE(entry.name.length, 26);
  header.writeUInt16LE(0, 28);
  return header;
}

function centralHeader(entry: Written, stamp: { time: number; date: number }): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(CENTRAL_HEADER, 0);
  header.writeUInt16LE(VERSION, 4);
  header.writeUInt16LE(VERSION, 6);
  header.writeUInt16LE(entry.flags, 8);
  header.writeUInt16LE(entry.method, 10);
  header.writeUInt16LE(stamp.time, 12);
  header.writeUInt16LE(stamp.date, 14);
  header.writeUInt32LE(entry.crc, 16);
  header.writeUInt32LE(entry.compressedSize, 20);
  header.writeUInt32LE(entry.size, 24);
  header.writeUInt16LE(entry.name.length, 28);
  // extra field, comment, disk number, internal and external attributes: all zero
  header.writeUInt32LE(entry.offset, 42);
  return header;
}

function endOfCentralDirectory(count: number, size: number, offset: number): Buffer {
  const record = Buffer.alloc(22);
  record.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  record.writeUInt16LE(count, 8);
  record.writeUInt16LE(count, 10);
  record.writeUInt32LE(size, 12);
  record.writeUInt32LE(offset, 16);
  return record;
}

/** The archive, entries in the order given, every one stamped `modified`. */
export function zip(entries: readonly ZipEntry[], modified: Date, level = 9): Uint8Array {
  const stamp = dosDateTime(modified);
  const chunks: Uint8Array[] = [];
  const written: Written[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = entry.stored ? entry.bytes : deflateRawSync(entry.bytes, { level });
    const record: Written = {
      name,
      flags: /^[\x20-\x7e]*$/.test(entry.name) ? 0 : UTF8_NAMES,
      method: entry.stored ? STORE : DEFLATE,
      crc: crc32(entry.bytes),
      compressedSize: data.length,
      size: entry.bytes.length,
      offset,
    };
    const header = localHeader(record, stamp);
    chunks.push(header, name, data);
    written.push(record);
    offset += header.length + name.length + data.length;
    if (offset > LIMIT) throw new Error(`EPUB container too large for ZIP without ZIP64: over ${LIMIT} bytes`);
  }
  const directoryStart = offset;
  for (const record of written) {
    const header = centralHeader(record, stamp);
    chunks.push(header, record.name);
    offset += header.length + record.name.length;
  }
  if (offset > LIMIT || written.length > 0xffff) throw new Error(`EPUB container too large for ZIP without ZIP64: ${written.length} entries, ${offset} bytes`);
  chunks.push(endOfCentralDirectory(written.length, offset - directoryStart, directoryStart));
  return Buffer.concat(chunks);
}
