/**
 * The tree the cleaner works on: one node per raw line, in file order. Every
 * node keeps its raw text and its fate (content, changed, metadata, removed)
 * with the rule that decided it, so the cleaning can be audited line by line.
 */
import type { Node, Parent, Position } from 'unist';
import type { VFile } from 'vfile';
import { isProse, lineFeatures } from './line-features.js';
import { describeRule, type RuleId } from './rules.js';

export type Fate = 'content' | 'changed' | 'metadata' | 'removed';

/** Metadata a line may carry once lifted out of the text. */
export interface LiftedMeta {
  date?: string;
  source?: string;
  author?: string;
  role?: string;
}

/** One edit made on a line: used to map columns back to the raw line. */
interface Edit {
  at: number;
  removed: number;
  inserted: number;
}

export interface LineNode extends Node {
  type: 'line';
  /** 1-based line number in the raw file. */
  line: number;
  raw: string;
  /** Current text after the edits so far. */
  value: string;
  fate: Fate;
  /** The rule that decided the fate (the last one that touched the line). */
  rule: RuleId | null;
  /** Metadata lifted from this line, if its fate is `metadata`. */
  meta?: LiftedMeta;
  /** Marks set by rules for the structure stage (e.g. an article boundary). */
  marks: Set<'article-break' | 'toc' | 'title'>;
  /** Where a title glued to the paragraph after it ends (an index in `value`), if it is one. */
  titleEnd?: number;
  edits: Edit[];
  position: Position;
}

export interface LineRoot extends Parent {
  type: 'root';
  children: LineNode[];
}

export function createLineTree(lines: string[]): LineRoot {
  return {
    type: 'root',
    children: lines.map((raw, index) => ({
      type: 'line',
      line: index + 1,
      raw,
      value: raw,
      fate: 'content',
      rule: null,
      marks: new Set(),
      edits: [],
      position: {
        start: { line: index + 1, column: 1 },
        end: { line: index + 1, column: [...raw].length + 1 },
      },
    })),
  };
}

/** Lines still part of the text (not removed, not lifted into metadata). */
export function liveLines(tree: LineRoot): LineNode[] {
  return tree.children.filter((node) => node.fate === 'content' || node.fate === 'changed');
}

/** The cleaned text, line by line, as the book prints it: a glued title on a line of its own. */
export function cleanedLines(tree: LineRoot): string[] {
  return liveLines(tree).flatMap((node) =>
    node.titleEnd === undefined ? [node.value] : [node.value.slice(0, node.titleEnd), node.value.slice(node.titleEnd)],
  );
}

/** Map a UTF-16 index in the current text to a 1-based raw column (in code points). */
export function rawColumn(node: LineNode, index: number): number {
  let at = index;
  for (let i = node.edits.length - 1; i >= 0; i--) {
    const edit = node.edits[i]!;
    if (at >= edit.at + edit.inserted) at += edit.removed - edit.inserted;
    else if (at > edit.at) at = edit.at;
  }
  // Columns count code points; only astral characters make them differ from
  // indexes, and testing the whole line once keeps long lines linear.
  let hasAstral = astralLines.get(node);
  if (hasAstral === undefined) {
    hasAstral = /[\ud800-\udbff]/.test(node.raw);
    astralLines.set(node, hasAstral);
  }
  const clamped = Math.max(0, at);
  return hasAstral ? [...node.raw.slice(0, clamped)].length + 1 : clamped + 1;
}

const astralLines = new WeakMap<LineNode, boolean>();

export type Severity = 'info' | 'warning' | 'error';

export function report(
  file: VFile,
  node: LineNode,
  rule: RuleId,
  reason: string,
  options: { index?: number; severity?: Severity; actual?: string; expected?: string } = {},
): void {
  const severity = options.severity ?? describeRule(rule).severity;
  const column = rawColumn(node, options.index ?? 0);
  const place = { line: node.line, column };
  const message =
    severity === 'info' ? file.info(reason, { place, ruleId: rule, source: 'wenji' }) : file.message(reason, { place, ruleId: rule, source: 'wenji' });
  if (severity === 'error') message.fatal = true;
  if (options.actual !== undefined) message.actual = options.actual;
  if (options.expected !== undefined) message.expected = [options.expected];
  if (routineRepairs.has(rule)) {
    const lines = routineLines.get(file) ?? new Set<number>();
    lines.add(node.line);
    routineLines.set(file, lines);
  }
}

