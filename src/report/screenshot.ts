/**
 * `npm run report:screenshot [-- --out DIR] [raw files…]`: builds the seeds
 * book (`wenji build`, as shipped) and photographs its report.html in
 * headless chromium: the top (summary, filters, jump list), a changed line's
 * character diff, and the filters at work. Raw files given on the command
 * line get a report of their own (cleaned in process) photographed too,
 * unfiltered and with only the lines that carry an error. PNGs and the HTML
 * they show go to `dist/report-screenshots/` (out/ holds only what a build writes).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { processSources } from '../pipeline/front.js';
import { auditHtml } from './audit-html.js';
import { chromiumAvailable, chromiumPath, runChromium } from './chromium.js';
import { cleanJson } from './clean-json.js';
import { type FilterState, withFilters } from './filter-state.js';

interface Shot {
  name: string;
  html: string;
  /** Start the view at this row (headless chromium paints nothing when it scrolls to a `#fragment`). */
  from?: string;
  /** Leave out the summary tables and the jump list, to see the rows. */
  rowsOnly?: boolean;
  filters?: FilterState;
  height?: number;
}

const summaryHidden = 'main>h2,table.files,table.rules,details.jump{display:none}';

/** The copy of the report a shot shows: filters preset, the view started where asked. */
function shotHtml(shot: Shot): string {
  const html = shot.filters ? withFilters(shot.html, shot.filters) : shot.html;
  const from = shot.from;
  const rules = [
    ...(shot.rowsOnly || from ? [summaryHidden] : []),
    ...(from ? [`section.file:not(:has(#${from})){display:none}`, `tr.line:has(~ #${from}){display:none}`] : []),
  ];
  return rules.length > 0 ? html.replace('</head>', `<style>${rules.join('\n')}</style></head>`) : html;
}

const projectRoot = join(import.meta.dirname, '..', '..');

function seedsReport(): string {
  const dir = mkdtempSync(join(tmpdir(), 'wenji-report-'));
  try {
    execFileSync(process.execPath, [join(projectRoot, 'dist', 'cli', 'bin.js'), 'build', '--out', dir], {
      cwd: projectRoot,
      env: { ...process.env, CI: 'true' },
      stdio: 'pipe',
    });
    return readFileSync(join(dir, 'report.html'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The first changed row that more than one rule edited (else the first changed row). */
function busyChangedRow(html: string): string | undefined {
  const rows = [...html.matchAll(/<tr id="([^"]+)" class="line changed([^"]*)"/g)];
  const busy = rows.find((row) => (row[2]!.match(/ r-/g) ?? []).length > 1) ?? rows[0];
  return busy?.[1];
}

/** The rule with the most messages, read from the rules table. */
function busiestRule(html: string): string | undefined {
  const rows = [...html.matchAll(/<tr><td><code>([a-z-]+)<\/code><\/td><td[^>]*>\d+<\/td><td[^>]*>(\d+)<\/td><td[^>]*>\d+<\/td><td class="what">/g)];
  return rows.sort((a, b) => Number(b[2]) - Number(a[2]))[0]?.[1];
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string', default: join(projectRoot, 'dist', 'report-screenshots') } },
  });
  if (!chromiumAvailable) {
    process.stderr.write(`report:screenshot: no chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM)\n`);
    process.exit(2);
  }
  const out = resolve(values.out!);
  mkdirSync(out, { recursive: true });

  const seeds = seedsReport();
  const rule = busiestRule(seeds);
  const shots: Shot[] = [
    { name: 'seeds-top', html: seeds, height: 1500 },
    { name: 'seeds-changed', html: seeds, from: busyChangedRow(seeds) },
    { name: 'seeds-removed-only', html: seeds, rowsOnly: true, filters: { fates: ['removed', 'metadata'] } },
    ...(rule ? [{ name: `seeds-rule-${rule}`, html: seeds, rowsOnly: true, filters: { rule } }] : []),
  ];
  if (positionals.length > 0) {
    const pages = auditHtml(cleanJson(processSources(positionals.map((path) => ({ path })))).files, `${positionals.length} pages`);
    shots.push(
      { name: 'pages-top', html: pages, height: 2000 },
      { name: 'pages-errors', html: pages, rowsOnly: true, filters: { doubt: 'error' }, height: 2000 },
    );
  }
  for (const shot of shots) {
    const htmlPath = join(out, `${shot.name}.html`);
    writeFileSync(htmlPath, shotHtml(shot));
    const png = join(out, `${shot.name}.png`);
    await runChromium(htmlPath, '', { mode: { screenshot: png, width: 1280, height: shot.height ?? 1000 } });
    process.stdout.write(`${basename(png)}\n`);
  }
}

await main();
