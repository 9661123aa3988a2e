/**
 * The JSON users script against (`wenji clean --json`). The field names are
 * fixed; fields may be added, never renamed. Documented in the README.
 */
import type { SourceArticle } from '../book/types.js';
import type { Fate } from '../clean/line-tree.js';
import type { Source } from '../pipeline/source.js';
import { type Severity, severityOf } from '../util/severity.js';

export interface CleanJsonBlock {
  kind: SourceArticle['blocks'][number]['kind'];
  level: number | null;
  lead: string | null;
  text: string;
  line: number | null;
}

export interface CleanJsonArticle {
  title: string;
  subtitle: string | null;
  author: string | null;
  role: string | null;
  date: string | null;
  source: string | null;
  script: SourceArticle['script'];
  line: number | null;
  blocks: CleanJsonBlock[];
}

export interface CleanJsonLine {
  line: number;
  fate: Fate;
  rule: string | null;
  text: string;
  /** Text after cleaning, for `changed` lines. */
  cleaned?: string;
}

export interface CleanJsonMessage {
  line: number | null;
  column: number | null;
  severity: Severity;
  rule: string | null;
  reason: string;
  actual?: string;
  expected?: string;
}

export interface CleanJsonFile {
  path: string;
  encoding: string;
  articles: CleanJsonArticle[];
  lines: CleanJsonLine[];
  messages: CleanJsonMessage[];
}

export function articleJson(article: SourceArticle): CleanJsonArticle {
  return {
    title: article.title,
    subtitle: article.subtitle,
    author: article.author,
    role: article.role,
    date: article.date,
    source: article.source,
    script: article.script,
    line: article.position?.start.line ?? null,
    blocks: article.blocks.map((block) => ({
      kind: block.kind,
      level: block.level ?? null,
      lead: block.lead ?? null,
      text: block.text,
      line: block.position?.start.line ?? null,
    })),
  };
}

export function sourceJson(source: Source): CleanJsonFile {
  return {
    path: source.path,
    encoding: source.encoding,
    articles: source.articles.map(articleJson),
    lines: source.tree.children.map((node) => ({
      line: node.line,
      fate: node.fate,
      rule: node.rule,
      text: node.raw,
      ...(node.fate === 'changed' ? { cleaned: node.value } : {}),
    })),
    // In file order, as a reader goes through the page (stable: a line's messages keep their order).
    messages: [...source.file.messages]
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
      .map((message) => ({
        line: message.line ?? null,
        column: message.column ?? null,
        severity: severityOf(message.fatal),
        rule: message.ruleId ?? null,
        reason: message.reason,
        ...(message.actual !== undefined ? { actual: message.actual } : {}),
        ...(message.expected?.[0] !== undefined ? { expected: message.expected[0] } : {}),
      })),
  };
}

export function cleanJson(sources: readonly Source[]): { files: CleanJsonFile[] } {
  return { files: sources.map(sourceJson) };
}
