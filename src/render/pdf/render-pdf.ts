/**
 * The print writer: book → PDF bytes. Compose every block with the typesetting
 * rules, paginate the whole book (so folios and contents page numbers are
 * known), then draw page after page — pdfkit flushes each finished page, so a
 * book of thousands of pages never sits in memory as drawn pages.
 */
import PDFDocument from 'pdfkit';
import { isLargeBook } from '../../book/size.js';
import type { Book } from '../../book/types.js';
import { layoutFont } from '../../fonts/coverage.js';
import type { FontSet } from '../../fonts/fonts.js';
import type { Theme } from '../../theme/theme.js';
import { UserError } from '../../util/user-error.js';
import { ArticleFlows } from './article-flows.js';
import { composeTitlePage, composeToc, createContext, setText, type ComposeContext } from './compose.js';
import { DESIGN } from './design.js';
import { drawLine } from './draw-line.js';
import { createFaces } from './faces.js';
import type { FlowBlock, FlowLine } from './flow.js';
import { pageFrame, textHeight, type PageFrame } from './page-frame.js';
import { pageStarts, type PageStart } from './page-starts.js';
import { destinationPages, paginate, type Page, type PagePart } from './paginate.js';
import { useEscapedXmp } from './xmp.js';

export interface OutlineEntry {
  title: string;
  page: number;
  /** 1 for an article, 2–4 for its headings. */
  level: number;
}

export interface PdfResult {
  bytes: Uint8Array;
  pages: number;
  outline: OutlineEntry[];
  /** Where each page begins in the book, for page-break markers in other editions. */
  pageStarts: PageStart[];
}

export interface PdfOptions {
  theme: Theme;
  /** Faces for the book's script (`loadFontSet(scriptOf(book.lang))`). */
  fonts: FontSet;
  /** Fail on typographic faults the layout could not avoid (prohibited breaks, overfull lines). */
  strict?: boolean;
  /** Set articles again when drawing instead of holding all their glyphs (default: for large books). */
  dropGlyphs?: boolean;
}

function missingGlyphError(ctx: ComposeContext): UserError {
  const chars = [...ctx.missing.keys()];
  const detail = chars
    .map((c) => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) in ${[...ctx.missing.get(c)!].join('; ')}`)
    .join('\n');
  return new UserError(
    `No font has ${chars.length === 1 ? 'a glyph' : 'glyphs'} for ${chars.join(' ')}`,
    `${detail}\nAdd a face that covers them to \`fallback\` in fonts/fonts.yaml, or replace the characters in the source.`,
  );
}

export async function renderPdf(book: Book, options: PdfOptions): Promise<PdfResult> {
  const { theme, fonts } = options;
  const faces = createFaces(fonts);
  const ctx = createContext(book, theme, faces);
  const articles = new ArticleFlows(ctx, book, { dropGlyphs: options.dropGlyphs ?? isLargeBook(book) });
  const blocks: FlowBlock[] = [...composeTitlePage(ctx, book, textHeight(theme)), ...composeToc(ctx, book), ...articles.blocks];
  if (ctx.missing.size > 0) throw missingGlyphError(ctx);
  if (options.strict && ctx.problems.length > 0) throw new UserError('Typesetting faults in strict mode', ctx.problems.join('\n'));
  const pages = paginate(blocks, textHeight(theme), { padTo: theme.page.padTo, lineHeight: theme.body.fontSize * theme.body.leading, tighten: (block) => articles.tighten(block) });
  const writer = new PageWriter(book, ctx, articles, pages);
  for (const page of pages) writer.draw(page);
  const bytes = await writer.finish();
  return { bytes, pages: pages.length, outline: writer.outline, pageStarts: pageStarts(pages) };
}

/** Draws paginated pages in order and tracks the structure tree and outline across them. */
class PageWriter {
  readonly outline: OutlineEntry[] = [];
  private readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Uint8Array[] = [];
  private readonly ended: Promise<void>;
  private readonly destinations: Map<string, number>;
  private readonly documentStruct: PDFKit.PDFStructureElement;
  private section: { key: FlowBlock['section']; struct: PDFKit.PDFStructureElement } | null = null;
  private blockStruct: { block: FlowBlock; struct: PDFKit.PDFStructureElement } | null = null;
  private outlineStack: { level: number; item: PDFKit.PDFOutline }[] = [];

