/** A larger book for multi-page tests: the sample's articles with their blocks repeated and shuffled (deterministically). */
import { sampleBook } from '../../../book/sample-book.js';
import type { Article, Block, Book, Lang } from '../../../book/types.js';

/** A small linear congruential generator: the same seed gives the same book. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function largeBook(articles: number, blocksPerArticle: number, lang: Lang = 'zh-Hans', seed = 1): Book {
  const book = sampleBook(lang);
  const next = random(seed);
  const pool: Block[] = book.articles.flatMap((a) => a.blocks);
  const paragraphs = pool.filter((b) => b.kind === 'paragraph' || b.kind === 'item');
  const made: Article[] = [];
  for (let i = 0; i < articles; i++) {
    const base = book.articles[i % book.articles.length]!;
    const blocks: Block[] = [];
    for (let j = 0; j < blocksPerArticle; j++) {
      const r = next();
      if (j > 0 && j < blocksPerArticle - 1 && r < 0.1) {
        const level = ([2, 3, 4] as const)[Math.floor(next() * 3)] ?? 2;
        blocks.push({ type: 'block', kind: 'heading', level, text: `${'一二三四五六七八九十'[j % 10]}、第${j}部分的${level}级标题` });
      } else {
        // Join two or three paragraphs so some span many lines and cross pages.
        const parts = 1 + Math.floor(next() * 3);
        const picked = Array.from({ length: parts }, () => paragraphs[Math.floor(next() * paragraphs.length)]!);
        blocks.push({ ...picked[0]!, text: picked.map((p) => p.text).join('') });
      }
    }
    made.push({ ...base, id: `a${String(i + 1).padStart(3, '0')}`, title: `${base.title}（${i + 1}）`, blocks });
  }
  return { ...book, articles: made };
}
