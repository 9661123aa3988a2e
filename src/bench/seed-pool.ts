/**
 * The material generated collections are drawn from: the cleaned and
 * structured seed articles, sorted by script and by the role each line plays
 * in an essay (title, subtitle, heading, numbered point, list item, plain
 * paragraph). Numbering is stripped here and written afresh by the generator,
 * so every generated article counts `一、二、三、` in order.
 */
import type { Article, Block, Script } from '../book/types.js';
import { sentencePunct } from '../clean/patterns.js';
import { numberingOf, ordinalPoint } from '../structure/numbering.js';

export interface ScriptPool {
  titles: string[];
  /** `——学习…心得体会` lines. */
  subtitles: string[];
  /** Heading text without its numbering. */
  headings: string[];
  /** `一是…` points without their numeral: `是…`. */
  points: string[];
  /** `（1）…` items without their marker. */
  items: string[];
  paragraphs: string[];
  /** Sentences of every paragraph: appended to a short line that would otherwise repeat. */
  sentences: string[];
}

export type SeedPool = Record<Script, ScriptPool>;

const leadingNumeral = /^[一二三四五六七八九十]{1,3}/;
const sentenceEnd = /(?<=[。！？])/;
const dashSubtitle = /^——/;

function emptyPool(): ScriptPool {
  return { titles: [], subtitles: [], headings: [], points: [], items: [], paragraphs: [], sentences: [] };
}

function withoutNumbering(text: string): string {
  const numbering = numberingOf(text);
  return numbering ? text.slice(numbering.marker.length).trim() : text;
}

function addBlock(pool: ScriptPool, block: Block): void {
  const line = `${block.lead ?? ''}${block.text}`.trim();
  if (!line) return;
  switch (block.kind) {
    case 'heading':
      pool.headings.push(withoutNumbering(line));
      return;
    case 'item':
      if (block.text.trim()) pool.items.push(block.text.trim());
      return;
    case 'paragraph': {
      const paragraph = ordinalPoint.test(line) ? null : withoutNumbering(line);
      if (paragraph === null) pool.points.push(line.replace(leadingNumeral, ''));
      // A fragment without a sentence mark would read as a subtitle after a title.
      else if (sentencePunct.test(paragraph)) pool.paragraphs.push(paragraph);
      pool.sentences.push(...line.split(sentenceEnd).filter((sentence) => /[。！？]$/.test(sentence)));
      return;
    }
    case 'salutation':
    case 'signature':
      return;
  }
}

export function seedPool(articles: readonly Article[]): SeedPool {
  const pool: SeedPool = { Hans: emptyPool(), Hant: emptyPool() };
  for (const article of articles) {
    const target = pool[article.script];
    target.titles.push(article.title);
    if (article.subtitle && dashSubtitle.test(article.subtitle)) target.subtitles.push(article.subtitle);
    for (const block of article.blocks) addBlock(target, block);
  }
  // Headings make plausible titles too; a script with few articles needs them.
  for (const script of ['Hans', 'Hant'] as const) pool[script].titles.push(...pool[script].headings);
  return pool;
}

/** Scripts that have enough material for whole articles. */
export function usableScripts(pool: SeedPool): Script[] {
  return (['Hans', 'Hant'] as const).filter((script) => {
    const p = pool[script];
    return p.titles.length > 0 && p.paragraphs.length > 0 && p.headings.length > 0 && p.sentences.length > 0;
  });
}
