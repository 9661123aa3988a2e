/**
 * A cleaning rule as one unit, in the manner of remark-lint: the ids it
 * reports under (with severity and summary), when it runs, its examples, and
 * its code. The README's rule table and the cleaner's order are made from
 * these units; the examples run as tests (`rule-examples.test.ts`).
 */
import type { CleanPlugin } from './plugin.js';

export type RuleStage = 'read' | 'fix' | 'clean' | 'structure' | 'convert' | 'render';
export type Severity = 'info' | 'warning' | 'error';

export interface RuleInfo {
  stage: RuleStage;
  severity: Severity;
  summary: string;
}

/**
 * When a rule runs. `repair` rules mend the text of every line, `classify`
 * rules decide which lines are the site's (run in rounds to a fixed point),
 * `title` rules edit the title they found, `book` rules need every document.
 */
export type RulePhase = 'repair' | 'classify' | 'title' | 'book';

export interface RuleExample {
  /** Raw lines of one page (or of several documents, for a `book` rule). */
  input: string | readonly string[];
  /** The cleaned text of each document, as the book prints it (not-ok examples only). */
  output?: string | readonly string[];
  /** Corrections in the source's `.fixes.yaml`, for the rule that applies them. */
  fixes?: ReadonlyArray<{ text: string; replace: string; reason: string }>;
}

export interface CleanRule<Options = void, Reports extends Readonly<Record<string, RuleInfo>> = Readonly<Record<string, RuleInfo>>> {
  /** The unit's name: the id it mainly reports under. */
  name: string;
  /** Every rule id this unit reports under. */
  reports: Reports;
  phase: RulePhase;
  /** Units of the same phase that must have run first. */
  after: readonly string[];
  /** Inputs the rule leaves alone, and inputs it changes with the text they become. */
  examples: { ok: readonly RuleExample[]; notOk: readonly RuleExample[] };
  plugin: CleanPlugin<Options>;
}

export function defineRule<Options = void, const Reports extends Readonly<Record<string, RuleInfo>> = Readonly<Record<string, RuleInfo>>>(
  rule: CleanRule<Options, Reports>,
): CleanRule<Options, Reports> {
  return Object.freeze(rule);
}