  constructor(
    private readonly book: Book,
    private readonly ctx: ComposeContext,
    private readonly articles: ArticleFlows,
    pages: readonly Page[],
  ) {
    const { meta } = book;
    this.destinations = destinationPages(pages);
    this.doc = new PDFDocument({
      autoFirstPage: false,
      size: [ctx.theme.pageWidth, ctx.theme.pageHeight],
      margin: 0,
      tagged: true,
      lang: book.lang,
      displayTitle: true,
      pdfVersion: '1.7',
      // pdfkit caches the shaping of every distinct string it draws; chunks of a book rarely repeat, so that cache only grows.
      fontLayoutCache: false,
      // No default Helvetica: the book never uses it, and pdfkit would load its metrics from its own package files.
      font: null as unknown as string,
      // pdfkit derives the file ID from this dictionary (md5 of its entries), so fixed dates make the bytes reproducible.
      info: {
        Title: meta.title,
        Author: meta.editor,
        Subject: meta.description ?? meta.subtitle ?? meta.title,
        Keywords: meta.keywords.join(', '),
        Creator: 'wenji',
        Producer: 'wenji (pdfkit)',
        CreationDate: meta.modified,
        ModDate: meta.modified,
      },
    });
    useEscapedXmp(this.doc);
    this.doc.on('data', (chunk: Uint8Array) => this.chunks.push(chunk));
    this.ended = new Promise((resolve, reject) => {
      this.doc.on('end', () => resolve());
      this.doc.on('error', reject);
    });
    // Registered under their paths: pdfkit then uses the parsed faces (with the quick CJK layout) instead of reading each file again.
    for (const path of ctx.faces.paths()) this.doc.registerFont(path, layoutFont(path) as unknown as PDFKit.Mixins.PDFFontSource);
    this.documentStruct = this.doc.struct('Document');
    this.doc.addStructure(this.documentStruct);
  }

  draw(page: Page): void {
    const frame = pageFrame(this.ctx.theme, page.number, this.ctx.measure);
    this.doc.addPage({ size: [this.ctx.theme.pageWidth, this.ctx.theme.pageHeight], margin: 0 });
    if (page.blank) return;
    this.drawFurniture(page, frame);
    for (const part of page.parts) this.drawPart(part, page, frame);
  }

  async finish(): Promise<Uint8Array> {
    this.blockStruct?.struct.end();
    this.section?.struct.end();
    this.documentStruct.end();
    this.doc.end();
    await this.ended;
    return Buffer.concat(this.chunks);
  }

  /** Running head and folio: artifacts, so they stay out of the text a reader copies or hears. */
  private drawFurniture(page: Page, frame: PageFrame): void {
    const first = page.parts[0]?.block;
    if (!first || first.section.kind === 'title') return;
    const { theme } = this.ctx;
    const opens = page.parts[0]!.from === 0 && first.breakBefore !== 'none';
    const head = opens ? null : this.runningHeadText(first, frame.recto);
    if (head) {
      const line = this.smallLine(head, theme.runningHead.fontSize);
      const baselineY = frame.top - DESIGN.runningHeadRaise;
      this.artifact('Pagination', () => {
        drawLine(this.doc, this.ctx.faces, line, frame.left, baselineY - line.baseline);
        if (DESIGN.runningHeadRule > 0) {
          const ruleY = baselineY + theme.runningHead.fontSize * 0.6;
          this.doc.save().lineWidth(DESIGN.runningHeadRule).moveTo(frame.left, ruleY).lineTo(frame.left + frame.width, ruleY).stroke().restore();
        }
      });
    }
    const folio = this.smallLine(String(page.number), theme.folio.fontSize, theme.folio.position === 'bottom-center' ? 'center' : frame.recto ? 'end' : 'start');
    this.artifact('Pagination', () => drawLine(this.doc, this.ctx.faces, folio, frame.left, frame.top + frame.height + DESIGN.folioDrop - folio.baseline));
  }

