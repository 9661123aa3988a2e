/**
 * What the audit report shows, computed from the clean JSON before any
 * markup: each raw line with every rule that touched it and its worst doubt,
 * the counts per fate and per rule (per file and in total), and the list of
 * warnings and errors with the anchor each one jumps to.
 */
import { allRules } from '../clean/rules.js';
import type { CleanJsonFile, CleanJsonLine, CleanJsonMessage } from './clean-json.js';

export const fates = ['content', 'changed', 'metadata', 'removed'] as const satisfies readonly CleanJsonLine['fate'][];
export type Doubt = 'warning' | 'error';

export interface RuleUse {
  rule: string;
  /** Messages of this rule on the line (0 when the rule only decided the fate). */
  messages: number;
}

export interface LineView {
  source: CleanJsonLine;
  anchor: string;
  /** Every rule that decided or edited the line: the deciding rule first, then in message order. */
  rules: RuleUse[];
  /** The worst warning or error on the line. */
  doubt: Doubt | null;
  /** Warnings and errors placed on this line. */
  doubts: CleanJsonMessage[];
  /** Info messages placed on this line (the edits and removals). */
  infos: CleanJsonMessage[];
}

export interface RuleCount {
  /** Lines the rule decided or edited (what the rule filter shows). */
  lines: number;
  messages: number;
  /** Files it fired in (1 or 0 for a single file). */
  files: number;
}

export interface Counts {
  lines: number;
  articles: number;
  fates: Record<(typeof fates)[number], number>;
  /** Rule id → counts, in registry order, unknown ids after (sorted). */
  rules: Map<string, RuleCount>;
  /** Lines touched by any rule. */
  touched: number;
  messages: number;
  warnings: number;
  errors: number;
}

/** A warning or error, with the anchor of the row (or file note) it points to. */
export interface Doubtful {
  file: FileView;
  message: CleanJsonMessage;
  severity: Doubt;
  anchor: string;
}

export interface FileView {
  source: CleanJsonFile;
  anchor: string;
  lines: LineView[];
  /** Warnings and errors with no raw line to sit on (no line, or a line past the end). */
  fileDoubts: Doubtful[];
  counts: Counts;
}

export interface AuditView {
  files: FileView[];
  total: Counts;
  /** Every warning and error in file order, then line order within a file. */
  doubtful: Doubtful[];
}

let registryOrder: Map<string, number> | undefined;
let summaries: Map<string, string> | undefined;

/** The registry's order and summaries, read once every rule module has loaded. */
function ruleIndex(): { order: Map<string, number>; summary: Map<string, string> } {
  if (!registryOrder || !summaries) {
    const rules = allRules();
    registryOrder = new Map(rules.map(([id], index) => [id, index]));
    summaries = new Map(rules.map(([id, info]) => [id, info.summary]));
  }
  return { order: registryOrder, summary: summaries };
}

/** Registry order first (the pipeline's order), unknown ids after in code-unit order. */
export function compareRules(a: string, b: string): number {
  const ia = ruleIndex().order.get(a) ?? Infinity;
  const ib = ruleIndex().order.get(b) ?? Infinity;
  if (ia !== ib) return ia < ib ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function registrySummary(rule: string): string | null {
  return ruleIndex().summary.get(rule) ?? null;
}

const isDoubt = (message: CleanJsonMessage): message is CleanJsonMessage & { severity: Doubt } => message.severity !== 'info';

function emptyCounts(): Counts {
  return {
    lines: 0,
    articles: 0,
    fates: { content: 0, changed: 0, metadata: 0, removed: 0 },
    rules: new Map(),
    touched: 0,
    messages: 0,
    warnings: 0,
    errors: 0,
  };
}

function sortRules(counts: Counts): void {
  counts.rules = new Map([...counts.rules].sort(([a], [b]) => compareRules(a, b)));
}

function lineView(source: CleanJsonLine, anchor: string, messages: readonly CleanJsonMessage[]): LineView {
  const uses = new Map<string, number>();
  if (source.rule !== null) uses.set(source.rule, 0);
  for (const message of messages) if (message.rule !== null) uses.set(message.rule, (uses.get(message.rule) ?? 0) + 1);
  const doubts = messages.filter(isDoubt);
  const doubt = doubts.some((message) => message.severity === 'error') ? 'error' : doubts.length > 0 ? 'warning' : null;
  return {
    source,
    anchor,
    doubt,
    doubts,
    rules: [...uses].map(([rule, count]) => ({ rule, messages: count })),
    infos: messages.filter((message) => message.severity === 'info'),
  };
}

function fileView(source: CleanJsonFile, index: number): FileView {
  const anchor = `f${index + 1}`;
  const rowLines = new Set(source.lines.map((line) => line.line));
  const byLine = new Map<number, CleanJsonMessage[]>();
  const loose: CleanJsonMessage[] = [];
  for (const message of source.messages) {
    if (message.line === null || !rowLines.has(message.line)) loose.push(message);
    else if (byLine.has(message.line)) byLine.get(message.line)!.push(message);
    else byLine.set(message.line, [message]);
  }
  const lines = source.lines.map((line) => lineView(line, `${anchor}-L${line.line}`, byLine.get(line.line) ?? []));
  const view: FileView = { source, anchor, lines, fileDoubts: [], counts: emptyCounts() };
  view.fileDoubts = loose.filter(isDoubt).map((message, k) => ({ file: view, message, severity: message.severity, anchor: `${anchor}-n${k + 1}` }));

  const counts = view.counts;
  counts.lines = source.lines.length;
  counts.articles = source.articles.length;
  const rule = (id: string) => {
    const known = counts.rules.get(id) ?? { lines: 0, messages: 0, files: 1 };
    counts.rules.set(id, known);
    return known;
  };
  for (const line of lines) {
    counts.fates[line.source.fate]++;
    if (line.rules.length > 0) counts.touched++;
    for (const use of line.rules) rule(use.rule).lines++;
  }
  for (const message of source.messages) {
    counts.messages++;
    if (message.severity === 'warning') counts.warnings++;
    if (message.severity === 'error') counts.errors++;
    if (message.rule !== null) rule(message.rule).messages++;
  }
  sortRules(counts);
  return view;
}

function addCounts(total: Counts, part: Counts): void {
  for (const key of ['lines', 'articles', 'touched', 'messages', 'warnings', 'errors'] as const) total[key] += part[key];
  for (const fate of fates) total.fates[fate] += part.fates[fate];
  for (const [id, count] of part.rules) {
    const known = total.rules.get(id) ?? { lines: 0, messages: 0, files: 0 };
    total.rules.set(id, { lines: known.lines + count.lines, messages: known.messages + count.messages, files: known.files + count.files });
  }
}

export function auditView(sources: readonly CleanJsonFile[]): AuditView {
  const files = sources.map(fileView);
  const total = emptyCounts();
  for (const file of files) addCounts(total, file.counts);
  sortRules(total);
  const doubtful = files.flatMap((file) => [
    ...file.fileDoubts,
    ...file.lines.flatMap((line) => line.doubts.map((message) => ({ file, message, severity: message.severity as Doubt, anchor: line.anchor }))),
  ]);
  return { files, total, doubtful };
}
