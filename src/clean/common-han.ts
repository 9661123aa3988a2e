/**
 * Whether a Han character is common: in GB2312 level 1 (the 3,755 most used
 * Simplified characters) or Big5 level 1 (the 5,401 most used Traditional
 * ones). Text decoded with the wrong codec is dense in characters that are in
 * neither, which is how improbable runs are found.
 */
import iconv from 'iconv-lite';

const cache = new Map<string, boolean>();

export function isCommonHan(ch: string): boolean {
  let known = cache.get(ch);
  if (known === undefined) {
    const gb = iconv.encode(ch, 'gb2312');
    const big5 = iconv.encode(ch, 'big5');
    const big5Code = big5.length === 2 ? big5[0]! * 256 + big5[1]! : 0;
    known =
      (gb.length === 2 && gb[0]! >= 0xb0 && gb[0]! <= 0xd7 && gb[1]! >= 0xa1) ||
      (big5Code >= 0xa440 && big5Code <= 0xc67e);
    cache.set(ch, known);
  }
  return known;
}
