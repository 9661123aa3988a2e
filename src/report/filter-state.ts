/**
 * A copy of an audit report with its filter controls preset, as a reviewer
 * would set them: lets a headless browser show (and a test check) what each
 * filter hides, without a script in the report.
 */

import { fates } from './audit-model.js';
import { fateControl, ruleSelect, severityControls } from './audit-style.js';
import { classToken } from './html-text.js';

export interface FilterState {
  /** Fates left ticked (all when absent). */
  fates?: ReadonlyArray<(typeof fates)[number]>;
  doubt?: 'warning' | 'error';
  /** A rule id present in the report. */
  rule?: string;
}

function replaceOnce(html: string, from: string, to: string): string {
  const at = html.indexOf(from);
  if (at < 0) throw new Error(`report has no ${from}`);
  return html.slice(0, at) + to + html.slice(at + from.length);
}

export function withFilters(html: string, state: FilterState): string {
  let out = html;
  for (const fate of fates) {
    if (state.fates && !state.fates.includes(fate)) out = replaceOnce(out, `id="${fateControl(fate)}" checked`, `id="${fateControl(fate)}"`);
  }
  if (state.doubt) {
    out = replaceOnce(out, `id="${severityControls.all}" checked`, `id="${severityControls.all}"`);
    out = replaceOnce(out, `id="${severityControls[state.doubt]}"`, `id="${severityControls[state.doubt]}" checked`);
  }
  if (state.rule !== undefined) {
    out = replaceOnce(out, `<select id="${ruleSelect}"><option value="" selected>`, `<select id="${ruleSelect}"><option value="">`);
    out = replaceOnce(out, `<option value="r-${classToken(state.rule)}">`, `<option value="r-${classToken(state.rule)}" selected>`);
  }
  return out;
}
