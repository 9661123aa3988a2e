/** The README's rule table is generated from the registry, so docs and code cannot drift. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ruleTableMarkdown } from '../clean/rules.js';

it('README rule table matches the rule registry', () => {
  const path = join(import.meta.dirname, '..', '..', 'README.md');
  const readme = readFileSync(path, 'utf8');
  // Without its markers the table would not be compared at all.
  expect(readme).toMatch(/<!-- rules:start -->\n[\s\S]*?<!-- rules:end -->/);
  const expected = readme.replace(/(<!-- rules:start -->\n)[\s\S]*?(<!-- rules:end -->)/, `$1${ruleTableMarkdown()}\n$2`);
  if (process.env.UPDATE === '1') writeFileSync(path, expected);
  else expect(readme).toBe(expected);
});
