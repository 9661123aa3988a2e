/** The conversion figures as `npm run eval` prints them: wenji beside plain opencc-js, per half, with the most frequent errors. */

import type { ConversionEvaluation } from './convert-eval.js';
import { type DirectionScore, perTenThousand, type Tally, topPatterns } from './convert-gold.js';

const rate = (tally: Tally) => `${perTenThousand(tally).toFixed(1).padStart(5)} (${tally.errors}/${tally.han})`;

function direction(name: string, wenji: DirectionScore, opencc: DirectionScore, verbose: boolean): string[] {
  const rows = [`${name}: errors per 10,000 Han characters    wenji             opencc-js`];
  for (const half of ['all', 'tune', 'check'] as const) rows.push(`  ${half.padEnd(38)}${rate(wenji[half]).padEnd(18)}${rate(opencc[half])}`);
  rows.push(`  particle 着/著 errors                 ${String(wenji.all.particle).padEnd(18)}${opencc.all.particle}`);
  rows.push(`  allowed variants (not errors)         ${String(wenji.all.variants).padEnd(18)}${opencc.all.variants}`);
  // Only the tuning half's errors are shown: the check half must stay unseen to measure what tuning generalises to.
  const patterns = topPatterns(wenji.tune, 10).map((p) => `${p.pattern}×${p.times} (${p.context})`);
  if (patterns.length > 0) rows.push(`  wenji's most frequent errors (tune half): ${patterns.join(', ')}`);
  if (verbose) for (const error of wenji.tune.cases) rows.push(`    ${error.gold}→${error.output}  ${error.context}`);
  return rows;
}

/** With `verbose`, every error of the tuning half is listed with its context (never those of the check half). */
export function conversionReport(evaluation: ConversionEvaluation, gold: string, verbose = false): string {
  const out = [`conversion evaluation on ${gold} (variant tw; tune = odd files by name, check = the rest)`, ''];
  out.push(...direction('S→T (gold → character t2s → convert)', evaluation.s2t.wenji, evaluation.s2t.opencc, verbose), '');
  out.push(...direction('T→S (gold → character s2t → convert)', evaluation.t2s.wenji, evaluation.t2s.opencc, verbose), '');
  const zhe = evaluation.zhe;
  out.push('T→S of 著 on the native Traditional gold (着, but 著 in 著名, 顯著, 著作 …):    wenji             opencc-js');
  for (const half of ['all', 'tune', 'check'] as const)
    out.push(
      `  ${half.padEnd(38)}${`${zhe.wenji[half].errors} wrong of ${zhe.wenji[half].han}`.padEnd(18)}${zhe.opencc[half].errors} wrong of ${zhe.opencc[half].han}`,
    );
  if (verbose) for (const error of zhe.wenji.tune.cases) out.push(`    ${error.gold}→${error.output}  ${error.context}`);
  out.push('');
  const corpus = evaluation.corpus;
  if (corpus)
    out.push(
      `ambiguity warnings on the corpus pages (each to the other script): ${corpus.warnings} in ${corpus.characters} characters = ${((corpus.warnings * 10_000) / corpus.characters).toFixed(2)} per 10,000`,
      '',
    );
  return out.join('\n');
}
