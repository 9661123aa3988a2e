/**
 * Walks an opencc-js dictionary string (`source target|source target…`)
 * entry by entry without splitting it: the dictionaries run to megabytes, and
 * most entries are only looked at, not kept.
 */
export function forEachEntry(dictionary: string, visit: (start: number, space: number, end: number) => void): void {
  for (let start = 0; start < dictionary.length; ) {
    let end = dictionary.indexOf('|', start);
    if (end < 0) end = dictionary.length;
    const space = dictionary.indexOf(' ', start);
    // [start, space) is the source, [start, end) the whole entry; a malformed entry is skipped.
    if (space > start && space < end) visit(start, space, end);
    start = end + 1;
  }
}
