/**
 * The audit report's stylesheet. The filters are CSS alone: each control is a
 * form field, and `body:has(<field state>)` hides the rows it excludes, so
 * they work with scripts off (any browser with `:has()`); without it the
 * whole report still reads top to bottom. A CSS counter shows how many lines
 * the filters leave.
 */
import { fates } from './audit-model.js';

const base = `
body{margin:0;font:15px/1.75 "Noto Serif SC","Noto Serif TC","Noto Serif CJK SC",serif;color:#1b1b1b;background:#fff;counter-reset:shown}
header,main{max-width:84em;margin:0 auto;padding:0 1.5em}
h1,h2,h3,form.filters,table.counts,details.jump,p.meta,ol.articles,td.n,td.r,ul.doubts,#shown{font-family:"DejaVu Sans","Noto Sans SC",system-ui,sans-serif}
h1{font-size:1.5em;margin:.8em 0 .2em}h2{font-size:1.15em;margin:1.6em 0 .4em}
section.file>h2{border-bottom:2px solid #888;padding-bottom:.1em;margin-top:2.5em}
p.meta,ol.articles{font-size:13px;color:#444;margin:.3em 0}
ol.articles{padding-left:2em}
form.filters{position:sticky;top:0;z-index:2;display:flex;flex-wrap:wrap;gap:.3em 1.6em;align-items:center;padding:.45em 1.5em;background:#eef1f4;border-bottom:1px solid #b8c0c8;font-size:13px}
form.filters fieldset{border:0;margin:0;padding:0;display:flex;gap:.2em .9em;flex-wrap:wrap;align-items:center}
form.filters legend{float:left;font-weight:bold;margin-right:.4em}
form.filters label{white-space:nowrap}
form.filters .c{color:#667}
table.counts{border-collapse:collapse;font-size:13px;margin:.3em 0 1em}
table.counts th,table.counts td{padding:2px 10px;border-bottom:1px solid #e2e2e2;text-align:right}
table.counts th:first-child,table.counts td:first-child,table.counts .what{text-align:left}
table.counts thead th{border-bottom:1px solid #888;background:#f6f6f6}
table.counts tfoot td{border-top:1px solid #888;font-weight:bold}
table.counts td.what{color:#555;max-width:32em}
td.zero{color:#bbb}
table.file-rules{display:block;max-width:84em}
table.file-rules thead,table.file-rules tbody{display:grid;grid-template-columns:repeat(auto-fill,minmax(21em,1fr));column-gap:1.5em}
table.file-rules tr{display:grid;grid-template-columns:1fr 4em 6em}
details.jump{font-size:13px;margin:1em 0;border:1px solid #ddd;padding:.3em .8em;background:#fafafa}
details.jump summary{font-weight:bold;cursor:pointer}
details.jump ol{margin:.3em 0;padding-left:2.5em}
table.lines{border-collapse:collapse;width:100%;table-layout:fixed}
table.lines td{vertical-align:top;padding:3px 8px;border-top:1px solid #eee}
tr.line{scroll-margin-top:8em;counter-increment:shown}
tr.line:target{outline:3px solid #1a64c8;outline-offset:-3px}
td.n{width:3.2em;text-align:right;font-size:12px;color:#888;border-left:5px solid transparent}
td.n a{color:inherit;text-decoration:none}
td.t{white-space:pre-wrap;overflow-wrap:anywhere}
td.r{width:17em;font-size:12px;line-height:1.6;color:#444;padding-top:5px}
td.r .fate{display:inline-block;min-width:4.5em;font-weight:bold}
td.r .rule,table.counts code{white-space:nowrap}
tr.removed{background:#f7f0f0}tr.removed td.t{color:#6d6d6d;text-decoration:line-through 1px #c45}
tr.removed .fate{color:#a33}
tr.metadata{background:#eef4fb}tr.metadata td.t{color:#1d4a7a}tr.metadata .fate{color:#1d4a7a}
tr.changed .fate{color:#7a5a00}
del{background:#ffcfcf;color:#a00000;text-decoration:none;border-radius:2px;padding:0 1px}
ins{background:#bdf0c4;color:#00571a;text-decoration:underline 2px #1c9a3a;text-underline-offset:3px;border-radius:2px;padding:0 1px}
.ws{outline:1px dashed currentColor;outline-offset:-2px}
.cc{display:inline-block;font:10px/1.3 monospace;border:1px solid #c60;color:#a40;border-radius:2px;padding:0 2px;margin:0 1px;text-decoration:none;vertical-align:middle}
tr.s-warning td.n{border-left-color:#e8a200}tr.s-error td.n{border-left-color:#d00}
ul.doubts{list-style:none;margin:.15em 0;padding:0;font-size:12.5px;line-height:1.5;white-space:normal}
.error{color:#b00000}.warning{color:#8a5a00}
ul.doubts li::before,details.jump li b{font-weight:bold}
code{font:12px monospace;color:#444}
#shown{position:fixed;right:0;bottom:0;z-index:2;background:#333;color:#fff;font-size:12px;padding:.2em .7em}
#shown::after{content:counter(shown) " lines shown"}
@media print{form.filters,#shown{display:none}tr.line{break-inside:avoid}}`;

/** One control id per fate, severity choice and rule option. */
export const fateControl = (fate: string) => `fate-${fate}`;
export const severityControls = { all: 'doubt-any', warning: 'doubt-warning', error: 'doubt-error' } as const;
export const ruleSelect = 'rule-filter';

/** The rules that show and hide rows, for the rule tokens present in the report. */
function filterRules(ruleTokens: readonly string[]): string {
  const lines = fates.map((fate) => `body:has(#${fateControl(fate)}:not(:checked)) tr.${fate}{display:none}`);
  lines.push(
    `body:has(#${severityControls.warning}:checked) :is(tr.line,li.note):not(.s-warning,.s-error){display:none}`,
    `body:has(#${severityControls.error}:checked) :is(tr.line,li.note):not(.s-error){display:none}`,
    `body:has(#${severityControls.warning}:checked) section.file:not(:has(.s-warning,.s-error)){display:none}`,
    `body:has(#${severityControls.error}:checked) section.file:not(:has(.s-error)){display:none}`,
  );
  for (const token of ruleTokens) {
    const chosen = `body:has(#${ruleSelect} option[value="${token}"]:checked)`;
    lines.push(`${chosen} :is(tr.line,li.note):not(.${token}){display:none}`, `${chosen} section.file:not(:has(.${token})){display:none}`);
  }
  return lines.join('\n');
}

export function auditStyle(ruleTokens: readonly string[]): string {
  return `${base}\n${filterRules(ruleTokens)}\n`;
}
