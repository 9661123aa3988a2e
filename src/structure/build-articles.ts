/**
 * One cleaned file → its articles: segments, heads, blocks, and metadata from
 * the lifted lines, the signature block and the manifest, in that order of
 * preference. The document's own table of contents, if any, is checked
 * against the titles found.
 */
import type { VFile } from 'vfile';
import type { Block, SourceArticle } from '../book/types.js';
import { findIsoDate } from '../clean/dates.js';
import type { LiftedMeta, LineRoot } from '../clean/line-tree.js';
import { isName } from '../clean/title-shape.js';
import { bareDate, classifyBlocks } from './classify-blocks.js';
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

/** `（文：某某/图：某某）`, `某某报记者某某`: a credit naming the writer. */
const writerCredit =
  /(?:^|[（(/／\s])(?:文|作者|撰文|撰稿|执笔|執筆)\s*[:：|｜]\s*([\u3400-\u9fff·]{2,4})(?=$|[）)/／\s])|(?:记者|記者)\s*([\u3400-\u9fff·]{2,4})$/;
/** `青浦职校　陆素芸`: an organisation and a name in the closing signature. */
const organisationAndName = /^\S{2,16}[\s\u3000]+([\u3400-\u9fff·]{2,4})$/;

/** What a site's meta bar gives for a writer it does not know: its own account or "anonymous", no name to print. */
const siteAccount = /^(?:管理员|管理員|系统管理员|系統管理員|小编|小編|编辑|編輯|本站|网友|網友|匿名|佚名|admin|administrator|webmaster)$/i;
const personOrNull = (name: string | null): string | null => (name && !siteAccount.test(name.trim()) ? name : null);

/** The opening words of an untitled article, up to its first clause, as the name it is listed under. */
const stopgapMax = 16;

function stopgapTitle(blocks: readonly Block[]): string {
  const opening = blocks.find((block) => block.text.trim() !== '');
  if (!opening) return '';
  const text = ((opening.lead ?? '') + opening.text).trim();
  const clause = /^[^，。！？；：,.!?;:]{2,}/.exec(text)?.[0] ?? text;
  const chars = [...clause];
  return chars.length > stopgapMax ? `${chars.slice(0, stopgapMax).join('')}……` : chars.length < [...text].length ? `${clause}……` : clause;
}

/** A news dateline opening the text: `【某報訊】記者某某報道：`, `本網訊（某處通訊員 某某）`, `（作者为某某，…）`. */
const dateline =
  /(?:记者|記者|通讯员|通訊員|特约记者|特約記者)\s*([\u3400-\u9fff·]{2,4}?)(?:\s*(?:报道|報道|摄|攝)|\s*[)）:：]|\s)|作者为|作者為\s*([\u3400-\u9fff·]{2,4}?)[，,。；]/;
const datelineReach = 60;

/** The writer named by a credit in the text or by the closing signature, if any. */
function creditedAuthor(blocks: readonly Block[]): string | null {
  for (const block of blocks.slice(0, 2)) {
    const opening = [...((block.lead ?? '') + block.text)].slice(0, datelineReach).join('');
    const match = dateline.exec(opening);
    const name = match?.[1] ?? match?.[2];
    if (name && isName(name)) return name;
  }
  for (const block of blocks) {
    if (block.text.length > 60) continue;
    const credit = writerCredit.exec(block.text);
    const name = credit?.[1] ?? credit?.[2];
    if (name && isName(name)) return name;
  }
  for (const block of blocks.filter((candidate) => candidate.kind === 'signature')) {
    const signed = organisationAndName.exec(block.text) ?? /^([\u3400-\u9fff·]{2,4})$/.exec(block.text);
    if (signed && isName(signed[1]!)) return signed[1]!;
  }
  return null;
}

export function buildArticles(tree: LineRoot, file: VFile, path: string, overrides: SourceOverrides = {}): SourceArticle[] {
  const segments = segmentArticles(tree);
  const articles = segments.map((segment): SourceArticle => {
    const head = readHead(segment.lines);
    const body = segment.lines.slice(head.used.length);
    const blocks = classifyBlocks(body);
    const signatureDate = blocks
      .filter((block) => block.kind === 'signature')
      .map((block) => (bareDate.test(block.text) || /日期|时间|時間/.test(block.text) ? findIsoDate(block.text) : null))
      .find(Boolean);
    const text = [head.title, ...body.map((node) => node.value)].join('');
    const credited = head.author ? null : creditedAuthor(blocks);
    const single = segments.length === 1;
    const first = segment.lines[0]!;
    return {
      type: 'article',
      title: (single && overrides.title) || head.title || stopgapTitle(blocks),
      subtitle: (single && overrides.subtitle) || head.subtitle,
      author: personOrNull(firstOf(segment.meta, 'author')) ?? head.author ?? credited ?? overrides.author ?? null,
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
  for (const segment of segments) {
    const marker = readHead(segment.lines).marker;
    if (!marker) continue;
    file.info(`Took \`${marker.text}\` as the start of an article; its title is printed without it`, {
      ruleId: 'article-split',
      source: 'wenji',
      place: { line: marker.line, column: 1 },
    });
  }
  const untitled = segments.map((segment, i) => !(segments.length === 1 && overrides.title) && !readHead(segment.lines).title && Boolean(articles[i]));
  if (articles.length > 1) {
    file.info(`Split into ${articles.length} articles`, { ruleId: 'article-split', source: 'wenji', place: { line: 1, column: 1 } });
  }
  articles.forEach((article, i) => {
    if (untitled[i]) {
      file.message(`Unexpected article without a title, expected a title line; printed as \`${article.title}\` until the manifest gives one (\`title:\`)`, {
        ruleId: 'no-title',
        source: 'wenji',
        place: article.position?.start,
      });
    }
  });
  crossCheckToc(tree, file, articles);
  return articles;
}

function crossCheckToc(tree: LineRoot, file: VFile, articles: readonly SourceArticle[]): void {
  const toc = tree.data?.toc ?? [];
  if (toc.length === 0) return;
  const found = new Set(articles.flatMap((article) => [squash(article.title), squash(article.subtitle ?? '')]));
  for (const entry of toc) {
    if (found.has(squash(entry.title))) continue;
    file.message(`Unexpected table-of-contents entry \`${entry.title}\` (page ${entry.page}), expected an article with that title`, {
      ruleId: 'toc-mismatch',
      source: 'wenji',
      place: { line: entry.line, column: 1 },
    });
  }
  const listed = new Set(toc.map((entry) => squash(entry.title)));
  for (const article of articles) {
    if (listed.has(squash(article.title))) continue;
    file.message(`Unexpected article \`${article.title}\` missing from the document's table of contents`, {
      ruleId: 'toc-mismatch',
      source: 'wenji',
      place: article.position?.start,
    });
  }
}
