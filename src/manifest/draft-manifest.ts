/**
 * A first edition manifest for a folder of raw pages, as YAML text with a
 * comment on every doubt (`# check: …`) so a person can review fifty pages in
 * one read. Pure: the same sources give the same text, whatever the clock,
 * the working directory or the machine.
 */
import { createHash } from 'node:crypto';
import type { VFileMessage } from 'vfile-message';
import { stringify } from 'yaml';
import type { SourceArticle } from '../book/types.js';
import type { Encoding } from '../read/decode.js';
import { countMessages, severityOf } from '../util/severity.js';
import { findNearDuplicates } from './near-duplicates.js';
import { titleDoubts } from './title-doubts.js';

export interface DraftSource {
  /** Path relative to the manifest's folder, `/`-separated. */
  file: string;
  /** Detected encoding; null when the file could not be read. */
  encoding: Encoding | null;
  articles: readonly SourceArticle[];
  messages: readonly VFileMessage[];
  /** Why the file could not be read, when it could not. */
  unreadable?: string;
}

export interface DraftInput {
  /** Name of the folder the sources are in (the book's title or slug may come from it). */
  folderName: string;
  sources: readonly DraftSource[];
  /** Entries of the folder that are not sources, as shown to the reader. */
  ignored: readonly string[];
  /** `SOURCE_DATE_EPOCH`, if set: the publication date is that day. */
  sourceDateEpoch?: string;
}

export interface Draft {
  text: string;
  /** `# check:` comments written. */
  doubts: number;
  /** Sources listed (not left out). */
  listed: number;
  /** Sources left out (unreadable or nothing to print). */
  leftOut: number;
  /** Error messages in the listed sources: the build stops on them. */
  errors: number;
  articles: number;
}

/** Printed on the title page until someone writes a name. */
export const editorPlaceholder = '编者';
/** The publication date when neither SOURCE_DATE_EPOCH nor an article gives one. */
export const datePlaceholder = '1970-01-01';
const defaultEditions = ['zh-Hans', 'zh-Hant'] as const;
/** Every edition the product makes, as the seeds' manifest asks for them; the user drops what the book does not need. */
const defaultFormats = ['pdf', 'booklet', 'epub', 'epub-vertical'] as const;
/** At most this many warnings of one file are spelled out. */
const warningsShown = 3;
/** At most this many line numbers are listed for one rule. */
const linesShown = 8;

const hasHan = (text: string) => /[\u3400-\u9fff]/.test(text);

/** A string as one YAML scalar (quoted only when YAML needs it). */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** Text safe inside a one-line YAML comment. */
function commentText(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ');
}

export function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function inventedSlug(title: string): string {
  return `wenji-${createHash('sha1').update(title).digest('hex').slice(0, 8)}`;
}

function dayOfEpoch(epoch: string | undefined): string | null {
  if (!epoch || !/^\d+$/.test(epoch)) return null;
  return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
}

const isEmpty = (source: DraftSource) => source.articles.length === 0 || source.messages.some((m) => m.ruleId === 'empty-source');
const squash = (text: string) => text.replace(/[\s\u3000]+/g, '');

function lineList(lines: readonly number[]): string {
  const unique = [...new Set(lines)].sort((a, b) => a - b);
  const shown = unique.slice(0, linesShown).join(', ');
  return unique.length > linesShown ? `${shown} and ${unique.length - linesShown} more` : shown;
}

/** One `# check:` per doubt, and plain notes, indented under an entry. */
class Comments {
  readonly lines: string[] = [];
  doubts = 0;

  constructor(private readonly indent: string) {}

  check(text: string): void {
    this.lines.push(`${this.indent}# check: ${commentText(text)}`);
    this.doubts++;
  }

  note(text: string): void {
    this.lines.push(`${this.indent}# ${commentText(text)}`);
  }
}

function errorDoubt(comments: Comments, errors: readonly VFileMessage[]): void {
  if (errors.length === 0) return;
  const byRule = new Map<string, number[]>();
  for (const error of errors) {
    const rule = error.ruleId ?? 'error';
    byRule.set(rule, [...(byRule.get(rule) ?? []), ...(error.line ? [error.line] : [])]);
  }
  const where = [...byRule].map(([rule, lines]) => (lines.length > 0 ? `${rule} at line${lines.length > 1 ? 's' : ''} ${lineList(lines)}` : rule)).join('; ');
  comments.check(
    `${errors.length} error${errors.length > 1 ? 's' : ''} (${where}): the build stops on ${errors.length > 1 ? 'them' : 'it'}; ` +
      '`wenji fix` writes a correction to edit for each damage, `wenji check` lists them',
  );
}

function warningDoubts(comments: Comments, warnings: readonly VFileMessage[]): void {
  for (const warning of warnings.slice(0, warningsShown)) {
    comments.check(`warning${warning.line ? ` at line ${warning.line}` : ''} (${warning.ruleId ?? 'warning'}): ${warning.reason}`);
  }
  if (warnings.length > warningsShown) comments.check(`${warnings.length - warningsShown} more warnings: \`wenji check\` lists them`);
}

