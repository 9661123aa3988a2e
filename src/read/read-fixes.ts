/**
 * Reads the corrections kept beside a raw file: `<name>.fixes.yaml` holds a
 * list of `{ text, replace, reason }`. A missing file means no corrections.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { ioError } from '../util/io-error.js';
import { firstIssue, readableIssue } from '../util/schema-issues.js';
import { UserError } from '../util/user-error.js';
import { readYamlData } from '../util/yaml-data.js';

/** One correction: exact text on one line of the raw file → its replacement, and why. */
export interface Fix {
  text: string;
  replace: string;
  reason: string;
}

const fixesSchema = z
  .object({
    fixes: z.array(z.object({ text: z.string().min(1), replace: z.string(), reason: z.string().min(1) }).strict()),
  })
  .strict();

export function fixesPathFor(sourcePath: string): string {
  return `${sourcePath.replace(/\.[^./\\]+$/, '')}.fixes.yaml`;
}

export function readFixes(sourcePath: string): { fixes: Fix[]; fixesFile: string } {
  const fixesFile = fixesPathFor(sourcePath);
  if (!existsSync(fixesFile)) return { fixes: [], fixesFile };
  let text: string;
  try {
    text = readFileSync(fixesFile, 'utf8');
  } catch (error) {
    throw ioError(error, 'cannot read the corrections', fixesFile);
  }
  const yaml = readYamlData(text, fixesFile, 'corrections');
  if (yaml.data === null || yaml.data === undefined)
    throw new UserError(`${fixesFile}: no corrections`, 'the file is empty; list them under `fixes:`, or remove the file', 2);
  const result = fixesSchema.safeParse(yaml.data);
  if (!result.success) {
    const issue = readableIssue(firstIssue(result.error.issues), yaml.data, (path) => (path.length === 0 ? ['fixes'] : ['text', 'replace', 'reason']));
    const line = yaml.lineOf(issue.path);
    throw new UserError(`${fixesFile}${line ? `:${line}` : ''}: invalid key \`${issue.path.map(String).join('.')}\``, issue.reason, 2);
  }
  return { fixes: result.data.fixes, fixesFile };
}