  private runningHeadText(block: FlowBlock, recto: boolean): string | null {
    const { theme, labels } = this.ctx;
    if (block.section.kind === 'toc') return labels.contents;
    const choice = recto ? theme.runningHead.recto : theme.runningHead.verso;
    const article = block.section.article === null ? null : this.book.articles[block.section.article];
    if (choice === 'book') return this.book.meta.title;
    if (choice === 'article') return article?.title ?? null;
    return null;
  }

  private smallLine(text: string, fontSize: number, align: 'start' | 'center' | 'end' = 'center'): FlowLine {
    return setText(this.ctx, [{ text, role: 'body' }], { fontSize, leading: 1, align, where: 'running head' })[0]!;
  }

  private artifact(type: 'Pagination' | 'Layout', draw: () => void): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }

  private structFor(block: FlowBlock): PDFKit.PDFStructureElement {
    if (this.blockStruct?.block === block) return this.blockStruct.struct;
    this.blockStruct?.struct.end();
    if (this.section?.key !== block.section) {
      this.section?.struct.end();
      const struct = this.doc.struct(block.section.tag);
      this.documentStruct.add(struct);
      this.section = { key: block.section, struct };
    }
    const struct = this.doc.struct(block.tag);
    this.section.struct.add(struct);
    this.blockStruct = { block, struct };
    return struct;
  }

  private drawPart(part: PagePart, page: Page, frame: PageFrame): void {
    const { block } = part;
    const top = frame.top + part.y;
    if (part.from === 0) this.markTargets(block, page, top);
    const struct = this.structFor(block);
    struct.add(this.doc.markStructureContent(block.tag));
    let y = top;
    let leaders: (() => void) | null = null;
    const lines = this.articles.linesOf(block);
    for (let i = part.from; i < part.to; i++) {
      const line = lines[i]!;
      drawLine(this.doc, this.ctx.faces, line, frame.left, y);
      if (block.tocTarget && i === lines.length - 1) leaders = this.drawTocNumber(block.tocTarget, line, frame, y);
      y += line.height;
    }
    this.doc.endMarkedContent();
    // Artifacts cannot nest in structure content (pdfkit would close it), so leaders come after.
    if (leaders) this.artifact('Layout', leaders);
    if (block.tocTarget) this.doc.goTo(frame.left, top, frame.width, y - top, block.tocTarget);
  }

  private markTargets(block: FlowBlock, page: Page, top: number): void {
    if (block.destination) this.doc.addNamedDestination(block.destination, 'XYZ', 0, top, null);
    if (!block.outline) return;
    const { title, level } = block.outline;
    while (this.outlineStack.length > 0 && this.outlineStack[this.outlineStack.length - 1]!.level >= level) this.outlineStack.pop();
    const parent = this.outlineStack[this.outlineStack.length - 1]?.item ?? this.doc.outline;
    // pdfkit's outline destination takes `top`/`left` as distances from the top-right; ask for the block's top at the left edge.
    const addItem = parent.addItem as (this: PDFKit.PDFOutline, title: string, options: { expanded?: boolean; top?: number; left?: number }) => PDFKit.PDFOutline;
    const item = addItem.call(parent, title, { expanded: level === 1, top, left: this.ctx.theme.pageWidth });
    this.outlineStack.push({ level, item });
    this.outline.push({ title, page: page.number, level });
  }

  /** Draws the page number at the right of a contents entry; returns the drawing of the dot leaders to it. */
  private drawTocNumber(target: string, line: FlowLine, frame: PageFrame, y: number): () => void {
    const page = this.destinations.get(target);
    if (page === undefined) throw new Error(`No page for destination ${target}`);
    const number = setText(this.ctx, [{ text: String(page), role: 'body' }], { fontSize: line.fontSize, leading: line.height / line.fontSize, align: 'end', where: 'contents' })[0]!;
    drawLine(this.doc, this.ctx.faces, number, frame.left, y);
    const em = line.fontSize;
    const from = line.right + em / 2;
    const to = number.left - em / 2;
    const dotY = y + line.baseline - 0.38 * em;
    return () => {
      // Dots sit on a grid from the text block's left edge, so leaders line up down the page.
      for (let x = Math.ceil(from / DESIGN.leaderPitch) * DESIGN.leaderPitch; x <= to; x += DESIGN.leaderPitch) this.doc.circle(frame.left + x, dotY, DESIGN.leaderRadius);
      this.doc.fill('black');
    };
  }
}
