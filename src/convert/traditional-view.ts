/** Each character made Traditional by OpenCC's character table (its first target), for repairs of Simplified text. */
import STCharacters from 'opencc-js/dict/STCharacters';
import { forEachEntry } from './dictionary-entries.js';

let traditionalOf: Map<string, string> | undefined;

export function traditionalView(chars: readonly string[]): string[] {
  if (!traditionalOf) {
    traditionalOf = new Map();
    forEachEntry(STCharacters, (start, space, end) => {
      const from = STCharacters.slice(start, space);
      if (!traditionalOf!.has(from)) traditionalOf!.set(from, [...STCharacters.slice(space + 1, end)][0]!);
    });
  }
  return chars.map((ch) => traditionalOf!.get(ch) ?? ch);
}
