/**
 * `out/report.html`: the cleaning audit. Summary tables (per file: lines by
 * fate, doubts; per rule: lines and messages, in total and per file), a jump
 * list to every warning and error, filters (fate, severity, rule), then every
 * raw line of every source in place, with its fate and the rules that touched
 * it; a changed line shows its edits character by character. One
 * self-contained file, no script, no external resource; the same input gives
 * the same bytes.
 */

import { auditView, type Counts, type Doubtful, type FileView, fates, type LineView, registrySummary } from './audit-model.js';
import { auditStyle, fateControl, ruleSelect, severityControls } from './audit-style.js';
import { charDiffHtml } from './char-diff.js';
import type { CleanJsonFile, CleanJsonMessage } from './clean-json.js';
import { classToken, escapeAttribute, escapeText } from './html-text.js';

const ruleClass = (rule: string) => `r-${classToken(rule)}`;
const doubtClass = (doubt: 'warning' | 'error' | null) => (doubt ? ` s-${doubt}` : '');
const cell = (count: number) => (count === 0 ? '<td class="zero">0</td>' : `<td>${count}</td>`);

function lineText(line: LineView): string {
  const { text, cleaned, fate } = line.source;
  if (fate === 'changed' && cleaned !== undefined) return charDiffHtml(text, cleaned);
  return escapeText(text);
}

type Doubt = Pick<CleanJsonMessage, 'severity' | 'reason' | 'rule'>;

/** `<li>` of one warning or error; `attributes` for a file note (id and filter classes). */
function doubtItem(m: Doubt, attributes = `class="${m.severity}"`): string {
  return `<li ${attributes}><b>${m.severity}</b>: ${escapeText(m.reason)}${m.rule === null ? '' : ` <code>${escapeText(m.rule)}</code>`}</li>`;
}

function ruleCell(line: LineView): string {
  const fate = line.source.fate === 'content' ? '' : `<span class="fate">${line.source.fate}</span> `;
  const uses = line.rules.map((use) => `<span class="rule">${escapeText(use.rule)}${use.messages > 1 ? ` ×${use.messages}` : ''}</span>`).join('<br>');
  // Why a line was removed or lifted: the reason, on hover (a changed line shows its edits itself).
  const why = line.source.fate === 'removed' || line.source.fate === 'metadata' ? line.infos.map((m) => m.reason).join('\n') : '';
  return `<td class="r"${why ? ` title="${escapeAttribute(why)}"` : ''}>${fate}${uses}</td>`;
}

function lineRow(line: LineView): string {
  const classes = ['line', line.source.fate, ...line.rules.map((use) => ruleClass(use.rule))].join(' ') + doubtClass(line.doubt);
  const doubts = line.doubts.length > 0 ? `<ul class="doubts">${line.doubts.map((m) => doubtItem(m)).join('')}</ul>` : '';
  return `<tr id="${line.anchor}" class="${classes}"><td class="n"><a href="#${line.anchor}">${line.source.line}</a></td><td class="t">${lineText(line)}${doubts}</td>${ruleCell(line)}</tr>`;
}

