/**
 * Composition: the book tree becomes blocks of set lines (title page, contents,
 * article heads, headings, paragraphs). All line layout goes through the pure
 * typesetting rules; this module only chooses faces, sizes and indents.
 */
import type { Article, Block, Book, Lang } from '../../book/types.js';
import type { FontRole } from '../../fonts/fonts.js';
import type { Theme } from '../../theme/theme.js';
import type { ProhibitionLevel, PunctuationStyle, PunctuationWidth } from '../../typeset/char-classes.js';
import { type Align, layoutParagraph, type ParagraphOptions } from '../../typeset/layout-paragraph.js';
import type { Fill } from '../../typeset/line-break.js';
import type { Run } from '../../typeset/types.js';
import { articleHead, bylineLines } from '../present/heads.js';
import { type PhraseStarts, titlePhrases } from '../present/title-phrases.js';
import { type Labels, labels, punctuationStyle } from '../present/words.js';
import { DESIGN } from './design.js';
import type { Faces } from './faces.js';
import { type BlockOrigin, type BlockTag, type DrawnCluster, type FlowBlock, type FlowLine, packClusters, type Section, unpackClusters } from './flow.js';

export interface ComposeContext {
  theme: Theme;
  faces: Faces;
  /** The measure: the text block width rounded down to whole body em, so pure Han lines need no spacing. */
  measure: number;
  style: PunctuationStyle;
  punctuationWidth: PunctuationWidth;
  level: ProhibitionLevel;
  lang: Lang;
  articleBreak: 'page' | 'recto' | 'run-on';
  labels: Labels;
  /** Characters no face has, with the article (or book part) where they occur. */
  missing: Map<string, Set<string>>;
  /** Breaks against a prohibition and lines that could not fit, for `--strict`. */
  problems: string[];
  /** Where the words of an article's title start (for balanced breaks). */
  titlePhrases: PhraseStarts;
}

export function createContext(book: Book, theme: Theme, faces: Faces): ComposeContext {
  const em = theme.body.fontSize;
  const textWidth = theme.pageWidth - theme.page.margins.inside - theme.page.margins.outside;
  return {
    theme,
    faces,
    measure: Math.floor(textWidth / em + 1e-9) * em,
    style: punctuationStyle(theme, book.lang, faces.stopPlacement('body')),
    punctuationWidth: theme.body.punctuationWidth,
    level: theme.body.prohibitionLevel,
    lang: book.lang,
    articleBreak: theme.page.rectoArticleStart ? 'recto' : (theme.page.articleBreak ?? 'page'),
    labels: labels[book.lang],
    missing: new Map(),
    problems: [],
    titlePhrases: titlePhrases(book.articles.flatMap((a) => [a.title, a.subtitle ?? ''])),
  };
}

interface SetOptions {
  fontSize: number;
  leading: number;
  align: Align;
  firstLineIndent?: number;
  restIndent?: number;
  width?: number;
  /** Fill lines to the measure (default), as tight as shrinking allows, or balanced. */
  fill?: Fill;
  /** Phrase starts where balanced lines break when they can. */
  phraseStarts?: ReadonlySet<number>;
  /** Where the text comes from, for error messages. */
  where: string;
}

function runsFor(ctx: ComposeContext, parts: readonly { text: string; role: FontRole }[], where: string): Run[] {
  const runs: Run[] = [];
  for (const part of parts) {
    const result = ctx.faces.runs(part.text, part.role);
    for (const char of result.missing) {
      if (!ctx.missing.has(char)) ctx.missing.set(char, new Set());
      ctx.missing.get(char)!.add(where);
    }
    runs.push(...result.runs);
  }
  return runs;
}

