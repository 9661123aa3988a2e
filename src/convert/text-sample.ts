/**
 * What a set of texts can contain, for pruning dictionaries of ~100k phrases
 * down to the few thousand a book can meet: a phrase occurs in one of the
 * texts only if each of its UTF-16 units and each adjacent pair of them does.
 * The test keeps every phrase that occurs (and some that do not), so a
 * dictionary pruned with it matches the texts exactly as the whole one does.
 */
export class TextSample {
  readonly #units = new Uint8Array(0x10000);
  readonly #pairs = new Set<number>();

  constructor(texts: Iterable<string>) {
    for (const text of texts) {
      for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        this.#units[unit] = 1;
        if (i > 0) this.#pairs.add(text.charCodeAt(i - 1) * 0x10000 + unit);
      }
    }
  }

  /** Whether `text.slice(start, end)` may occur in the sample. */
  mayContain(text: string, start = 0, end = text.length): boolean {
    if (end <= start) return false;
    let previous = text.charCodeAt(start);
    if (this.#units[previous] !== 1) return false;
    for (let i = start + 1; i < end; i++) {
      const unit = text.charCodeAt(i);
      if (!this.#pairs.has(previous * 0x10000 + unit)) return false;
      previous = unit;
    }
    return true;
  }
}
