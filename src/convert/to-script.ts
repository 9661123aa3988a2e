/**
 * Script conversion on the book tree: text values only (titles, bylines,
 * leads, block text), never ids, paths or dates. Articles already in the
 * target script are left alone except for their quotation marks. User
 * dictionary entries and never-convert spans from the manifest are cut out
 * before OpenCC sees the text; characters OpenCC can only guess at are
 * reported with their place.
 */
import type { Article, AssembledBook, Block, Book, Lang, Script } from '../book/types.js';
import { detectScript } from '../structure/detect-script.js';
import { unifyCompatIdeographs } from '../util/compat-ideographs.js';
import { escapeRegExp } from '../util/regexp.js';
import { simplifiedView, traditionalView } from '../words/character-views.js';
import { ambiguousTargets, decidedByContext } from './ambiguous.js';
import { type ConvertDetailed, converterForTexts, detailedConverter, type Variant } from './converters.js';
import { convertQuotes } from './quotes.js';
import { repairMixedScript } from './repair.js';

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
const otherScript = (script: Script): Script => (script === 'Hant' ? 'Hans' : 'Hant');
/** Repairs restore the script, never the vocabulary: Taiwan phrases (联系 → 聯絡) stay out of them. */
const repairVariant = (variant: Variant): Variant => (variant === 'twp' ? 'tw' : variant);

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

/** A character the engine could only guess at, or a leftover it could not decide. */
export interface Guess {
  /** UTF-16 index in the text. */
  index: number;
  char: string;
  /** The possible targets (for a guess) or the likely one (for a leftover). */
  targets: string;
  kind: 'ambiguous' | 'leftover';
}

/** The text made the other script character by character: what repairs convert back. */
export function repairView(text: string, to: Script): string {
  const chars = [...text];
  return (to === 'Hant' ? simplifiedView(chars) : traditionalView(chars)).join('');
}

/**
 * Converts one text, honouring pinned phrases and kept spans, and lists the
 * engine's guesses. `convert` is the engine from `from` to `to`, or, when the
 * text is already in the target script, from the other script to it (for
 * repairs of leftovers).
 */
export function convertText(
  text: string,
  from: Script,
  to: Script,
  options: ConversionOptions,
  convert: ConvertDetailed = from === to
    ? detailedConverter(otherScript(to), to, repairVariant(options.variant))
    : detailedConverter(from, to, options.variant),
  pattern: RegExp | null = pinnedPattern(options),
  thorough = false,
): { text: string; guesses: Guess[]; repairs: number } {
  // Read as the unified ideographs the engine converts, so that guesses index the text as output.
  text = unifyCompatIdeographs(text);
  let repairs = 0;
  let output = '';
  const guesses: Guess[] = [];
  for (const piece of cutAtPinned(text, pattern)) {
    const span = text.slice(piece.start, piece.end);
    if (!piece.free) {
      output += options.dictionary[span] ?? span;
      continue;
    }
    if (from === to) {
      const repair = repairMixedScript(span, to, convert, thorough);
      repairs += repair.changes.length;
      for (const doubt of repair.doubts) guesses.push({ index: doubt.index + piece.start, char: doubt.char, targets: doubt.target, kind: 'leftover' });
      output += repair.text;
      continue;
    }
    const conversion = convert(span);
    for (const index of conversion.alone) {
      const char = span[index]!;
      const targets = ambiguousTargets[to][char];
      if (targets && !decidedByContext(span, index, to)) guesses.push({ index: index + piece.start, char, targets, kind: 'ambiguous' });
    }
    output += conversion.text;
  }
  return { text: convertQuotes(output, to), guesses, repairs };
}

/** A source with this many leftovers was converted character by character: its one-to-many characters are repaired too. */
const characterConvertedAt = 3;

/** Where a text value sits in the sources (null for the book's metadata). */
type Place = { file: string; line: number | null } | null;

/** The book with each text value mapped, given the script it is written in. */
function mapTexts(book: AssembledBook, lang: Lang, scriptOf: ConversionOptions['scriptOf'], map: (value: string, from: Script, place: Place) => string): Book {
  const to = scriptOfLang(lang);
  const convertArticle = (article: Article): Article => {
    const text = (value: string, line: number | null) => map(value, article.script, { file: article.file, line });
    const optional = (value: string | null, line: number | null) => (value === null ? null : text(value, line));
    const headLine = article.position?.start.line ?? null;
    const blocks = article.blocks.map((block): Block => {
      const line = block.position?.start.line ?? null;
      if (block.kind === 'paragraph' || block.kind === 'item') {
        return { ...block, text: text(block.text, line), ...(block.lead !== undefined ? { lead: text(block.lead, line) } : {}) };
      }
      return { ...block, text: text(block.text, line) };
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
      ...(meta.notice ? { notice: convertMeta(meta.notice) } : {}),
      keywords: meta.keywords.map(convertMeta),
    },
    articles: book.articles.map(convertArticle),
  };
}

export function convertBook(book: AssembledBook, lang: Lang, options: ConversionOptions): { book: Book; warnings: ConversionWarning[] } {
  const to = scriptOfLang(lang);
  const pattern = pinnedPattern(options);
  // First what the engine will see, per script, so that each engine is built for it (converters.ts):
  // texts in the other script, and the repair views of texts already in this one.
  const toConvert: string[] = [];
  const toRepair: string[] = [];
  mapTexts(book, lang, options.scriptOf, (value, from) => {
    for (const piece of cutAtPinned(value, pattern)) {
      if (!piece.free) continue;
      const span = value.slice(piece.start, piece.end);
      if (from === to) toRepair.push(repairView(span, to));
      else toConvert.push(span);
    }
    return value;
  });
  const other = otherScript(to);
  const converting = toConvert.length > 0 ? converterForTexts(other, to, options.variant, toConvert) : undefined;
  const repairing = toRepair.length > 0 ? converterForTexts(other, to, repairVariant(options.variant), toRepair) : undefined;
  const engineFor = (from: Script) => (from === to ? repairing : converting);
  const leftovers = new Map<string, number>();
  mapTexts(book, lang, options.scriptOf, (value, from, place) => {
    if (from === to && place)
      leftovers.set(place.file, (leftovers.get(place.file) ?? 0) + convertText(value, from, to, options, engineFor(from), pattern).repairs);
    return value;
  });
  const warnings: ConversionWarning[] = [];
  const converted = mapTexts(book, lang, options.scriptOf, (value, from, place) => {
    const thorough = place !== null && (leftovers.get(place.file) ?? 0) >= characterConvertedAt;
    const result = convertText(value, from, to, options, engineFor(from), pattern, thorough);
    // The book's metadata is the manifest's own text: its guesses are not reported.
    if (place) for (const guess of result.guesses) warnings.push({ file: place.file, line: place.line, char: guess.char, reason: guessReason(value, guess) });
    return result.text;
  });
  // The Traditional edition records which standard of characters it follows (its imprint says so).
  return { book: to === 'Hant' ? { ...converted, meta: { ...converted.meta, variant: options.variant } } : converted, warnings };
}

function guessReason(value: string, guess: Guess): string {
  const context = value.slice(Math.max(0, guess.index - 4), guess.index + 5);
  const pin = 'expected a phrase pinned in sources/book.yaml conversion.dictionary or conversion.keep';
  return guess.kind === 'leftover'
    ? `Unexpected \`${guess.char}\` of the other script in \`${context}\` (\`${guess.targets}\`?), ${pin}`
    : `Unexpected ambiguous conversion of \`${guess.char}\` (${[...guess.targets].join('/')}) in \`${context}\`, ${pin}`;
}
