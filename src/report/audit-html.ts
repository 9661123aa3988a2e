/**
 * `out/report.html`: every raw line of every source in place — removed lines
 * struck through, lifted lines marked, changed lines shown before and after —
 * with the rule that decided each, so a person audits the cleaning by looking.
 */
import type { CleanJsonFile } from './clean-json.js';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

const style = `
body{font:14px/1.6 "Noto Serif SC","Noto Serif TC",serif;margin:2em auto;max-width:70em;color:#222}
h2{font-family:sans-serif;font-size:1.1em;margin-top:2.5em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%}td{vertical-align:top;padding:1px 6px}
td.n{color:#999;text-align:right;font:12px monospace;width:4em}td.r{font:12px monospace;color:#666;width:12em}
tr.removed td.t{text-decoration:line-through;color:#b00}tr.metadata td.t{color:#06c}
tr.changed td.t del{color:#b00}tr.changed td.t ins{background:#efe;text-decoration:none}
.summary{font-family:sans-serif;color:#555}.msg{font:12px monospace;color:#a60}`;

function lineRow(line: CleanJsonFile['lines'][number], messages: string[]): string {
  const text =
    line.fate === 'changed'
      ? `<del>${escapeHtml(line.text)}</del><br><ins>${escapeHtml(line.cleaned ?? '')}</ins>`
      : escapeHtml(line.text) || '&nbsp;';
  const notes = messages.map((m) => `<div class="msg">${escapeHtml(m)}</div>`).join('');
  return `<tr class="${line.fate}"><td class="n">${line.line}</td><td class="t">${text}${notes}</td><td class="r">${line.rule ?? ''}</td></tr>`;
}

export function auditHtml(files: readonly CleanJsonFile[], title: string): string {
  const sections = files.map((file) => {
    const byLine = new Map<number, string[]>();
    for (const message of file.messages) {
      if (message.severity === 'info' || message.line === null) continue;
      byLine.set(message.line, [...(byLine.get(message.line) ?? []), `${message.severity}: ${message.reason} [${message.rule}]`]);
    }
    const counts = { content: 0, changed: 0, metadata: 0, removed: 0 };
    for (const line of file.lines) counts[line.fate]++;
    const rows = file.lines.map((line) => lineRow(line, byLine.get(line.line) ?? [])).join('\n');
    return `<h2>${escapeHtml(file.path)}</h2>
<p class="summary">${file.articles.length} article(s) · encoding ${file.encoding} · ${counts.content} kept, ${counts.changed} changed, ${counts.metadata} lifted into metadata, ${counts.removed} removed</p>
<table>${rows}</table>`;
  });
  return `<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>${escapeHtml(title)} — cleaning report</title><style>${style}</style></head>
<body><h1>${escapeHtml(title)} — cleaning report</h1>
${sections.join('\n')}
</body></html>
`;
}
