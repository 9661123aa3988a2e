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
import { findAmbiguities, phraseIndexFor, type PhraseIndex } from './ambiguous.js';
import { converter, converterForTexts, type Convert, type Variant } from './converters.js';
import { convertQuotes } from './quotes.js';
import { TextSample } from './text-sample.js';

export interface ConversionOptions {
  variant: Variant;
  /** Phrase → replacement, applied instead of OpenCC, for this target. */
  dictionary: Readonly<Record<string, string>>;
  /** Spans never converted. */
  keep: readonly string[];
  /** The script of a metadata value, if known already (else it is detected). */
  scriptOf?: (text: string) => Script | undefined;
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

function pinnedPattern(options: ConversionOptions): RegExp | null {
  const pinned = [...options.keep, ...Object.keys(options.dictionary)].sort((a, b) => b.length - a.length);
  return pinned.length > 0 ? new RegExp(pinned.map(escapeRegExp).join('|'), 'g') : null;
}

/** `text` cut at pinned phrases and kept spans: pieces OpenCC converts (`free`) and ones it must not touch. */
function cutAtPinned(text: string, pattern: RegExp | null): { start: number; end: number; free: boolean }[] {
  const pieces: { start: number; end: number; free: boolean }[] = [];
  let last = 0;
  for (const match of pattern ? text.matchAll(pattern) : []) {
    pieces.push({ start: last, end: match.index, free: true }, { start: match.index, end: match.index + match[0].length, free: false });
    last = match.index + match[0].length;
  }
  pieces.push({ start: last, end: text.length, free: true });
  return pieces;
}

/**
 * Converts one text, honouring pinned phrases and kept spans, and lists
 * OpenCC's guesses. `convert` is OpenCC's converter from `from` to `to`;
 * `phrasesOf`, the index of phrases that decide ambiguous characters.
 */
export function convertText(
  text: string,
  from: Script,
  to: Script,
  options: ConversionOptions,
  convert: Convert = converter(from, to, options.variant),
  pattern: RegExp | null = pinnedPattern(options),
  phrasesOf?: PhraseIndex,
): { text: string; guesses: ReturnType<typeof findAmbiguities> } {
  if (from === to) return { text: convertQuotes(text, to), guesses: [] };
  let output = '';
  const guesses: ReturnType<typeof findAmbiguities> = [];
  for (const piece of cutAtPinned(text, pattern)) {
    const span = text.slice(piece.start, piece.end);
    if (!piece.free) {
      output += options.dictionary[span] ?? span;
      continue;
    }
    for (const guess of findAmbiguities(span, to, phrasesOf)) guesses.push({ ...guess, index: guess.index + piece.start });
    output += convert(span);
  }
  return { text: convertQuotes(output, to), guesses };
}

/** Where a text value sits in the sources (null for the book's metadata). */
type Place = { file: string; line: number | null } | null;

/** The book with each text value mapped, given the script it is written in. */
function mapTexts(book: Book, lang: Lang, scriptOf: ConversionOptions['scriptOf'], map: (value: string, from: Script, place: Place) => string): Book {
  const to = scriptOfLang(lang);
  const convertArticle = (article: Article): Article => {
    const text = (value: string, line: number | null) => map(value, article.script, { file: article.file, line });
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
  const convertMeta = (value: string) => map(value, scriptOf?.(value) ?? detectScript(value), null);
  return {
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
  };
}

export function convertBook(book: Book, lang: Lang, options: ConversionOptions): { book: Book; warnings: ConversionWarning[] } {
  const to = scriptOfLang(lang);
  const pattern = pinnedPattern(options);
  // First the spans OpenCC will see, per script, so that each converter is built for them (converters.ts).
  const spans = new Map<Script, string[]>();
  mapTexts(book, lang, options.scriptOf, (value, from) => {
    if (from === to) return value;
    if (!spans.has(from)) spans.set(from, []);
    for (const piece of cutAtPinned(value, pattern)) if (piece.free) spans.get(from)!.push(value.slice(piece.start, piece.end));
    return value;
  });
  const converters = new Map([...spans].map(([from, texts]) => [from, converterForTexts(from, to, options.variant, texts)]));
  // A book already in the target script converts nothing, so it needs no index.
  const phrasesOf = spans.size > 0 ? phraseIndexFor(to, new TextSample([...spans.values()].flat())) : undefined;
  const warnings: ConversionWarning[] = [];
  const converted = mapTexts(book, lang, options.scriptOf, (value, from, place) => {
    const result = convertText(value, from, to, options, converters.get(from), pattern, phrasesOf);
    // The book's metadata is the manifest's own text: its guesses are not reported.
    if (place) {
      for (const guess of result.guesses) {
        const context = value.slice(Math.max(0, guess.index - 4), guess.index + 5);
        warnings.push({
          file: place.file,
          line: place.line,
          char: guess.char,
          reason: `Unexpected ambiguous conversion of \`${guess.char}\` (${[...guess.targets].join('/')}) in \`${context}\`, expected a phrase pinned in sources/book.yaml conversion.dictionary or conversion.keep`,
        });
      }
    }
    return result.text;
  });
  return { book: converted, warnings };
}
