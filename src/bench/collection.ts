/**
 * Generated collections: N articles drawn from the seed pool with a seeded
 * PRNG, written as raw compilation files (`第一篇：标题` markers, ten articles
 * per file) plus a manifest, so the real reader and cleaner run on them.
 *
 * The cleaner strips a line of 8–120 characters that occurs twice in the book
 * (a site's boilerplate), so every such line is made unique by appending a
 * sentence; longer lines and numbered lines are never stripped and may repeat.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { Script } from '../book/types.js';
import { between, mulberry32, pick, type Random } from './prng.js';
import { type ScriptPool, type SeedPool, usableScripts } from './seed-pool.js';

export interface CollectionOptions {
  articles: number;
  seed: number;
  /** Share of articles drawn from Traditional seeds. */
  traditionalShare: number;
  articlesPerFile: number;
  /** Article length in characters, drawn uniformly. */
  minChars: number;
  maxChars: number;
}

export const defaultCollection: Omit<CollectionOptions, 'articles'> = Object.freeze({
  seed: 20261122,
  traditionalShare: 0.25,
  articlesPerFile: 10,
  // Sections are added whole until the target is passed, so articles average
  // about 2,500 characters (the seeds' average).
  minChars: 1000,
  maxChars: 2600,
});

export interface Collection {
  manifestPath: string;
  articles: number;
  files: number;
  rawChars: number;
  titles: string[];
}

/** Lines the cleaner may strip when repeated (see strip-repeated). */
const repeatableAbove = 120;

const digits = '零一二三四五六七八九';

/** 1–999 in Chinese numerals: 一, 十二, 二十, 一百零五. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new Error(`chineseNumeral: ${n} out of range`);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  let text = hundreds > 0 ? `${digits[hundreds]}百` : '';
  if (tens > 0) text += `${tens === 1 && hundreds === 0 ? '' : digits[tens]}十`;
  else if (hundreds > 0 && ones > 0) text += '零';
  if (ones > 0) text += digits[ones];
  return text;
}

const length = (text: string) => [...text].length;

class ArticleWriter {
  private readonly usedLines = new Set<string>();
  private readonly usedTitles = new Map<string, number>();

  constructor(
    private readonly random: Random,
    private readonly pool: SeedPool,
  ) {}

  /** A line no other line of the book repeats, when repetition would get it stripped. */
  private unique(line: string, pool: ScriptPool): string {
    let result = line;
    while (this.usedLines.has(result) && length(result) <= repeatableAbove) result += pick(this.random, pool.sentences);
    this.usedLines.add(result);
    return result;
  }

  private title(pool: ScriptPool): string {
    const base = pick(this.random, pool.titles);
    const seen = this.usedTitles.get(base) ?? 0;
    this.usedTitles.set(base, seen + 1);
    return seen === 0 ? base : `${base}（${seen + 1}）`;
  }

  /** One article's raw lines, starting with its compilation marker. */
  article(script: Script, index: number, targetChars: number): string[] {
    const pool = this.pool[script];
    const lines = [`第${chineseNumeral(index)}篇：${this.title(pool)}`];
    if (pool.subtitles.length > 0 && this.random() < 0.5) lines.push(pick(this.random, pool.subtitles));
    const push = (line: string) => lines.push(this.unique(line, pool));
    push(pick(this.random, pool.paragraphs));
    let chars = lines.reduce((sum, line) => sum + length(line), 0);
    for (let section = 1; section === 1 || chars < targetChars; section++) {
      const before = lines.length;
      lines.push(`${chineseNumeral(section)}、${pick(this.random, pool.headings)}`);
      for (let unit = between(this.random, 1, 3); unit > 0; unit--) {
        const roll = this.random();
        if (roll < 0.3 && pool.points.length > 0) {
          for (let point = 1, n = between(this.random, 2, 4); point <= n; point++) push(`${chineseNumeral(point)}${pick(this.random, pool.points)}`);
        } else if (roll < 0.4 && pool.items.length > 0) {
          for (let item = 1, n = between(this.random, 2, 3); item <= n; item++) push(`（${item}）${pick(this.random, pool.items)}`);
        } else {
          push(pick(this.random, pool.paragraphs));
        }
      }
      chars += lines.slice(before).reduce((sum, line) => sum + length(line), 0);
    }
    return lines;
  }
}

/** Writes the collection's raw files and manifest into `folder`. */
export function writeCollection(pool: SeedPool, folder: string, options: CollectionOptions): Collection {
  const scripts = usableScripts(pool);
  if (!scripts.includes('Hans')) throw new Error('seed pool has no usable Simplified articles');
  const random = mulberry32(options.seed);
  const writer = new ArticleWriter(random, pool);
  const sourceFolder = join(folder, 'sources');
  mkdirSync(sourceFolder, { recursive: true });
  const files: string[] = [];
  const titles: string[] = [];
  let rawChars = 0;
  for (let first = 0; first < options.articles; first += options.articlesPerFile) {
    const count = Math.min(options.articlesPerFile, options.articles - first);
    const articles: string[] = [];
    for (let i = 1; i <= count; i++) {
      const script: Script = scripts.includes('Hant') && random() < options.traditionalShare ? 'Hant' : 'Hans';
      const lines = writer.article(script, i, between(random, options.minChars, options.maxChars));
      titles.push(lines[0]!.replace(/^第[^篇]+篇：/, ''));
      articles.push(lines.join('\n'));
    }
    const text = `${articles.join('\n\n')}\n`;
    rawChars += length(text);
    const file = `collection-${String(files.length + 1).padStart(3, '0')}.txt`;
    writeFileSync(join(sourceFolder, file), text);
    files.push(file);
  }
  const manifest = {
    title: `基准文集（${options.articles}篇）`,
    editor: '文集基准测试',
    description: `由种子文章按固定随机种子 ${options.seed} 生成的 ${options.articles} 篇文章，仅供性能测试。`,
    slug: `bench-${options.articles}`,
    date: '2026-11-22',
    editions: ['zh-Hans', 'zh-Hant'],
    formats: ['pdf', 'epub'],
    // No pinned phrases: ambiguity warnings are expected and the build runs without --strict.
    conversion: { variant: 'tw', dictionary: {}, keep: [] },
    sources: files.map((file) => ({ file: `sources/${file}` })),
  };
  const manifestPath = join(folder, 'book.yaml');
  writeFileSync(manifestPath, stringify(manifest));
  return { manifestPath, articles: options.articles, files: files.length, rawChars, titles };
}
