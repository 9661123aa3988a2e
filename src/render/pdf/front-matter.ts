/**
 * The print edition's front and back matter as blocks for pagination: the
 * cover (its design drawn by the page writer), the title page with the
 * publisher and date at its foot, the imprint (版权页) on the back of the
 * title page, and the back cover. The contents come from `composeToc`.
 */
import type { Book } from '../../book/types.js';
import { titlePage } from '../present/heads.js';
import type { ColophonRow } from '../present/present-book.js';
import { block, type ComposeContext, setText, shift } from './compose.js';
import { DESIGN } from './design.js';
import { type FlowBlock, type FlowLine, packClusters, type Section, unpackClusters } from './flow.js';

/** The cover: a page of its own, its design drawn as a scene (`render/cover/design.ts`). */
export function composeCover(): FlowBlock[] {
  const section: Section = { tag: 'Sect', article: null, kind: 'cover' };
  return [block('P', section, [], { breakBefore: 'page' })];
}

/** The title page (扉页): a recto; title, subtitle and editor in the upper half, publisher and date at the foot. */
export function composeTitlePage(ctx: ComposeContext, book: Book, textHeight: number): FlowBlock[] {
  const { theme } = ctx;
  const section: Section = { tag: 'Sect', article: null, kind: 'title' };
  const size = theme.heading.title.fontSize * DESIGN.titlePageScale;
  const where = 'title page';
  const page = titlePage(book);
  const title = setText(ctx, [{ text: page.title, role: 'heading' }], { fontSize: size, leading: theme.heading.title.leading, align: 'center', where });
  const blocks = [block('H1', section, title, { breakBefore: 'recto', startAt: DESIGN.titlePageTitleAt * textHeight })];
  const small = { fontSize: theme.heading.subtitle.fontSize, leading: theme.body.leading, align: 'center' as const, where };
  if (page.subtitle) blocks.push(block('P', section, setText(ctx, [{ text: page.subtitle, role: 'body' }], small), { spaceBefore: size * 0.5 }));
  blocks.push(block('P', section, setText(ctx, [{ text: page.editorLine, role: 'body' }], small), { spaceBefore: size * DESIGN.titlePageEditorGap }));
  const foot = [page.publisher, page.date.text].filter((s): s is string => !!s).flatMap((text) => setText(ctx, [{ text, role: 'body' }], small));
  blocks.push(block('P', section, foot, { atFoot: true }));
  return blocks;
}

/** Moves a set line right by `dx`. */
const moved = (line: FlowLine, dx: number): FlowLine => ({
  ...line,
  clusters: packClusters(shift(unpackClusters(line.clusters), dx)),
  left: line.left + dx,
  right: line.right + dx,
});

/** A row label spread over the label box's first four em (分散对齐: 编　　者, 文章来源). */
function spreadLabel(ctx: ComposeContext, label: string, fontSize: number, leading: number): FlowLine {
  const chars = Array.from(label);
  const box = 4 * fontSize;
  const gap = chars.length > 1 ? Math.max(0, (box - chars.length * fontSize) / (chars.length - 1)) : 0;
  const placed = chars.map((char, i) =>
    moved(setText(ctx, [{ text: char, role: 'body' }], { fontSize, leading, align: 'start', where: 'imprint' })[0]!, i * (fontSize + gap)),
  );
  const clusters = placed.flatMap((line) => unpackClusters(line.clusters));
  return { ...placed[0]!, clusters: packClusters(clusters), right: placed[placed.length - 1]!.right };
}

/**
 * The imprint (版权页): the circulation notice (内部学习资料) at the head of
 * the page, the rows at its foot under a rule, each value hanging after its
 * label, in a smaller size.
 */
export function composeImprint(ctx: ComposeContext, book: Book, rows: readonly ColophonRow[]): FlowBlock[] {
  const { theme } = ctx;
  const section: Section = { tag: 'Sect', article: null, kind: 'imprint' };
  const fontSize = theme.body.fontSize * DESIGN.imprintScale;
  const leading = theme.body.leading * 0.95;
  const labelBox = DESIGN.imprintLabelWidth * fontSize;
  const lines: FlowLine[] = [];
  const notice = book.meta.notice;
  // The notice heads the imprint, a blank line above the rule.
  if (notice) {
    const set = setText(ctx, [{ text: notice, role: 'heading' }], {
      fontSize: fontSize * 1.15,
      leading: (leading * 2) / 1.15,
      align: 'start',
      where: 'imprint',
    });
    lines.push(...set);
  }
  const ruleAt = lines.length;
  for (const row of rows) {
    row.lines.forEach((text, r) => {
      const set = setText(ctx, [{ text, role: 'body' }], { fontSize, leading, align: 'start', width: ctx.measure - labelBox, where: 'imprint' }).map((line) =>
        moved(line, labelBox),
      );
      if (r === 0) {
        const label = spreadLabel(ctx, row.label, fontSize, leading);
        set[0] = { ...set[0]!, clusters: packClusters([...unpackClusters(label.clusters), ...unpackClusters(set[0]!.clusters)]), left: 0 };
      }
      lines.push(...set);
    });
  }
  return [block('P', section, lines, { atFoot: true, ruleAbove: ruleAt, breakBefore: 'page' })];
}

/** The back cover: a verso at the very end; the book's description set in its middle (the frame and words around it are drawn as a scene). */
export function composeBackCover(ctx: ComposeContext, book: Book, textHeight: number): FlowBlock[] {
  const { theme } = ctx;
  const section: Section = { tag: 'Sect', article: null, kind: 'back-cover' };
  const em = theme.body.fontSize;
  const paragraphs = (book.meta.description ?? '')
    .split(/\n+/)
    .map((text) => text.trim())
    .filter((text) => text.length > 0);
  // A narrower measure, centred on the page (the frame is symmetric, the verso's text block is not).
  const width = ctx.measure - 2 * em;
  const verso = { left: theme.pageWidth - theme.page.margins.inside - ctx.measure };
  const dx = (theme.pageWidth - width) / 2 - verso.left;
  const lines = paragraphs.flatMap((text) => {
    const set = (align: 'justify' | 'center', indent: number) =>
      setText(ctx, [{ text, role: 'body' }], { fontSize: em, leading: theme.body.leading, align, width, firstLineIndent: indent, where: 'back cover' });
    // A blurb that fits one line is centred, not indented.
    const centred = set('center', 0);
    return (centred.length === 1 ? centred : set('justify', theme.body.indent * em)).map((line) => moved(line, dx));
  });
  return [block('P', section, lines, { breakBefore: 'page', startAt: DESIGN.backCoverTextAt * textHeight })];
}
