/**
 * Each character made the other script by OpenCC's character table (its first
 * target): the Simplified view is the script of the word-frequency list, the
 * Traditional view serves repairs of Simplified text.
 */
import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { forEachEntry } from './dictionary-entries.js';

/** A character-by-character view through one table, its map built on first use. */
function firstTargetView(table: string): (chars: readonly string[]) => string[] {
  let firstTarget: Map<string, string> | undefined;
  return (chars) => {
    if (!firstTarget) {
      const map = new Map<string, string>();
      forEachEntry(table, (start, space, end) => {
        const from = table.slice(start, space);
        if (!map.has(from)) map.set(from, [...table.slice(space + 1, end)][0]!);
      });
      firstTarget = map;
    }
    return chars.map((ch) => firstTarget!.get(ch) ?? ch);
  };
}

export const simplifiedView = firstTargetView(TSCharacters);
export const traditionalView = firstTargetView(STCharacters);