/** Sets text into lines with the typesetting rules. */
export function setText(ctx: ComposeContext, parts: readonly { text: string; role: FontRole }[], o: SetOptions): FlowLine[] {
  const options: ParagraphOptions = {
    width: o.width ?? ctx.measure,
    fontSize: o.fontSize,
    firstLineIndent: o.firstLineIndent ?? 0,
    restIndent: o.restIndent ?? 0,
    align: o.align,
    prohibition: ctx.level,
    punctuation: ctx.style,
    punctuationWidth: ctx.punctuationWidth,
    cjkLatinSpace: ctx.theme.body.cjkLatinSpace,
    ...(o.fill ? { fill: o.fill } : {}),
    ...(o.phraseStarts ? { phraseStarts: o.phraseStarts } : {}),
  };
  const layout = layoutParagraph(runsFor(ctx, parts, o.where), options, ctx.faces.measure);
  if (layout.forcedBreaks > 0) ctx.problems.push(`${o.where}: ${layout.forcedBreaks} line break(s) against a prohibition`);
  const height = o.fontSize * o.leading;
  // The em box sits centred in the line; where the baseline falls in it is the face's own (Noto CJK: 0.88 em below its top).
  const ascent = ctx.faces.emBoxAscent(parts[0]?.role ?? 'body');
  return layout.lines.map((line) => {
    if (line.overfull) ctx.problems.push(`${o.where}: a line is wider than the measure: ${line.text}`);
    return {
      clusters: packClusters(line.clusters),
      fontSize: o.fontSize,
      height,
      baseline: (height - o.fontSize) / 2 + ascent * o.fontSize,
      left: line.left,
      right: line.right,
      last: line.last,
      start: line.start,
    };
  });
}

export const shift = (clusters: readonly DrawnCluster[], dx: number): DrawnCluster[] => clusters.map((c) => ({ ...c, x: c.x + dx, drawX: c.drawX + dx }));

/** The origin of a block of a section: the title page, the contents heading, or an article's head. */
function originOf(section: Section): BlockOrigin {
  if (section.kind === 'toc') return { part: 'contents', entry: null };
  if (section.kind === 'article') return { part: 'article', article: section.article!, block: null };
  // The other front and back matter has no place of its own in other editions: its pages go with the title page.
  return { part: 'title' };
}

export function block(tag: BlockTag, section: Section, lines: FlowLine[], rest: Partial<FlowBlock> = {}): FlowBlock {
  return {
    tag,
    section,
    origin: originOf(section),
    lines,
    spaceBefore: 0,
    spaceAfter: 0,
    keepWithNext: false,
    splittable: false,
    breakBefore: 'none',
    ...rest,
  };
}

/** Natural width of an item's label, pt. */
function labelWidth(ctx: ComposeContext, lead: string): number {
  const { fontSize, leading } = ctx.theme.body;
  return setText(ctx, [{ text: lead, role: 'bold' }], { fontSize, leading, align: 'start', where: 'label' })[0]?.right ?? 0;
}

/**
 * Label boxes of a list: one width for consecutive items (the widest label,
 * rounded up to ½ em), so their hanging text lines up down the list.
 */
function listLabelBoxes(ctx: ComposeContext, blocks: readonly Block[]): (number | null)[] {
  const half = ctx.theme.body.fontSize / 2;
  const boxes: (number | null)[] = blocks.map(() => null);
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    while (j < blocks.length && blocks[j]!.kind === 'item' && blocks[j]!.lead) j++;
    if (j === i) {
      i++;
      continue;
    }
    const widest = Math.max(...blocks.slice(i, j).map((b) => labelWidth(ctx, b.lead!)));
    const box = Math.ceil((widest - 1e-6) / half) * half;
    for (let k = i; k < j; k++) boxes[k] = box;
    i = j;
  }
  return boxes;
}

