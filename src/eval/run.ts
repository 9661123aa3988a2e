/**
 * `npm run eval [-- [--verbose] [corpus folder]]`: the cleaning figures per
 * page and in total (default corpus `../shared/corpus`), then the conversion
 * figures on the gold beside it. `--verbose` lists the misses of each page and
 * every conversion error of the gold's tuning half.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluateConversion } from './convert-eval.js';
import { conversionReport } from './convert-report.js';
import { evaluateCorpus } from './eval-corpus.js';
import { type PageScore, ratio, type Tally, type Totals } from './score-page.js';

const verbose = process.argv.includes('--verbose');
const folder = resolve(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? '../shared/corpus');
if (!existsSync(folder)) {
  process.stderr.write(`wenji eval: ${folder}: no such corpus folder\n`);
  process.exit(2);
}

const cell = (value: Tally) => (value.of === 0 ? '—' : `${value.hit}/${value.of}`);
const figure = (value: Tally) => `${ratio(value).toFixed(3)} (${value.hit}/${value.of})`;

function pageRow(page: PageScore): string {
  const fields = [page.boilerplate, page.removed, page.content, page.drops, page.splits, page.title, page.author, page.date].map(cell);
  return [page.name, ...fields].map((text) => text.padEnd(8)).join(' ');
}

function totalsBlock(name: string, totals: Totals): string {
  return [
    `${name}:`,
    `  boilerplate recall     ${figure(totals.boilerplate)}`,
    `  boilerplate precision  ${figure(totals.removed)}`,
    `  content lines kept     ${figure(totals.content)}`,
    `  inline drops done      ${figure(totals.drops)}`,
    `  glued splits done      ${figure(totals.splits)}`,
    `  titles exact           ${figure(totals.title)}`,
    `  authors exact          ${figure(totals.author)}`,
    `  dates exact            ${figure(totals.date)}`,
  ].join('\n');
}

const result = evaluateCorpus(folder);
const out: string[] = [`cleaning evaluation on ${folder}`, ''];
out.push(['page', 'bp-rec', 'bp-prec', 'content', 'drops', 'splits', 'title', 'author', 'date'].map((text) => text.padEnd(8)).join(' '));
for (const page of result.pages) {
  out.push(pageRow(page));
  const m = page.misses;
  const notes = [
    m.lostContent.length ? `lost content L${m.lostContent.join(',')}` : '',
    m.keptBoilerplate.length ? `kept boilerplate L${m.keptBoilerplate.join(',')}` : '',
    m.wrongRemovals.length ? `removed content L${m.wrongRemovals.join(',')}` : '',
    ...m.drops,
    m.title ? `title ${m.title}` : '',
    m.author ? `author ${m.author}` : '',
    m.date ? `date ${m.date}` : '',
  ].filter(Boolean);
  if (verbose) for (const note of notes) out.push(`         ${note}`);
}
out.push(
  '',
  totalsBlock('all pages', result.total),
  '',
  totalsBlock('development half (odd pages)', result.development),
  '',
  totalsBlock('check half (even pages)', result.check),
  '',
);
process.stdout.write(out.join('\n'));

const gold = resolve(folder, '..', 'convert-gold');
if (existsSync(gold)) process.stdout.write(`\n${conversionReport(evaluateConversion(gold, folder), gold, verbose)}`);
else process.stderr.write(`wenji eval: ${gold}: no conversion gold, conversion figures skipped\n`);
