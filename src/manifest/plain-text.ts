/**
 * Text values of a manifest must be plain text: control characters (terminal
 * escapes, NUL, form feeds), direction overrides, lone surrogates and
 * non-characters would reach the terminal, the PDF and XML metadata and the
 * report as they are, where they corrupt or disguise what is shown.
 */
// With the `u` flag a surrogate range matches only a surrogate that is not half of a pair.
const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]/u;
/** Line breaks and tabs are refused too, except in values that are paragraphs. */
const BREAKS = /[\t\n\r]/;

export function textProblem(value: string, multiline: boolean): string | null {
  const found = FORBIDDEN.exec(value) ?? (multiline ? null : BREAKS.exec(value));
  if (!found) return null;
  const code = found[0].codePointAt(0)!;
  return `contains the control character U+${code.toString(16).toUpperCase().padStart(4, '0')} at position ${found.index + 1}; remove it`;
}

/** Every string in `data` (keys included) with its key path, to check each. */
export function* stringsOf(data: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], string]> {
  if (typeof data === 'string') yield [path, data];
  else if (Array.isArray(data)) for (const [i, item] of data.entries()) yield* stringsOf(item, [...path, i]);
  else if (data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      yield [[...path, key], key];
      yield* stringsOf(value, [...path, key]);
    }
  }
}
