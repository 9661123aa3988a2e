/**
 * Legacy-codec bytes of many characters from one encoder call. iconv-lite
 * builds an encoder per call, so asking two codecs about each character of a
 * book one by one costs a call per character and codec. Its GBK and Big5
 * encoders map single-unit CJK characters one by one (Big5-HKSCS joins only
 * some Latin letters with combining marks), so the bytes are the same.
 */
import iconv from 'iconv-lite';

/**
 * The bytes of each of `chars` (CJK characters of one UTF-16 unit) in `encoding`: two for a
 * character with a lead byte of 0x81 or more, else one (ASCII, or the `?` of
 * an unmappable character). Null if the bytes do not split so.
 */
export function encodeEach(chars: readonly string[], encoding: 'gb2312' | 'big5'): number[][] | null {
  const bytes = iconv.encode(chars.join(''), encoding);
  const split: number[][] = [];
  let at = 0;
  for (let i = 0; i < chars.length && at < bytes.length; i++) {
    const width = bytes[at]! >= 0x81 ? 2 : 1;
    split.push([...bytes.subarray(at, at + width)]);
    at += width;
  }
  return split.length === chars.length && at === bytes.length ? split : null;
}
