/**
 * Messages in a linter's format, one per line:
 * `file:line:column  severity  reason  rule`. Routine edits (info) only with `verbose`.
 */
import type { VFile } from 'vfile';
import { countMessages, severityOf } from '../util/severity.js';

export function formatMessages(files: readonly VFile[], options: { verbose?: boolean } = {}): string {
  const lines: string[] = [];
  for (const file of files) {
    for (const message of file.messages) {
      const severity = severityOf(message.fatal);
      if (severity === 'info' && !options.verbose) continue;
      const place = `${file.path}:${message.line ?? 1}:${message.column ?? 1}`;
      lines.push(`${place}  ${severity}  ${message.reason}  ${message.ruleId ?? ''}`);
    }
  }
  const { errors, warnings } = countMessages(files);
  if (errors + warnings > 0) lines.push(`${errors} error(s), ${warnings} warning(s)`);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
