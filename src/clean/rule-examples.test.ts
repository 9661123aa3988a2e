/**
 * Every cleaning unit's own examples, run through the whole front half as a
 * user's pages would be: an ok example draws no message from the unit, a
 * not-ok example draws one and cleans to the text it gives. Every message
 * carries an id the registry knows.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { processSources } from '../pipeline/front.js';
import { cleanedLines } from './line-tree.js';
import type { CleanRule, RuleExample } from './rule.js';
import { allRules, cleanRules } from './rules.js';

const folder = mkdtempSync(join(tmpdir(), 'wenji-rule-examples-'));
let counter = 0;
const known = new Set(allRules().map(([id]) => id));

function runExample(example: RuleExample) {
  const documents = typeof example.input === 'string' ? [example.input] : example.input;
  const requests = documents.map((text) => {
    const path = join(folder, `example-${++counter}.txt`);
    writeFileSync(path, text);
    if (example.fixes) writeFileSync(path.replace(/\.txt$/, '.fixes.yaml'), stringify({ fixes: example.fixes }));
    return { path };
  });
  const sources = processSources(requests);
  return {
    texts: sources.map((source) => cleanedLines(source.tree).join('\n')),
    rules: sources.flatMap((source) => source.file.messages.map((message) => message.ruleId ?? '')),
  };
}

describe('cleaning rule examples', () => {
  for (const unit of cleanRules() as ReadonlyArray<CleanRule<never>>) {
    const ids = new Set(Object.keys(unit.reports));
    describe(unit.name, () => {
      it('has ok and not-ok examples', () => {
        expect(unit.examples.ok.length).toBeGreaterThan(0);
        expect(unit.examples.notOk.length).toBeGreaterThan(0);
      });
      unit.examples.ok.forEach((example, index) => {
        it(`ok ${index + 1}: reports nothing`, () => {
          const { rules } = runExample(example);
          expect(rules.filter((rule) => ids.has(rule))).toEqual([]);
          for (const rule of rules) expect(known.has(rule as never), `unknown rule id ${rule}`).toBe(true);
        });
      });
      unit.examples.notOk.forEach((example, index) => {
        it(`not-ok ${index + 1}: reports under its own id and cleans to the expected text`, () => {
          const { texts, rules } = runExample(example);
          expect(rules.some((rule) => ids.has(rule))).toBe(true);
          const expected = typeof example.output === 'string' ? [example.output] : [...(example.output ?? [])];
          expect(texts).toEqual(expected);
          for (const rule of rules) expect(known.has(rule as never), `unknown rule id ${rule}`).toBe(true);
        });
      });
    });
  }
});