interface EntryContext {
  /** Earlier file this one looks like a copy of, with the share. */
  copyOf?: { file: string; shared: number };
  /** Earlier files with an article of the same title. */
  sameTitleAs: string[];
}

function entryLines(source: DraftSource, context: EntryContext): { lines: string[]; doubts: number } {
  const comments = new Comments('    ');
  const keys: string[] = [];
  if (source.encoding && source.encoding !== 'utf-8') {
    keys.push(`    encoding: ${source.encoding}   # detected: the file is not UTF-8`);
  }
  const messages = source.messages.filter((m) => m.ruleId !== 'no-title');
  errorDoubt(
    comments,
    messages.filter((m) => severityOf(m.fatal) === 'error'),
  );
  if (context.copyOf) {
    comments.check(`looks like a copy of ${context.copyOf.file} (${Math.round(context.copyOf.shared * 100)}% of the shorter text is in the other): keep one`);
  }
  for (const file of context.sameTitleAs) comments.check(`same title as ${file}: the contents will list it twice`);
  const articles = source.articles;
  if (articles.length === 1) {
    const article = articles[0]!;
    const untitled = source.messages.some((m) => m.ruleId === 'no-title');
    const doubts = untitled
      ? [{ reason: 'is missing: the page has no title line, so it is listed under its opening words', notATitle: true }]
      : titleDoubts(article.title);
    for (const doubt of doubts) comments.check(`the title ${doubt.reason}; ${doubt.notATitle ? 'write the real one below' : 'edit it below'}`);
    const titleLine = article.position?.start.line;
    const damaged = messages.some((m) => m.fatal === true && m.line === titleLine);
    if (damaged) comments.note('title not pinned while its line has an error: a correction may change it');
    // A title is pinned only when it is one: the reviewer edits it in place, or uncomments and writes.
    if (damaged || doubts.some((doubt) => doubt.notATitle)) keys.push(`    # title: ${commentText(article.title)}`);
    else keys.push(`    title: ${scalar(article.title)}`);
  } else {
    comments.check(`split into ${articles.length} articles (a compilation?); the contents list each of these titles:`);
    for (const article of articles) comments.note(`  line ${article.position?.start.line ?? '?'}: ${article.title || '(no title)'}`);
    const stem = source.file.replace(/\.txt$/i, '');
    for (const article of articles) {
      for (const doubt of titleDoubts(article.title)) {
        comments.check(`the title at line ${article.position?.start.line ?? '?'} ${doubt.reason}; a correction in ${stem}.fixes.yaml can change it`);
      }
    }
  }
  warningDoubts(
    comments,
    messages.filter((m) => severityOf(m.fatal) === 'warning'),
  );
  return { lines: [`  - file: ${scalar(source.file)}`, ...comments.lines, ...keys], doubts: comments.doubts };
}

function leftOutLines(source: DraftSource): string[] {
  const why = source.unreadable ? `cannot be read: ${source.unreadable}` : 'nothing to print (empty, or nothing left after cleaning)';
  return [`  # check: ${commentText(`left out, ${why}`)}`, `  # - file: ${scalar(source.file)}`];
}

/** Pairs of listed sources: later copies of earlier files, and repeated titles. */
function entryContexts(listed: readonly DraftSource[]): EntryContext[] {
  const contexts: EntryContext[] = listed.map(() => ({ sameTitleAs: [] }));
  const texts = listed.map((source) =>
    source.articles.map((article) => [article.title, ...article.blocks.map((block) => (block.lead ?? '') + block.text)].join('\n')).join('\n'),
  );
  for (const duplicate of findNearDuplicates(texts)) {
    const context = contexts[duplicate.second]!;
    if (!context.copyOf || duplicate.shared > context.copyOf.shared) context.copyOf = { file: listed[duplicate.first]!.file, shared: duplicate.shared };
  }
  const firstWithTitle = new Map<string, number>();
  listed.forEach((source, index) => {
    for (const article of source.articles) {
      const key = squash(article.title);
      if (!key) continue;
      const first = firstWithTitle.get(key);
      if (first === undefined) firstWithTitle.set(key, index);
      else if (first !== index && contexts[index]!.copyOf?.file !== listed[first]!.file) {
        const file = listed[first]!.file;
        if (!contexts[index]!.sameTitleAs.includes(file)) contexts[index]!.sameTitleAs.push(file);
      }
    }
  });
  return contexts;
}

function wrapList(prefix: string, items: readonly string[], width = 100): string[] {
  const lines: string[] = [];
  let line = prefix;
  for (const [i, item] of items.entries()) {
    const piece = item + (i < items.length - 1 ? ',' : '');
    if (line.length + piece.length + 1 > width && line !== prefix) {
      lines.push(line);
      line = '#  ';
    }
    line += ` ${piece}`;
  }
  lines.push(line);
  return lines;
}