/** A numbered item: the label hangs, the text's lines align after it (clreq hanging indent). */
function composeItem(ctx: ComposeContext, item: Block, where: string, labelBox: number | null, fill: Fill): FlowLine[] {
  const { fontSize, leading, indent } = ctx.theme.body;
  const em = fontSize;
  const body = { fontSize, leading, where, fill };
  if (!item.lead || labelBox === null) {
    const lead = item.lead ? [{ text: item.lead, role: 'bold' as const }] : [];
    return setText(ctx, [...lead, { text: item.text, role: 'body' }], { ...body, align: 'justify', firstLineIndent: indent * em });
  }
  const [label] = setText(ctx, [{ text: item.lead, role: 'bold' }], { ...body, align: 'start' });
  const offset = indent * em + labelBox;
  const lines = setText(ctx, [{ text: item.text, role: 'body' }], { ...body, align: 'justify', width: ctx.measure - offset });
  return lines.map((line, i) => ({
    ...line,
    clusters: packClusters([...(i === 0 ? shift(unpackClusters(label!.clusters), indent * em) : []), ...shift(unpackClusters(line.clusters), offset)]),
    left: i === 0 ? indent * em : line.left + offset,
    // Offsets count the lead, set apart as the hanging label.
    start: i === 0 ? 0 : line.start + item.lead!.length,
    right: line.right + offset,
  }));
}

function composeBlock(
  ctx: ComposeContext,
  b: Block,
  section: Section,
  where: string,
  articleId: string,
  index: number,
  labelBox: number | null,
  fill: Fill = 'natural',
): FlowBlock {
  const { theme } = ctx;
  const { fontSize, leading, indent } = theme.body;
  const em = fontSize;
  const body = { fontSize, leading, where, fill };
  const source = { article: section.article!, block: index };
  const leadPart = b.lead ? [{ text: b.lead, role: 'bold' as const }] : [];
  switch (b.kind) {
    case 'heading': {
      const level = b.level;
      const style = theme.heading[`h${level}`];
      const role: FontRole = level === 4 ? 'bold' : 'heading';
      const lines = setText(ctx, [...leadPart, { text: b.text, role }], { fontSize: style.fontSize, leading: style.leading, align: 'start', where });
      return block(`H${level}`, section, lines, {
        spaceBefore: style.spaceBefore * em,
        spaceAfter: style.spaceAfter * em,
        keepWithNext: true,
        destination: `${articleId}-h${index}`,
        outline: { title: (b.lead ?? '') + b.text, level },
      });
    }
    case 'salutation':
      return block('P', section, setText(ctx, [...leadPart, { text: b.text, role: 'body' }], { ...body, align: 'start' }), { splittable: true, source });
    case 'signature':
      // A signature or closing date never stands apart from the text it closes.
      return block('P', section, setText(ctx, [...leadPart, { text: b.text, role: 'body' }], { ...body, align: 'end' }), {
        splittable: true,
        keepWithPrevious: true,
      });
    case 'item':
      return block('P', section, composeItem(ctx, b, where, labelBox, fill), { splittable: true, source });
    case 'paragraph':
      return block('P', section, setText(ctx, [...leadPart, { text: b.text, role: 'body' }], { ...body, align: 'justify', firstLineIndent: indent * em }), {
        splittable: true,
        source,
      });
  }
}

/** A title or subtitle: on one line if it fits, else on lines of even length broken between words. */
function setHeadLines(ctx: ComposeContext, text: string, role: FontRole, o: SetOptions): FlowLine[] {
  const lines = setText(ctx, [{ text, role }], o);
  if (lines.length < 2) return lines;
  return setText(ctx, [{ text, role }], { ...o, fill: 'balanced', phraseStarts: ctx.titlePhrases(text) });
}