/** Per file, the lines that carry a routine repair's message: retracting is a scan of the messages only where there is one. */
const routineLines = new WeakMap<VFile, Set<number>>();

const routineRepairs: ReadonlySet<string> = new Set([
  'normalize-space',
  'strip-indent',
  'fullwidth-punctuation',
  'normalize-ellipsis',
  'zero-in-numeral',
  'stray-space',
  'title-space',
  'copyright-sign',
  'curly-quotes',
]);

/** Routine repairs of a line that is not printed no longer matter: its removal or lift says it all. */
function retractRoutineRepairs(file: VFile, node: LineNode): void {
  const lines = routineLines.get(file);
  if (!lines?.has(node.line)) return;
  lines.delete(node.line);
  file.messages = file.messages.filter((message) => !(message.line === node.line && message.fatal === undefined && routineRepairs.has(message.ruleId ?? '')));
}

/**
 * Remove a whole line from the text, with a message. Removing a line that
 * reads as prose is a warning (so `--strict` stops on it) unless the rule
 * passes its own severity because its evidence is a specific shape.
 */
export function removeLine(file: VFile, node: LineNode, rule: RuleId, what: string, options: { severity?: Severity } = {}): void {
  node.fate = 'removed';
  node.rule = rule;
  retractRoutineRepairs(file, node);
  const severity = options.severity ?? (isProse(lineFeatures(node.value)) ? 'warning' : undefined);
  report(file, node, rule, `Removed ${what}: \`${clip(node.value)}\``, { actual: node.value, severity });
}

/** Lift a line into metadata (its text leaves the body), with a message. */
export function liftLine(file: VFile, node: LineNode, rule: RuleId, meta: LiftedMeta): void {
  node.fate = 'metadata';
  node.rule = rule;
  retractRoutineRepairs(file, node);
  node.meta = { ...node.meta, ...meta };
  const fields = Object.entries(meta)
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');
  report(file, node, rule, `Lifted \`${clip(node.value)}\` into metadata (${fields})`, { actual: node.value });
}

/** Lift metadata out of a line that stays in the text (a byline glued to a title), with a message. */
export function liftInline(file: VFile, node: LineNode, rule: RuleId, meta: LiftedMeta): void {
  node.meta = { ...node.meta, ...meta };
  const fields = Object.entries(meta)
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');
  report(file, node, rule, `Lifted ${fields} from \`${clip(node.value)}\` into metadata`);
}

/**
 * Replace every match of `pattern` (global) in a live line, reporting each
 * change with its raw column. `replace` returns the replacement, or null to
 * leave that match alone.
 */
export function editLine(
  file: VFile,
  node: LineNode,
  rule: RuleId,
  pattern: RegExp,
  replace: (match: RegExpExecArray) => string | null,
  options: { severity?: Severity } = {},
): number {
  const source = node.value;
  let output = '';
  let last = 0;
  let count = 0;
  const changes: { at: number; before: string; after: string }[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    if (match[0] === '') {
      pattern.lastIndex++;
      continue;
    }
    const replacement = replace(match);
    if (replacement === null || replacement === match[0]) continue;
    output += source.slice(last, match.index) + replacement;
    changes.push({ at: match.index, before: match[0], after: replacement });
    last = match.index + match[0].length;
    count++;
  }
  if (count === 0) return 0;
  node.value = output + source.slice(last);
  // Columns are reported against the edits made before this call; then this
  // call's edits are recorded left to right in terms of the growing text.
  for (const change of changes) {
    report(file, node, rule, `Changed \`${change.before}\` to \`${change.after}\` (${describeRule(rule).summary})`, {
      index: change.at,
      severity: options.severity,
      actual: change.before,
      expected: change.after,
    });
  }
  let shift = 0;
  for (const change of changes) {
    node.edits.push({ at: change.at + shift, removed: change.before.length, inserted: change.after.length });
    shift += change.after.length - change.before.length;
  }
  if (node.fate === 'content') node.fate = 'changed';
  node.rule = rule;
  return count;
}

export function clip(text: string, max = 40): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}
