/**
 * Script conversion on the book tree: text values only (titles, bylines,
 * leads, block text), never ids, paths or dates. Articles already in the
 * target script are left alone except for their quotation marks. User
 * dictionary entries and never-convert spans from the manifest are cut out
 * before OpenCC sees the text; characters OpenCC can only guess at are
 * reported with their place.
 */
import type { Article, Block, Book, Lang, Script } from '../book/types.js';
import { detectScript } from '../structure/detect-script.js';
import { findAmbiguities } from './ambiguous.js';
import { converter, converterForText, type Convert, type Variant } from './converters.js';
import { convertQuotes } from './quotes.js';

export interface ConversionOptions {
  variant: Variant;
  /** Phrase → replacement, applied instead of OpenCC, for this target. */
  dictionary: Readonly<Record<string, string>>;
  /** Spans never converted. */
  keep: readonly string[];
}

export interface ConversionWarning {
  file: string;
  line: number | null;
  reason: string;
  char: string;
}

export const scriptOfLang = (lang: Lang): Script => (lang === 'zh-Hant' ? 'Hant' : 'Hans');

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Converts one text, honouring pinned phrases and kept spans, and lists
 * OpenCC's guesses. `convert` is OpenCC's converter from `from` to `to`.
 */
export function convertText(
  text: string,
  from: Script,
  to: Script,
  options: ConversionOptions,
  convert: Convert = converter(from, to, options.variant),
): { text: string; guesses: ReturnType<typeof findAmbiguities> } {
  if (from === to) return { text: convertQuotes(text, to), guesses: [] };
  const pinned = [...options.keep, ...Object.keys(options.dictionary)].sort((a, b) => b.length - a.length);
  const pattern = pinned.length > 0 ? new RegExp(pinned.map(escapeRegExp).join('|'), 'g') : null;
  let output = '';
  const guesses: ReturnType<typeof findAmbiguities> = [];
  let last = 0;
  const free = (end: number) => {
    const span = text.slice(last, end);
    for (const guess of findAmbiguities(span, to)) guesses.push({ ...guess, index: guess.index + last });
    output += convert(span);
  };
  for (const match of pattern ? text.matchAll(pattern) : []) {
    free(match.index);
    output += options.dictionary[match[0]] ?? match[0];
    last = match.index + match[0].length;
  }
  free(text.length);
  return { text: convertQuotes(output, to), guesses };
}

/** Every text `convertBook` may convert, joined: what its converters are built for. */
function bookText(book: Book): string {
  const parts: string[] = [book.meta.title, book.meta.editor, book.meta.subtitle ?? '', book.meta.publisher ?? '', book.meta.description ?? '', ...book.meta.keywords];
  for (const article of book.articles) {
    parts.push(article.title, article.subtitle ?? '', article.author ?? '', article.role ?? '', article.source ?? '');
    for (const block of article.blocks) parts.push(block.text, block.lead ?? '');
  }
  return parts.join('\n');
}

export function convertBook(book: Book, lang: Lang, options: ConversionOptions): { book: Book; warnings: ConversionWarning[] } {
  const to = scriptOfLang(lang);
  const warnings: ConversionWarning[] = [];
  // Built on first need, for this book's characters only (see converters.ts).
  const converters = new Map<Script, Convert>();
  const convertFrom = (from: Script): Convert => {
    let convert = converters.get(from);
    if (!convert) converters.set(from, (convert = converterForText(from, to, options.variant, bookText(book))));
    return convert;
  };
  const convertValue = (value: string, from: Script) => convertText(value, from, to, options, from === to ? undefined : convertFrom(from));
  const convertArticle = (article: Article): Article => {
    const text = (value: string, line: number | null): string => {
      const result = convertValue(value, article.script);
      for (const guess of result.guesses) {
        const context = value.slice(Math.max(0, guess.index - 4), guess.index + 5);
        warnings.push({
          file: article.file,
          line,
          char: guess.char,
          reason: `Unexpected ambiguous conversion of \`${guess.char}\` (${[...guess.targets].join('/')}) in \`${context}\`, expected a phrase pinned in sources/book.yaml conversion.dictionary or conversion.keep`,
        });
      }
      return result.text;
    };
    const optional = (value: string | null, line: number | null) => (value === null ? null : text(value, line));
    const headLine = article.position?.start.line ?? null;
    const blocks = article.blocks.map((block): Block => {
      const line = block.position?.start.line ?? null;
      return { ...block, text: text(block.text, line), ...(block.lead !== undefined ? { lead: text(block.lead, line) } : {}) };
    });
    return {
      ...article,
      title: text(article.title, headLine),
      subtitle: optional(article.subtitle, headLine),
      author: optional(article.author, headLine),
      role: optional(article.role, headLine),
      source: optional(article.source, headLine),
      script: to,
      blocks,
    };
  };
  const meta = book.meta;
  const convertMeta = (value: string) => convertValue(value, detectScript(value)).text;
  return {
    book: {
      ...book,
      lang,
      meta: {
        ...meta,
        title: convertMeta(meta.title),
        editor: convertMeta(meta.editor),
        ...(meta.subtitle ? { subtitle: convertMeta(meta.subtitle) } : {}),
        ...(meta.publisher ? { publisher: convertMeta(meta.publisher) } : {}),
        ...(meta.description ? { description: convertMeta(meta.description) } : {}),
        keywords: meta.keywords.map(convertMeta),
      },
      articles: book.articles.map(convertArticle),
    },
    warnings,
  };
}