/** An article's blocks: the head, then the body; blocks named in `tightened` filled tight. */
export function composeArticle(ctx: ComposeContext, article: Article, index: number, tightened?: ReadonlySet<number>): FlowBlock[] {
  const { theme } = ctx;
  const em = theme.body.fontSize;
  const bodyLine = em * theme.body.leading;
  const section: Section = { tag: 'Sect', article: index, kind: 'article' };
  const where = whereOf(article);
  const head = theme.heading;
  const blocks: FlowBlock[] = [];
  const articleHeadText = articleHead(article, ctx.lang);
  const title = setHeadLines(ctx, articleHeadText.title, 'heading', { fontSize: head.title.fontSize, leading: head.title.leading, align: 'center', where });
  blocks.push(
    block('H1', section, title, {
      // The first article opens on a recto; the others as the theme says.
      breakBefore: index === 0 || ctx.articleBreak === 'recto' ? 'recto' : ctx.articleBreak === 'page' ? 'page' : 'none',
      ...(index > 0 && ctx.articleBreak === 'run-on' ? { minRoom: theme.page.runOnMinLines * bodyLine } : {}),
      spaceBefore: DESIGN.articleHeadDrop * bodyLine,
      keepWithNext: true,
      destination: article.id,
      outline: { title: articleHeadText.title, level: 1 },
    }),
  );
  if (articleHeadText.subtitle) {
    const s = head.subtitle;
    const lines = setHeadLines(ctx, articleHeadText.subtitle, 'body', { fontSize: s.fontSize, leading: s.leading, align: 'center', where });
    blocks.push(block('P', section, lines, { spaceBefore: DESIGN.headGap * em, keepWithNext: true }));
  }
  bylineLines(articleHeadText, ctx.lang).forEach((text, i) => {
    const s = head.byline;
    const lines = setText(ctx, [{ text, role: 'body' }], { fontSize: s.fontSize, leading: s.leading, align: 'center', where });
    blocks.push(block('P', section, lines, { spaceBefore: i === 0 ? DESIGN.headGap * em : 0, keepWithNext: true }));
  });
  blocks[blocks.length - 1]!.spaceAfter = DESIGN.articleHeadAfter * bodyLine;
  const labelBoxes = listLabelBoxes(ctx, article.blocks);
  for (const [i, b] of article.blocks.entries()) {
    blocks.push({
      ...composeBlock(ctx, b, section, where, article.id, i, labelBoxes[i]!, tightened?.has(i) ? 'tight' : 'natural'),
      origin: { part: 'article', article: index, block: i },
    });
  }
  return blocks;
}

const whereOf = (article: Article) => `${article.id} 《${article.title}》 (${article.file})`;

/** One body block of an article set again with its lines filled tight (to pull the article's end back). */
export function composeTightBlock(ctx: ComposeContext, article: Article, index: number, block: number): FlowBlock {
  const section: Section = { tag: 'Sect', article: index, kind: 'article' };
  const labelBox = listLabelBoxes(ctx, article.blocks)[block]!;
  return composeBlock(ctx, article.blocks[block]!, section, whereOf(article), article.id, block, labelBox, 'tight');
}

export function composeToc(ctx: ComposeContext, book: Book): FlowBlock[] {
  const { theme } = ctx;
  const em = theme.body.fontSize;
  const section: Section = { tag: 'TOC', article: null, kind: 'toc' };
  const head = theme.heading.title;
  const where = 'table of contents';
  const heading = setText(ctx, [{ text: ctx.labels.contents, role: 'heading' }], { fontSize: head.fontSize, leading: head.leading, align: 'center', where });
  const blocks = [
    block('H1', section, heading, {
      // The contents open on a recto, as in any book.
      breakBefore: 'recto',
      spaceBefore: DESIGN.articleHeadDrop * em * theme.body.leading,
      spaceAfter: DESIGN.articleHeadAfter * em * theme.body.leading,
      keepWithNext: true,
      destination: 'contents',
    }),
  ];
  for (const [entry, article] of book.articles.entries()) {
    // Room for the number box and at least a gap, a dot and a gap of leaders.
    const width = ctx.measure - (DESIGN.tocNumberWidth + 2 * DESIGN.leaderGap + DESIGN.leaderPitch) * em;
    const lines = setText(ctx, [{ text: article.title, role: 'body' }], {
      fontSize: em,
      leading: theme.body.leading,
      align: 'start',
      width,
      restIndent: em,
      where,
    });
    blocks.push(block('TOCI', section, lines, { tocTarget: article.id, origin: { part: 'contents', entry } }));
  }
  return blocks;
}
