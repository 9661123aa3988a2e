/**
 * Text bound for a terminal, with control characters shown as escapes. File
 * names, titles and source text can hold escape sequences that would move the
 * cursor, retitle the window or hide what follows; only line breaks and tabs
 * pass as they are.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function escapeControls(text: string): string {
  return text.replace(CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
