/**
 * Simplified or Traditional? Count the characters that exist in one script
 * only; whichever kind is more frequent decides.
 */
import type { Script } from '../book/types.js';
import { scriptLean } from './script-only.js';

export { scriptLean };

export function detectScript(text: string): Script {
  let score = 0;
  for (const ch of text) score += scriptLean(ch);
  return score > 0 ? 'Hant' : 'Hans';
}
