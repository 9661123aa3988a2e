/**
 * Conversion of plain text, line by line (`wenji convert`, the evaluation):
 * each line is converted from the script it is detected to be in (a line
 * with no character of one script only, from the script of the whole text), or
 * repaired when it is already in the target script, with the same engine,
 * dictionaries and repairs as a book.
 */
import type { Script } from '../book/types.js';
import { detectScript, scriptLean } from '../structure/detect-script.js';
import { converterForTexts } from './converters.js';
import { type ConversionOptions, convertText, type Guess, repairView } from './to-script.js';

export interface LineGuess extends Guess {
  /** 1-based line number. */
  line: number;
}

const isNeutral = (line: string): boolean => ![...line].some((ch) => scriptLean(ch) !== 0);

export function convertLines(lines: readonly string[], to: Script, options: ConversionOptions): { lines: string[]; guesses: LineGuess[] } {
  const other: Script = to === 'Hant' ? 'Hans' : 'Hant';
  // A line with no character of one script only (台中就要, 地形遍布) is in the script of the text around it.
  const whole = detectScript(lines.join('\n'));
  const scripts = lines.map((line) => (isNeutral(line) ? whole : detectScript(line)));
  const toConvert = lines.filter((_, i) => scripts[i] !== to);
  const toRepair = lines.filter((_, i) => scripts[i] === to).map((line) => repairView(line, to));
  const converting = converterForTexts(other, to, options.variant, toConvert);
  const repairing = converterForTexts(other, to, options.variant === 'twp' ? 'tw' : options.variant, toRepair);
  const guesses: LineGuess[] = [];
  const converted = lines.map((line, i) => {
    const from = scripts[i]!;
    const result = convertText(line, from, to, options, from === to ? repairing : converting);
    for (const guess of result.guesses) guesses.push({ ...guess, line: i + 1 });
    return result.text;
  });
  return { lines: converted, guesses };
}
