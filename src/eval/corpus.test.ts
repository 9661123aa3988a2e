/**
 * The cleaning floors on the labelled corpus beside the checkout. Where the
 * corpus is absent a local run skips with a visible message; under CI it fails.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { cleanFile, finishFile } from '../clean/clean.js';
import { cleanedLines, createLineTree } from '../clean/line-tree.js';
import { findRepeatedLines } from '../clean/repeated-lines.js';
import { processSources } from '../pipeline/front.js';
import { readCorpus } from './corpus-labels.js';
import { evaluateCorpus } from './eval-corpus.js';
import { ratio } from './score-page.js';

const folder = resolve(import.meta.dirname, '../../../shared/corpus');
const present = existsSync(folder);
/** Cleaning every page takes seconds on a loaded machine: no speed is asserted here. */
const corpusTimeout = 60_000;

/** Floors the cleaner must hold on the whole corpus (the figures of `npm run eval`). */
const floors = {
  boilerplate: 0.96,
  removed: 0.99,
  content: 0.995,
  drops: 0.9,
  title: 0.93,
  author: 0.9,
  date: 0.9,
} as const;

describe('cleaning evaluation on the corpus', () => {
  if (!present) {
    if (process.env.CI === 'true') {
      it('needs the corpus under CI', () => {
        expect.fail(`${folder} is missing: CI must have ../shared/corpus beside the checkout`);
      });
      return;
    }
    it.skip(`skipped: no corpus at ${folder}`, () => {});
    console.warn(`cleaning evaluation skipped: no corpus at ${folder}`);
    return;
  }
  const result = evaluateCorpus(folder);
  for (const [key, floor] of Object.entries(floors) as [keyof typeof floors, number][]) {
    it(`${key} ≥ ${floor}`, () => {
      expect(ratio(result.total[key])).toBeGreaterThanOrEqual(floor);
    });
  }
});

describe('laws of cleaning on the corpus', () => {
  if (!present) return;
  const pages = readCorpus(folder);

  it(
    'every labelled content line reaches the book',
    () => {
      const lost = evaluateCorpus(folder).pages.flatMap((page) => page.misses.lostContent.map((line) => `${page.name}:${line}`));
      expect(lost).toEqual([]);
    },
    corpusTimeout,
  );

  it(
    'cleaning the cleaned text again changes nothing',
    () => {
      const changed: string[] = [];
      for (const page of pages) {
        const [source] = processSources([{ path: page.rawPath }]);
        const cleaned = cleanedLines(source!.tree);
        const tree = createLineTree(cleaned);
        const file = new VFile({ path: page.rawPath });
        cleanFile(tree, file);
        finishFile(tree, file, findRepeatedLines([tree]));
        for (const message of file.messages) {
          if (message.fatal !== true && message.ruleId !== 'article-split') changed.push(`${page.name}:${message.line} ${message.reason}`);
        }
      }
      expect(changed).toEqual([]);
    },
    corpusTimeout,
  );
});
