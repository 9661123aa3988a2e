/**
 * The rule registry: every rule id wenji reports under, with its stage,
 * default severity and a one-line summary. Cleaning rules declare theirs in
 * their own files (`defineRule`); the few that other stages report are listed
 * here. The README's rule table and the cleaner's order come from this list.
 */
import { applyFixesRule } from './apply-fixes.js';
import { detectDamageRule } from './detect-damage.js';
import { duplicateTitleRule } from './duplicate-title.js';
import { fixTypographyRule, repairSignsRule } from './fix-typography.js';
import { normalizeSpaceRule } from './normalize-space.js';
import { repairCompatIdeographsRule } from './repair-compat-ideographs.js';
import { repairMojibakeRule } from './repair-mojibake.js';
import { stripRepeatedRule } from './repeated-lines.js';
import type { CleanRule, RuleInfo } from './rule.js';
import { splitGluedTitleRule } from './split-glued-title.js';
import { stripBlurbRule } from './strip-blurb.js';
import { stripChromeRule } from './strip-chrome.js';
import { stripCountSuffixRule } from './strip-count-suffix.js';
import { stripEmojiRule } from './strip-emoji.js';
import { stripFooterRule } from './strip-footer.js';
import { stripHeadRule } from './strip-head.js';
import { stripJammerRule } from './strip-jammer.js';
import { stripJammerPairsRule } from './strip-jammer-pairs.js';
import { stripNameDotsRule } from './strip-name-dots.js';
import { stripPinyinRule } from './strip-pinyin.js';
import { stripPrintedTwiceRule } from './strip-printed-twice.js';
import { stripRelatedRule } from './strip-related.js';
import { stripSeoRule } from './strip-seo.js';
import { stripShareHeaderRule } from './strip-share-header.js';
import { stripSpunRule } from './strip-spun.js';
import { stripTeaserRule } from './strip-teaser.js';
import { stripTemplateRule } from './strip-template.js';
import { stripTitleDecorationRule } from './strip-title-decoration.js';
import { stripTocRule } from './strip-toc.js';

export type { RuleInfo, RuleStage } from './rule.js';

/** Rules reported by the stages around the cleaner: reading, structure, conversion. */
const stageRules = {
  decode: { stage: 'read', severity: 'info', summary: 'decode the file (UTF-8, UTF-16, GB18030/GBK, Big5)' },
  'empty-source': { stage: 'read', severity: 'error', summary: 'a source with no text left to print' },
  'article-split': { stage: 'structure', severity: 'info', summary: 'a compilation split into articles' },
  'toc-mismatch': { stage: 'structure', severity: 'warning', summary: 'the document’s own table of contents disagrees with the titles found' },
  'no-title': { stage: 'structure', severity: 'warning', summary: 'an article without a recognisable title' },
  'ambiguous-conversion': { stage: 'convert', severity: 'warning', summary: 'a character with several targets in the other script that no phrase decides' },
  'missing-glyph': { stage: 'render', severity: 'error', summary: 'a character no configured face has (add a fallback face, or a correction)' },
} as const satisfies Record<string, RuleInfo>;

/**
 * Every cleaning unit, in the order they are listed in the README. The
 * cleaner runs them by phase, each after the units it names. A function, not
 * a constant: the units import the line tree, which reads this registry, so
 * the list is read only once every module has loaded.
 */
export function cleanRules() {
  return [
    applyFixesRule,
    repairMojibakeRule,
    repairCompatIdeographsRule,
    stripEmojiRule,
    stripTocRule,
    stripTemplateRule,
    repairSignsRule,
    stripPinyinRule,
    stripNameDotsRule,
    stripJammerRule,
    stripJammerPairsRule,
    stripSeoRule,
    stripSpunRule,
    normalizeSpaceRule,
    detectDamageRule,
    fixTypographyRule,
    stripCountSuffixRule,
    stripRelatedRule,
    stripChromeRule,
    stripShareHeaderRule,
    stripBlurbRule,
    stripFooterRule,
    duplicateTitleRule,
    stripHeadRule,
    stripTeaserRule,
    stripPrintedTwiceRule,
    splitGluedTitleRule,
    stripTitleDecorationRule,
    stripRepeatedRule,
  ] as const;
}

type UnitReports = ReturnType<typeof cleanRules>[number]['reports'];
type KeysOf<T> = T extends unknown ? keyof T : never;
export type RuleId = KeysOf<UnitReports> | keyof typeof stageRules;

let table: Map<string, RuleInfo> | undefined;

function registry(): Map<string, RuleInfo> {
  if (!table) {
    table = new Map<string, RuleInfo>();
    const units: ReadonlyArray<CleanRule<never>> = cleanRules() as ReadonlyArray<CleanRule<never>>;
    // In the order a source meets them: reading, then the cleaner, then structure and conversion.
    const stages = Object.entries(stageRules) as Array<[string, RuleInfo]>;
    for (const [id, info] of stages.filter(([, info]) => info.stage === 'read')) table.set(id, info);
    for (const unit of units) for (const [id, info] of Object.entries(unit.reports)) table.set(id, info);
    for (const [id, info] of stages.filter(([, info]) => info.stage !== 'read')) table.set(id, info);
  }
  return table;
}

export function describeRule(id: RuleId): RuleInfo {
  const info = registry().get(id);
  if (!info) throw new Error(`unknown rule id ${id}`);
  return info;
}

/** Every rule id with its description, cleaning units first, in README order. */
export function allRules(): Array<[RuleId, RuleInfo]> {
  return [...registry()] as Array<[RuleId, RuleInfo]>;
}

/** When a rule id's unit runs: its phase and the units it follows. */
function whenRuns(id: string): string {
  const unit = (cleanRules() as ReadonlyArray<CleanRule<never>>).find((candidate) => id in candidate.reports);
  if (!unit) return '—';
  return unit.after.length > 0 ? `${unit.phase}, after ${unit.after.map((name) => `\`${name}\``).join(', ')}` : unit.phase;
}

/** The rule table for the README, as Markdown. */
export function ruleTableMarkdown(): string {
  const rows = allRules().map(([id, info]) => `| \`${id}\` | ${info.stage} | ${whenRuns(id)} | ${info.severity} | ${info.summary} |`);
  return ['| rule | stage | runs | severity | what it does |', '|---|---|---|---|---|', ...rows].join('\n');
}
