/** Text → raw lines: CRLF, CR, LS and PS all end a line; a BOM is dropped. */
export function splitLines(text: string): string[] {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  const lines = body.split(/\r\n|\r|\n|\u2028|\u2029/);
  // A final newline ends the last line; it does not start an empty one.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
