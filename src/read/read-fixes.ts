/**
 * Reads the corrections kept beside a raw file: `<name>.fixes.yaml` holds a
 * list of `{ text, replace, reason }`. A missing file means no corrections.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import type { Fix } from '../clean/apply-fixes.js';
import { UserError } from '../util/user-error.js';

const fixesSchema = z.object({
  fixes: z.array(z.object({ text: z.string().min(1), replace: z.string(), reason: z.string().min(1) }).strict()),
}).strict();

export function fixesPathFor(sourcePath: string): string {
  return sourcePath.replace(/\.[^./\\]+$/, '') + '.fixes.yaml';
}

export function readFixes(sourcePath: string): { fixes: Fix[]; fixesFile: string } {
  const fixesFile = fixesPathFor(sourcePath);
  if (!existsSync(fixesFile)) return { fixes: [], fixesFile };
  const document = parseDocument(readFileSync(fixesFile, 'utf8'));
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    throw new UserError(`${fixesFile}:${error.linePos?.[0]?.line ?? 1}: cannot parse corrections`, error.message, 2);
  }
  const result = fixesSchema.safeParse(document.toJS());
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new UserError(`${fixesFile}: invalid key \`${issue.path.join('.')}\``, issue.message, 2);
  }
  return { fixes: result.data.fixes, fixesFile };
}