export function draftManifest(input: DraftInput): Draft {
  const readable = input.sources.filter((source) => !source.unreadable && !isEmpty(source));
  // A manifest needs one source: when none has text, all are listed and the build says why.
  const listed = readable.length > 0 ? readable : input.sources.filter((source) => !source.unreadable);
  const leftOut = input.sources.filter((source) => !listed.includes(source));
  const articles = listed.flatMap((source) => source.articles);

  const head: string[] = [];
  // The first title without a doubt stands in for the book's when the folder name is no title.
  const clearTitle = (article: SourceArticle) => titleDoubts(article.title).length === 0;
  const firstTitled = listed.find((source) => source.articles.some(clearTitle));
  const firstTitle = firstTitled?.articles.find(clearTitle)?.title;
  let title: string;
  if (hasHan(input.folderName) || !firstTitle) {
    title = input.folderName.trim() || '文集';
    head.push(`# Book title: from the folder name.`);
  } else {
    title = firstTitle;
    head.push(
      `# Book title: the first clear article title (${firstTitled!.file}), as the folder name \`${commentText(input.folderName)}\` has no Chinese; write the book's own.`,
    );
  }
  head.push(`title: ${scalar(title)}`);
  head.push(`editor: ${scalar(editorPlaceholder)}   # placeholder: the editor's name, printed on the title page`);

  let slug = slugOf(input.folderName);
  if (slug && /^[a-z0-9]/.test(slug)) {
    head.push(`# Output files are named ${slug}.zh-Hans.pdf and so on (slug from the folder name).`);
  } else {
    slug = inventedSlug(title);
    head.push(
      `# Slug invented from the title, as the folder name has no Latin letters or digits: output files are named ${slug}.zh-Hans.pdf and so on; choose a readable one.`,
    );
  }
  head.push(`slug: ${slug}`);

  const epochDay = dayOfEpoch(input.sourceDateEpoch);
  const dated = listed
    .flatMap((source) => source.articles.map((article) => ({ date: article.date ?? '', file: source.file })))
    .filter((entry) => /^\d{4}-\d{2}-\d{2}$/.test(entry.date))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  let date: string;
  if (epochDay) {
    date = epochDay;
    head.push('# Publication date: the day of SOURCE_DATE_EPOCH.');
  } else if (dated[0]) {
    date = dated[0].date;
    head.push(`# Publication date: the latest date an article carries (${dated[0].file}), so the same pages always give the same manifest; set the real one.`);
  } else {
    date = datePlaceholder;
    head.push(
      '# Publication date: placeholder (no article carries a date, and the clock is never read, so the same pages always give the same manifest); set the real one.',
    );
  }
  head.push(`date: ${date}`);

  const hans = articles.filter((article) => article.script === 'Hans').length;
  const scripts = `${hans} article${hans === 1 ? '' : 's'} in Simplified, ${articles.length - hans} in Traditional`;
  head.push(`editions: [${defaultEditions.join(', ')}]   # ${scripts}; both scripts are built, drop one to build only the other`);
  head.push(
    `formats: [${defaultFormats.join(', ')}]   # print PDF, the same pages imposed on A4 to fold and staple, e-book, vertical e-book (Traditional edition only)`,
  );
  head.push(
    '# Optional: uncomment what the book needs.',
    '# notice: 内部学习资料     # a line on the imprint page and the back cover (at most 40 characters)',
    '# backCover: true          # a back cover on the print edition',
    '# version: 2               # the edition number on the imprint (版次, default 1)',
    '# cover: cover.png         # your own cover image (PNG or JPEG) instead of the generated one',
    '# theme: theme.yaml        # your own theme (page size, type sizes), beside this file',
    '# fonts: fonts.yaml        # your own font manifest (faces per script and role), beside this file',
  );

  const contexts = entryContexts(listed);
  const body: string[] = ['sources:   # in file-name order (numbers by value); move entries to reorder the book'];
  let doubts = 0;
  for (const source of input.sources) {
    if (leftOut.includes(source)) {
      body.push(...leftOutLines(source));
      doubts++;
      continue;
    }
    const entry = entryLines(source, contexts[listed.indexOf(source)]!);
    body.push(...entry.lines);
    doubts += entry.doubts;
  }

  const { errors } = countMessages(listed);
  const files = input.sources.length;
  const intro = [
    `# Edition manifest drafted by \`wenji init\` from ${files} file${files === 1 ? '' : 's'} in \`${commentText(input.folderName)}/\`.`,
    doubts > 0
      ? `# ${doubts} doubt${doubts === 1 ? '' : 's'} to review: the comments starting \`# check:\`. Fill in the placeholders, then run \`wenji build --manifest\` with this file.`
      : '# No doubts found. Fill in the placeholders, then run `wenji build --manifest` with this file.',
    '# Keys and defaults: README, "Sources, manifest and corrections".',
    ...(input.ignored.length > 0 ? wrapList('# Not read (only .txt files are sources):', input.ignored.map(commentText)) : []),
  ];
  const text = [...intro, '', ...head, '', ...body, ''].join('\n');
  return { text, doubts, listed: listed.length, leftOut: leftOut.length, errors, articles: articles.length };
}
