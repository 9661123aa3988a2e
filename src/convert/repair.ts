/**
 * Repair of mixed script: text already in the target script that carries
 * leftovers of the other (干部, 聯系, 取決于 in Traditional; 随著 in
 * Simplified), as when a page was once converted character by character.
 *
 * The text is made the other script character by character and converted
 * back by the engine; a character changes only where the text had a form of
 * the other script (the character table leaves it as it is) and the engine
 * gives another. A character legitimate in both scripts (干, 于, 系, 里 in
 * Traditional) changes only inside a word the engine segmented by (若干 stays,
 * 干部 becomes 幹部); alone it stays and is reported as a doubt. Characters of
 * the target script only are never touched.
 */
import type { Script } from '../book/types.js';
import { scriptLean } from '../structure/script-only.js';
import { simplifiedView, traditionalView } from '../words/character-views.js';
import { ambiguousTargets, decidedByContext } from './ambiguous.js';
import type { ConvertDetailed } from './converters.js';
import { reviewedPhrases } from './reviewed-phrases.js';
import { isAllowedVariant } from './variant-pairs.js';

export interface Repair {
  text: string;
  /** Characters changed: UTF-16 index, before, after. */
  changes: { index: number; from: string; to: string }[];
  /** Characters that look like leftovers but no word decides (UTF-16 index, character, what the engine would make of it). */
  doubts: { index: number; char: string; target: string }[];
}

/** Leftovers whose default is right even alone (并 → 並, 么 → 麼): the other readings are archaic. */
const safeAlone: Readonly<Record<Script, string>> = { Hant: '并么泄', Hans: '' };

/**
 * `toTarget` is the engine from the other script into `to`. `thorough` is for
 * a text evidently converted character by character (its source holds several
 * leftovers): there a one-to-many character in a word also takes the engine's
 * reading over the text's (反復 → 反覆, 公裡 → 公里, 於都 → 于都).
 */
export function repairMixedScript(text: string, to: Script, toTarget: ConvertDetailed, thorough = false): Repair {
  const chars = [...text];
  const view = to === 'Hant' ? simplifiedView(chars) : traditionalView(chars);
  const untouched: Repair = { text, changes: [], doubts: [] };
  // Only a character the other script's table leaves alone can be a leftover.
  if (!thorough && !chars.some((ch, k) => ch === view[k] && /\p{Script=Han}/u.test(ch))) return untouched;
  const viewText = view.join('');
  const converted = toTarget(viewText);
  const out = [...converted.text];
  if (out.length !== chars.length) return untouched;
  const alone = new Set(converted.alone);
  const foreign = to === 'Hant' ? -1 : 1;
  const result: string[] = [];
  const repair: Repair = { text, changes: [], doubts: [] };
  let index = 0;
  chars.forEach((ch, k) => {
    let next = ch;
    // A leftover is a character of the other script only, or one the other script shares with several targets (干, 系, 著);
    // any other difference is a variant of the target script (群/羣), which stays as the text has it.
    // A shared character whose reading is a variant of it (台 for 臺 in 台灣) is the text's spelling, not a leftover.
    const leftover =
      ch === view[k] && out[k] !== ch && !isAllowedVariant(ch, out[k]!) && (scriptLean(ch) === foreign || ambiguousTargets[to][ch] !== undefined);
    if (leftover) {
      const decided = !alone.has(index) || safeAlone[to].includes(ch) || decidedByContext(viewText, index, to);
      if (scriptLean(ch) === foreign || to === 'Hans' || decided) next = out[k]!;
      else repair.doubts.push({ index, char: ch, target: out[k]! });
    } else if (thorough && ch !== view[k] && out[k] !== ch && ambiguousTargets[to][view[k]!]?.includes(out[k]!) && !alone.has(index)) {
      next = out[k]!;
    }
    if (next !== ch) repair.changes.push({ index, from: ch, to: next });
    result.push(next);
    index += ch.length;
  });
  correctReviewed(result, view, out, to, repair);
  repair.text = result.join('');
  return repair;
}

/**
 * A reviewed phrase (`data/phrases.tsv`) is right even where the text has
 * another form of it in the target script (a source's 新徵程 is 新征程): its
 * target replaces whatever the text holds, character for character. Only
 * phrases for every variant count: a Taiwan-only form or a character default
 * is no reason to change a text's own spelling. Only where the engine read
 * the phrase as a word (`out` has its target there): 愛心系統 holds 心系 but
 * is 愛心|系統.
 */
function correctReviewed(result: string[], view: readonly string[], out: readonly string[], to: Script, repair: Repair): void {
  const viewText = view.join('');
  if (viewText.length !== view.length) return;
  for (const entry of reviewedPhrases()) {
    if (entry.to !== to || entry.direction === 'tw' || entry.direction === 's2tw' || [...entry.phrase].length === 1) continue;
    const target = [...entry.target];
    for (let at = viewText.indexOf(entry.phrase); at >= 0; at = viewText.indexOf(entry.phrase, at + 1)) {
      if (target.some((ch, k) => out[at + k] !== ch)) continue;
      target.forEach((ch, k) => {
        if (result[at + k] !== ch) {
          repair.changes.push({ index: at + k, from: result[at + k]!, to: ch });
          result[at + k] = ch;
        }
      });
    }
  }
}
