/**
 * One folder per case in `__fixtures__/`: `input.txt` → `output.txt` (the
 * cleaned articles as text), `lines.txt` (every raw line's fate and rule) and
 * `messages.txt` (warnings and errors). `UPDATE=1 npx vitest run` regenerates
 * the expectations; review the diff like code.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processSources } from '../pipeline/front.js';
import { articlesText } from '../report/clean-text.js';

const root = join(import.meta.dirname, '__fixtures__');
const update = process.env.UPDATE === '1';

function expectFile(path: string, actual: string): void {
  if (update) writeFileSync(path, actual);
  // A missing expectation is a failure, not a pass: it is written only when asked for.
  if (!existsSync(path)) expect.fail(`${path} is missing: run with UPDATE=1 and review it`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('cleaning fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const [source] = processSources([{ path: join(root, name, 'input.txt') }]);
      const lines = `${source!.tree.children.map((node) => `${node.line}\t${node.fate}\t${node.rule ?? '-'}`).join('\n')}\n`;
      const messages = `${source!.file.messages
        .filter((message) => message.fatal !== undefined)
        .map((message) => `${message.line}:${message.column}\t${message.fatal ? 'error' : 'warning'}\t${message.ruleId}\t${message.reason}`)
        .join('\n')}\n`;
      expectFile(join(root, name, 'output.txt'), articlesText(source!.articles));
      expectFile(join(root, name, 'lines.txt'), lines);
      expectFile(join(root, name, 'messages.txt'), messages);
    });
  }
});
