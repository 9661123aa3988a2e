/**
 * One cleaned file → its articles: segments, heads, blocks, and metadata from
 * the lifted lines, the signature block and the manifest, in that order of
 * preference. The document's own table of contents, if any, is checked
 * against the titles found.
 */
import type { VFile } from 'vfile';
import type { Article } from '../book/types.js';
import type { LiftedMeta, LineRoot } from '../clean/line-tree.js';
import { findIsoDate } from '../clean/dates.js';
import { classifyBlocks, bareDate } from './classify-blocks.js';
import { detectScript } from './detect-script.js';
import { readHead } from './read-head.js';
import { segmentArticles } from './segment.js';

export interface SourceOverrides {
  title?: string;
  subtitle?: string;
  author?: string;
  role?: string;
  date?: string;
  source?: string;
}

const squash = (text: string) => text.replace(/[\s\u3000]+/g, '');

function firstOf<K extends keyof LiftedMeta>(meta: readonly LiftedMeta[], key: K): string | null {
  return meta.find((entry) => entry[key])?.[key] ?? null;
}

export function buildArticles(tree: LineRoot, file: VFile, path: string, overrides: SourceOverrides = {}): Article[] {
  const segments = segmentArticles(tree);
  const articles = segments.map((segment): Article => {
    const head = readHead(segment.lines);
    const body = segment.lines.slice(head.used.length);
    const blocks = classifyBlocks(body);
    const signatureDate = blocks
      .filter((block) => block.kind === 'signature')
      .map((block) => (bareDate.test(block.text) || /日期|时间|時間/.test(block.text) ? findIsoDate(block.text) : null))
      .find(Boolean);
    const text = [head.title, ...body.map((node) => node.value)].join('');
    const single = segments.length === 1;
    const first = segment.lines[0]!;
    return {
      type: 'article',
      id: '',
      title: (single && overrides.title) || head.title,
      subtitle: (single && overrides.subtitle) || head.subtitle,
      author: firstOf(segment.meta, 'author') ?? head.author ?? overrides.author ?? null,
      role: head.role ?? overrides.role ?? null,
      date: firstOf(segment.meta, 'date') ?? signatureDate ?? overrides.date ?? null,
      source: firstOf(segment.meta, 'source') ?? overrides.source ?? null,
      script: detectScript(text),
      file: path,
      blocks,
      position: {
        start: { line: first.line, column: 1 },
        end: { line: segment.lines[segment.lines.length - 1]!.line + 1, column: 1 },
      },
    };
  });
  if (articles.length > 1) {
    file.info(`Split into ${articles.length} articles`, { ruleId: 'article-split', source: 'wenji', place: { line: 1, column: 1 } });
  }
  for (const article of articles) {
    if (!article.title) {
      file.message('Unexpected article without a title, expected a title line', { ruleId: 'no-title', source: 'wenji', place: article.position?.start });
    }
  }
  crossCheckToc(tree, file, articles);
  return articles;
}

function crossCheckToc(tree: LineRoot, file: VFile, articles: readonly Article[]): void {
  const toc = tree.data?.toc ?? [];
  if (toc.length === 0) return;
  const found = new Set(articles.flatMap((article) => [squash(article.title), squash(article.subtitle ?? '')]));
  for (const entry of toc) {
    if (found.has(squash(entry.title))) continue;
    file.message(`Unexpected table-of-contents entry \`${entry.title}\` (page ${entry.page}), expected an article with that title`, {
      ruleId: 'toc-mismatch', source: 'wenji', place: { line: entry.line, column: 1 },
    });
  }
  const listed = new Set(toc.map((entry) => squash(entry.title)));
  for (const article of articles) {
    if (listed.has(squash(article.title))) continue;
    file.message(`Unexpected article \`${article.title}\` missing from the document's table of contents`, {
      ruleId: 'toc-mismatch', source: 'wenji', place: article.position?.start,
    });
  }
}