function fileRulesTable(counts: Counts): string {
  const rows = [...counts.rules].map(([rule, count]) => `<tr><td><code>${escapeText(rule)}</code></td>${cell(count.lines)}${cell(count.messages)}</tr>`);
  return `<table class="counts file-rules"><thead><tr><th>rule</th><th>lines</th><th>messages</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function articleList(file: FileView): string {
  const items = file.source.articles.map((article) => {
    const title = escapeText(article.title);
    const linked = article.line === null ? title : `<a href="#${file.anchor}-L${article.line}">${title}</a>`;
    const byline = [article.role, article.author, article.date, article.source].filter((part) => part !== null).map((part) => escapeText(part));
    return `<li>${linked}${byline.length > 0 ? ` — ${byline.join(' · ')}` : ''}</li>`;
  });
  return items.length > 0 ? `<ol class="articles">${items.join('')}</ol>` : '';
}

function fileSection(file: FileView): string {
  const { counts, source } = file;
  const fateSummary = fates.map((fate) => `${counts.fates[fate]} ${fate}`).join(', ');
  const notes = file.fileDoubts.map((d) =>
    doubtItem(d.message, `id="${d.anchor}" class="note ${d.severity} s-${d.severity}${d.message.rule === null ? '' : ` ${ruleClass(d.message.rule)}`}"`),
  );
  return `<section class="file" id="${file.anchor}">
<h2>${escapeText(source.path)}</h2>
<p class="meta">encoding ${escapeText(source.encoding)} · ${counts.articles} article(s) · ${counts.lines} lines: ${fateSummary} · ${counts.errors} error(s), ${counts.warnings} warning(s)</p>
${articleList(file)}${fileRulesTable(counts)}${notes.length > 0 ? `<ul class="doubts">${notes.join('')}</ul>` : ''}
<table class="lines">
${file.lines.map(lineRow).join('\n')}
</table>
</section>`;
}

function filesTable(files: readonly FileView[], total: Counts): string {
  const row = (label: string, counts: Counts) =>
    `<td>${label}</td>${cell(counts.articles)}${cell(counts.lines)}${fates.map((fate) => cell(counts.fates[fate])).join('')}${cell(counts.messages)}${cell(counts.warnings)}${cell(counts.errors)}`;
  const body = files.map((file) => `<tr>${row(`<a href="#${file.anchor}">${escapeText(file.source.path)}</a>`, file.counts)}</tr>`);
  return `<table class="counts files"><thead><tr><th>file</th><th>articles</th><th>lines</th>${fates.map((fate) => `<th>${fate}</th>`).join('')}<th>messages</th><th>warnings</th><th>errors</th></tr></thead>
<tbody>${body.join('\n')}</tbody>
<tfoot><tr>${row(`total (${files.length} files)`, total)}</tr></tfoot></table>`;
}

function rulesTable(total: Counts): string {
  const rows = [...total.rules].map(([rule, count]) => {
    const what = registrySummary(rule);
    return `<tr><td><code>${escapeText(rule)}</code></td>${cell(count.lines)}${cell(count.messages)}${cell(count.files)}<td class="what">${what === null ? '' : escapeText(what)}</td></tr>`;
  });
  return `<table class="counts rules"><thead><tr><th>rule</th><th>lines</th><th>messages</th><th>files</th><th class="what">what it does</th></tr></thead>
<tbody>${rows.join('\n')}</tbody>
<tfoot><tr><td>total</td>${cell(total.touched)}${cell(total.messages)}<td></td><td></td></tr></tfoot></table>`;
}

function jumpList(doubtful: readonly Doubtful[], total: Counts): string {
  const items = doubtful.map(({ file, message, severity, anchor }) => {
    const place = `${escapeText(file.source.path)}${message.line === null ? '' : `:${message.line}${message.column === null ? '' : `:${message.column}`}`}`;
    return `<li class="${severity}"><a href="#${anchor}">${place}</a> <b>${severity}</b> ${escapeText(message.reason)}${message.rule === null ? '' : ` <code>${escapeText(message.rule)}</code>`}</li>`;
  });
  const summary = `Errors and warnings: ${total.errors} error(s), ${total.warnings} warning(s)`;
  return `<details class="jump" id="doubts" open><summary>${summary}</summary>${items.length > 0 ? `<ol>\n${items.join('\n')}\n</ol>` : '<p>None.</p>'}</details>`;
}

function filterForm(total: Counts, doubtLines: { warning: number; error: number }): string {
  const fateBoxes = fates.map(
    (fate) => `<label><input type="checkbox" id="${fateControl(fate)}" checked> ${fate} <span class="c">${total.fates[fate]}</span></label>`,
  );
  const severity = [
    `<label><input type="radio" name="doubt" id="${severityControls.all}" checked> all lines</label>`,
    `<label><input type="radio" name="doubt" id="${severityControls.warning}"> with a warning or error <span class="c">${doubtLines.warning + doubtLines.error}</span></label>`,
    `<label><input type="radio" name="doubt" id="${severityControls.error}"> with an error <span class="c">${doubtLines.error}</span></label>`,
  ];
  const options = [...total.rules].map(([rule, count]) => `<option value="${ruleClass(rule)}">${escapeText(rule)} (${count.lines})</option>`);
  return `<form class="filters" aria-label="Filters">
<fieldset><legend>Fate</legend>${fateBoxes.join('')}</fieldset>
<fieldset><legend>Severity</legend>${severity.join('')}</fieldset>
<label><b>Rule</b> <select id="${ruleSelect}"><option value="" selected>any rule</option>${options.join('')}</select></label>
</form>`;
}

export function auditHtml(files: readonly CleanJsonFile[], title: string): string {
  const view = auditView(files);
  const doubtLines = { warning: 0, error: 0 };
  for (const file of view.files) for (const line of file.lines) if (line.doubt) doubtLines[line.doubt]++;
  for (const file of view.files) for (const note of file.fileDoubts) doubtLines[note.severity]++;
  const heading = `${title} — cleaning report`;
  return `<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeAttribute(heading)}</title>
<style>${auditStyle([...view.total.rules.keys()].map(ruleClass))}</style></head>
<body>
<header><h1>${escapeText(heading)}</h1></header>
${filterForm(view.total, doubtLines)}
<main>
<h2>Files</h2>
${filesTable(view.files, view.total)}
<h2>Rules</h2>
${rulesTable(view.total)}
${jumpList(view.doubtful, view.total)}
${view.files.map(fileSection).join('\n')}
</main>
<div id="shown" aria-hidden="true"></div>
</body></html>
`;
}
