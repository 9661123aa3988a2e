/**
 * `wenji fix [files...]`: for every damage error no rule could repair, a
 * ready-to-edit correction in the source's `<name>.fixes.yaml` — the damaged
 * raw text (with a little context, so it is found exactly and only there),
 * the best reconstruction inside a `⟦FIXME …⟧` placeholder that keeps
 * failing the build until someone edits it, and the reason. Existing entries
 * and comments are kept; an entry already covering the damage is not written
 * twice.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { VFile } from 'vfile';
import { Document, parseDocument, Scalar, YAMLSeq } from 'yaml';
import { readSources } from '../build/read-book.js';
import { lostChar, placeholder, placeholderOpen } from '../clean/fix-placeholder.js';
import { loadManifest } from '../manifest/manifest.js';
import { processSources } from '../pipeline/front.js';
import type { Source } from '../pipeline/source.js';
import type { Fix } from '../read/read-fixes.js';
import { fixesPathFor, readFixes } from '../read/read-fixes.js';
import { writeAtomic } from '../util/write-atomic.js';
import type { Io } from './main.js';

/** Characters of raw context on each side of the damage, so a correction matches only its place. */
const context = 4;

interface Damage {
  line: number;
  /** Code-point span [start, end) in the raw line. */
  start: number;
  end: number;
  /** What the damaged characters probably were; lost ones as 〓. */
  reconstruction: string;
  reason: string;
}

/** The damage errors of a source placed in its raw lines; those whose text moved are left out. */
function damagesOf(source: Source): Damage[] {
  const damages: Damage[] = [];
  for (const message of source.file.messages) {
    if (message.ruleId !== 'encoding-damage' || message.fatal !== true || !message.actual || message.actual.startsWith(placeholderOpen)) continue;
    const node = source.tree.children[(message.line ?? 0) - 1];
    if (!node || message.column == null) continue;
    const chars = [...node.raw];
    const start = message.column - 1;
    const actual = [...message.actual];
    if (chars.slice(start, start + actual.length).join('') !== message.actual) continue;
    damages.push({
      line: node.line,
      start,
      end: start + actual.length,
      reconstruction: expectedOf(message) ?? lostChar.repeat(actual.length),
      reason: message.reason.replace(/^Unexpected /, '').replace(/ in `[\s\S]*$/, ''),
    });
  }
  return damages.sort((a, b) => a.line - b.line || a.start - b.start);
}

function expectedOf(message: VFile['messages'][number]): string | undefined {
  return message.expected?.[0];
}

/** Damage close together on one line becomes one correction. */
function group(damages: readonly Damage[]): Damage[][] {
  const groups: Damage[][] = [];
  for (const damage of damages) {
    const last = groups[groups.length - 1];
    const previous = last?.[last.length - 1];
    if (last && previous && previous.line === damage.line && damage.start <= Math.max(...last.map((d) => d.end)) + context * 2) last.push(damage);
    else groups.push([damage]);
  }
  return groups;
}

/** The correction for a group of damage on one raw line. */
function correctionFor(raw: string, damages: readonly Damage[]): Fix & { line: number; start: number; end: number } {
  const chars = [...raw];
  const first = Math.max(0, Math.min(...damages.map((d) => d.start)) - context);
  const last = Math.min(chars.length, Math.max(...damages.map((d) => d.end)) + context);
  let replace = '';
  let at = first;
  // Overlapping damage (a `?!` run inside a misread run) is rebuilt once, from the first that covers it.
  for (const damage of damages) {
    if (damage.start < at) continue;
    replace += chars.slice(at, damage.start).join('') + damage.reconstruction;
    at = damage.end;
  }
  replace += chars.slice(at, last).join('');
  const reasons = [...new Set(damages.map((d) => d.reason))].join('; ');
  return {
    line: damages[0]!.line,
    start: first,
    end: last,
    text: chars.slice(first, last).join('').trim(),
    replace: placeholder(replace.trim()),
    reason: `line ${damages[0]!.line}: ${reasons}; check the text in the placeholder, then put it in place of the whole ⟦FIXME …⟧`,
  };
}

/** Whether an existing correction already covers this stretch of the raw line. */
function covered(raw: string, start: number, end: number, fixes: readonly Fix[]): boolean {
  const chars = [...raw];
  return fixes.some((fix) => {
    const length = [...fix.text].length;
    for (let i = 0; i + length <= chars.length; i++) {
      if (chars.slice(i, i + length).join('') === fix.text && i < end && start < i + length) return true;
    }
    return false;
  });
}

/** The fixes file's text with `entries` appended to its `fixes:` list (comments and entries kept). */
export function appendFixes(existing: string | null, entries: readonly Fix[]): string {
  const document = existing === null ? new Document({ fixes: [] }) : parseDocument(existing);
  let list = document.get('fixes');
  if (!(list instanceof YAMLSeq)) {
    list = new YAMLSeq();
    document.set('fixes', list);
  }
  const seq = list as YAMLSeq;
  // Block style even when the file said `fixes: []`.
  seq.flow = false;
  for (const entry of entries) {
    const node = document.createNode({ text: entry.text, replace: entry.replace, reason: entry.reason });
    for (const key of ['text', 'replace'] as const) {
      const scalar = node.get(key, true);
      if (scalar instanceof Scalar) scalar.type = Scalar.QUOTE_DOUBLE;
    }
    seq.add(node);
  }
  return document.toString({ lineWidth: 0 });
}

export function runFix(options: { manifest: string; files: string[] }, io: Io): number {
  const sources = options.files.length > 0 ? processSources(options.files.map((path) => ({ path }))) : readSources(loadManifest(options.manifest));
  let written = 0;
  for (const source of sources) {
    const fixesFile = fixesPathFor(source.path);
    const existing = readFixes(source.path).fixes;
    const entries: Array<Fix & { line: number }> = [];
    for (const damages of group(damagesOf(source))) {
      const raw = source.tree.children[damages[0]!.line - 1]!.raw;
      const entry = correctionFor(raw, damages);
      if (covered(raw, entry.start, entry.end, [...existing, ...entries]) || entry.text === '') continue;
      entries.push(entry);
    }
    if (entries.length === 0) continue;
    const before = existsSync(fixesFile) ? readFileSync(fixesFile, 'utf8') : null;
    writeAtomic(
      fixesFile,
      appendFixes(
        before,
        entries.map(({ text, replace, reason }) => ({ text, replace, reason })),
      ),
    );
    written += entries.length;
    io.stdout(`${fixesFile}: added ${entries.length} correction${entries.length === 1 ? '' : 's'} to edit\n`);
    for (const entry of entries) io.stdout(`  line ${entry.line}: \`${entry.text}\` → \`${entry.replace}\`\n`);
  }
  if (written === 0) io.stdout('wenji fix: no unrepaired damage without a correction\n');
  return 0;
}
