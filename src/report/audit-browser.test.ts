/**
 * The report's filters in a real browser (headless Debian chromium): with a
 * filter preset, the rows left on screen are exactly the rows it selects.
 * Skipped with a message where chromium is absent; required under CI=true.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditFiles } from './__fixtures__/audit-files.js';
import { auditHtml } from './audit-html.js';
import { chromiumAvailable, chromiumPath, runChromium } from './chromium.js';
import { type FilterState, withFilters } from './filter-state.js';

const needed = chromiumAvailable || Boolean(process.env.CI);
const dir = mkdtempSync(join(tmpdir(), 'wenji-report-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Ids of the rows and file notes the browser lays out under `state`. */
async function shownIn(state: FilterState): Promise<string[]> {
  // A probe appended to a copy (the report itself has no script): it lists what is laid out.
  const probe = `<script>document.body.dataset.shown=[...document.querySelectorAll('tr.line,li.note')].filter((e)=>e.getClientRects().length>0).map((e)=>e.id).join(' ')</script>`;
  const html = withFilters(auditHtml(auditFiles, 'filters'), state).replace('</body>', `${probe}</body>`);
  const path = join(dir, `${JSON.stringify(state).replace(/\W+/g, '_')}.html`);
  writeFileSync(path, html);
  const dom = await runChromium(path, '', { mode: { dumpDom: true } });
  const shown = /<body data-shown="([^"]*)"/.exec(dom);
  if (!shown) throw new Error(`no probe result in the DOM:\n${dom.slice(0, 500)}`);
  return shown[1]!.split(' ').filter(Boolean);
}

describe.skipIf(!needed)('audit report filters in chromium', () => {
  it('shows everything when nothing is filtered', async () => {
    expect(await shownIn({})).toEqual(['f1-L1', 'f1-L2', 'f1-L3', 'f1-L4', 'f2-n1', 'f2-n2', 'f2-L1']);
  }, 60_000);

  it('hides the fates that are unticked', async () => {
    expect(await shownIn({ fates: ['changed', 'removed'] })).toEqual(['f1-L1', 'f1-L2', 'f2-n1', 'f2-n2', 'f2-L1']);
  }, 60_000);

  it('keeps only lines and notes with an error, or with a warning or error', async () => {
    expect(await shownIn({ doubt: 'error' })).toEqual(['f1-L3', 'f2-n1']);
    expect(await shownIn({ doubt: 'warning' })).toEqual(['f1-L3', 'f2-n1', 'f2-n2']);
  }, 60_000);

  it('keeps only the lines a rule touched, and drops files it never fired in', async () => {
    expect(await shownIn({ rule: 'fullwidth-punctuation' })).toEqual(['f1-L2', 'f2-L1']);
    expect(await shownIn({ rule: 'lift-meta' })).toEqual(['f1-L4']);
  }, 60_000);
});

describe('chromium availability', () => {
  it.runIf(!needed)('is reported when skipped', () => {
    console.warn(`audit report browser tests skipped: no chromium at ${chromiumPath} (apt-get install chromium; CI installs it and requires them)`);
  });
});
