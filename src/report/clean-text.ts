/** Cleaned articles as plain text, for `wenji clean` and for reading diffs. */
import type { SourceArticle } from '../book/types.js';

export function articleText(article: SourceArticle): string {
  const head = [`# ${article.title}`];
  if (article.subtitle) head.push(article.subtitle);
  const meta = [article.role && article.author ? `${article.role} ${article.author}` : article.author, article.source, article.date].filter(Boolean);
  if (meta.length > 0) head.push(`〔${meta.join(' · ')}〕`);
  const body = article.blocks.map((block) => {
    const text = (block.lead ? `**${block.lead}**` : '') + block.text;
    switch (block.kind) {
      case 'heading':
        return `${'#'.repeat(block.level)} ${text}`;
      case 'item':
        return `- ${text}`;
      case 'signature':
        return `> ${text}`;
      default:
        return text;
    }
  });
  return [...head, '', ...body].join('\n');
}

export function articlesText(articles: readonly SourceArticle[]): string {
  return `${articles.map(articleText).join('\n\n')}\n`;
}
