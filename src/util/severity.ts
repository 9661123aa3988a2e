/**
 * Message severity, decided in one place: vfile marks an error `fatal: true`,
 * a warning `fatal: false` and a routine note (info) by leaving it unset.
 */
export type Severity = 'error' | 'warning' | 'info';

export function severityOf(fatal: boolean | null | undefined): Severity {
  return fatal === true ? 'error' : fatal === false ? 'warning' : 'info';
}

export interface MessageCounts {
  errors: number;
  warnings: number;
}

/** Errors and warnings among the files' messages (infos are not counted). */
export function countMessages(files: ReadonlyArray<{ messages: ReadonlyArray<{ fatal?: boolean | null | undefined }> }>): MessageCounts {
  const counts: MessageCounts = { errors: 0, warnings: 0 };
  for (const file of files) {
    for (const message of file.messages) {
      const severity = severityOf(message.fatal);
      if (severity === 'error') counts.errors++;
      else if (severity === 'warning') counts.warnings++;
    }
  }
  return counts;
}

/** Why a run fails on these counts (errors always, warnings with `--strict`), or null when it passes. */
export function failureOf(counts: MessageCounts, strict: boolean): string | null {
  if (counts.errors > 0) return `${counts.errors} error(s) in the sources`;
  if (strict && counts.warnings > 0) return `${counts.warnings} warning(s) with --strict`;
  return null;
}
