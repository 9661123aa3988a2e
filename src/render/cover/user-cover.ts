/** The user's own cover image (the manifest's `cover`), read and checked by its bytes; no rasteriser needed. */
import { readFileSync } from 'node:fs';
import { ioError } from '../../util/io-error.js';
import { UserError } from '../../util/user-error.js';

export interface CoverImage {
  bytes: Uint8Array;
  mediaType: 'image/png' | 'image/jpeg';
  /** File name extension inside the EPUB. */
  extension: 'png' | 'jpg';
}

export function userCoverImage(path: string): CoverImage {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (error) {
    throw ioError(error, 'cannot read the cover image named by the manifest key `cover`', path);
  }
  const head = Buffer.from(bytes.subarray(0, 4)).toString('hex');
  if (head === '89504e47') return { bytes, mediaType: 'image/png', extension: 'png' };
  if (head.startsWith('ffd8ff')) return { bytes, mediaType: 'image/jpeg', extension: 'jpg' };
  throw new UserError(
    `Not a PNG or JPEG image: ${path} (manifest key \`cover\`)`,
    'name a .png or .jpg file, or leave `cover` out to have one generated from the title page',
    2,
  );
}
