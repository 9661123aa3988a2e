/**
 * The cleaning evaluation: every page of a labelled corpus cleaned on its own,
 * as a user's single page would be, and scored against its labels. Pages are
 * split into a development half (odd numbers) and a check half (even numbers),
 * so that tuning on one half can be checked on the other.
 */
import { processSources } from '../pipeline/front.js';
import { sourceJson } from '../report/clean-json.js';
import { readCorpus } from './corpus-labels.js';
import { type PageScore, scorePage, sumScores, type Totals } from './score-page.js';

export interface CorpusEvaluation {
  pages: PageScore[];
  total: Totals;
  development: Totals;
  check: Totals;
}

export const isDevelopmentPage = (name: string): boolean => Number.parseInt(name, 10) % 2 === 1;

export function evaluateCorpus(folder: string): CorpusEvaluation {
  const pages = readCorpus(folder).map((page) => {
    const [source] = processSources([{ path: page.rawPath }]);
    return scorePage(page.name, sourceJson(source!), page.label);
  });
  return {
    pages,
    total: sumScores(pages),
    development: sumScores(pages.filter((page) => isDevelopmentPage(page.name))),
    check: sumScores(pages.filter((page) => !isDevelopmentPage(page.name))),
  };
}
