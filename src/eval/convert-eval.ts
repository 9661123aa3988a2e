/**
 * The conversion figures (`npm run eval`): wenji and plain opencc-js with the
 * same configuration (Taiwan standard, `tw`) on the gold (`convert-gold.ts`),
 * and the rate of ambiguity warnings on the corpus pages, each converted to
 * the other script as a book of them would be.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { convertLines } from '../convert/convert-lines.js';
import { converter, plainOpencc } from '../convert/converters.js';
import { processSources } from '../pipeline/front.js';
import { type DirectionScore, plainS2t, plainT2s, readGold, scoreRoundTrip, scoreZhe } from './convert-gold.js';

export interface ConversionEvaluation {
  s2t: { wenji: DirectionScore; opencc: DirectionScore };
  t2s: { wenji: DirectionScore; opencc: DirectionScore };
  /** 著 of the native Traditional gold made Simplified: 着 but in the words of the literary 著 (著名, 顯著). */
  zhe: { wenji: DirectionScore; opencc: DirectionScore };
  corpus: { characters: number; warnings: number; contexts: string[] } | null;
}

export function evaluateConversion(goldFolder: string, corpusFolder: string | null): ConversionEvaluation {
  const hant = readGold(goldFolder, 'hant');
  const hans = readGold(goldFolder, 'hans');
  return {
    s2t: {
      wenji: scoreRoundTrip(hant, plainT2s, converter('Hans', 'Hant', 'tw')),
      opencc: scoreRoundTrip(hant, plainT2s, plainOpencc('Hans', 'Hant', 'tw')),
    },
    t2s: {
      wenji: scoreRoundTrip(hans, plainS2t, converter('Hant', 'Hans', 'tw')),
      opencc: scoreRoundTrip(hans, plainS2t, plainOpencc('Hant', 'Hans', 'tw')),
    },
    zhe: {
      wenji: scoreZhe(hant, converter('Hant', 'Hans', 'tw')),
      opencc: scoreZhe(hant, plainOpencc('Hant', 'Hans', 'tw')),
    },
    corpus: corpusFolder && existsSync(corpusFolder) ? corpusWarnings(corpusFolder) : null,
  };
}

/** Ambiguity warnings when each corpus page's articles go to the other script (Traditional pages to Simplified and back). */
function corpusWarnings(folder: string): { characters: number; warnings: number; contexts: string[] } {
  const raw = join(folder, 'raw');
  const paths = readdirSync(raw)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(raw, name));
  let characters = 0;
  const contexts: string[] = [];
  for (const source of processSources(paths.map((path) => ({ path })))) {
    for (const article of source.articles) {
      const lines = [article.title, ...article.blocks.map((block) => (block.lead ?? '') + block.text)];
      characters += lines.join('').length;
      const to = article.script === 'Hant' ? 'Hans' : 'Hant';
      const { guesses } = convertLines(lines, to, { variant: 'tw', dictionary: {}, keep: [] });
      for (const guess of guesses) contexts.push(`${lines[guess.line - 1]!.slice(Math.max(0, guess.index - 4), guess.index + 5)} (${guess.char})`);
    }
  }
  return { characters, warnings: contexts.length, contexts };
}
