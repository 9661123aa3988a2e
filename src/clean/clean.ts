/**
 * The cleaner, top to bottom, as a unified processor over the line tree: one
 * transformer per rule unit, every change a vfile message. Units declare their
 * phase and which units they follow (see `rule.ts`); the order is made from
 * those declarations.
 *
 * Two passes, because repetition is judged over the whole book: pass one
 * repairs the text and strips what each file shows on its own, pass two strips
 * lines repeated between files. Repairs come first so that every rule reads a
 * line as it will be printed, and cleaning the cleaned text again changes
 * nothing.
 */
import { type Processor, unified } from 'unified';
import type { VFile } from 'vfile';
import type { Fix } from '../read/read-fixes.js';
import { splitLines } from '../read/split-lines.js';
import { createLineTree, type LineRoot, liveLines } from './line-tree.js';
import type { CleanTransformer } from './plugin.js';
import type { RepeatedLines } from './repeated-lines.js';
import type { CleanRule, RulePhase } from './rule.js';
import { cleanRules } from './rules.js';

export interface FileFixes {
  fixes: readonly Fix[];
  fixesFile: string;
}

type Unit = CleanRule<never>;

/** The units of one phase, each after the units it names (declaration order breaks ties). */
export function unitsOf(phase: RulePhase): Unit[] {
  const units = (cleanRules() as ReadonlyArray<Unit>).filter((unit) => unit.phase === phase);
  const placed: Unit[] = [];
  const pending = [...units];
  while (pending.length > 0) {
    const next = pending.findIndex((unit) =>
      unit.after.every((name) => placed.some((done) => done.name === name) || !units.some((other) => other.name === name)),
    );
    if (next === -1) throw new Error(`cleaning rules wait on each other: ${pending.map((unit) => unit.name).join(', ')}`);
    placed.push(...pending.splice(next, 1));
  }
  return placed;
}

/** The parser of the front half: text → one node per raw line. */
export function lineParser(this: Processor): void {
  this.parser = (document: string) => createLineTree(splitLines(document));
}

/** A removal can expose more chrome (a footer's anchor, a title's copy): the classifying units run in rounds until nothing moves. */
const maxRounds = 3;

function toFixedPoint(transformers: readonly CleanTransformer[]): CleanTransformer {
  return (tree, file) => {
    for (let round = 0; round < maxRounds; round++) {
      const before = liveLines(tree).length;
      for (const node of tree.children) node.marks.delete('title');
      for (const transform of transformers) transform(tree, file);
      if (liveLines(tree).length === before) break;
    }
  };
}

/** A unit's transformer; the one that applies corrections gets the source's fixes. */
function transformerOf(unit: Unit, fixes: FileFixes | undefined): CleanTransformer | null {
  if (unit.name === 'apply-fix') return fixes && fixes.fixes.length > 0 ? (unit.plugin as unknown as (options: FileFixes) => CleanTransformer)(fixes) : null;
  return (unit.plugin as unknown as () => CleanTransformer)();
}

/** The processor of pass one for a source with these corrections. */
export function cleanProcessor(fixes?: FileFixes) {
  const processor = unified().use(lineParser);
  for (const unit of unitsOf('repair')) {
    const transform = transformerOf(unit, fixes);
    if (transform) processor.use(() => transform);
  }
  const classifiers = unitsOf('classify').map((unit) => transformerOf(unit, fixes)!);
  processor.use(() => toFixedPoint(classifiers));
  for (const unit of unitsOf('title')) processor.use(() => transformerOf(unit, fixes)!);
  return processor;
}

/** Pass one: everything a single file shows about itself. */
export function cleanFile(tree: LineRoot, file: VFile, fixes?: FileFixes): void {
  cleanProcessor(fixes).runSync(tree, file);
}

/** Pass two: repetition across the book. */
export function finishFile(tree: LineRoot, file: VFile, repeated: RepeatedLines): void {
  const processor = unified();
  for (const unit of unitsOf('book')) processor.use(() => (unit.plugin as unknown as (options: { repeated: RepeatedLines }) => CleanTransformer)({ repeated }));
  processor.runSync(tree, file);
}
