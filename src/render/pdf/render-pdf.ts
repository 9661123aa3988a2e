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
import { faceFacts } from '../../fonts/face-facts.js';
import type { FontSet } from '../../fonts/fonts.js';
import type { Theme } from '../../theme/theme.js';
import { UserError } from '../../util/user-error.js';
import { backCoverScene, type CoverScene, coverScene, type SceneText } from '../cover/design.js';
import { userCoverImage } from '../cover/user-cover.js';
import { imprintRows } from '../present/colophon.js';
import { editionIdentifier } from '../present/identity.js';
import { ArticleFlows } from './article-flows.js';
import { type ComposeContext, composeToc, createContext, setText } from './compose.js';
import { DESIGN } from './design.js';
import { drawLine } from './draw-line.js';
import { createFaces } from './faces.js';
import { blockHeight, type FlowBlock, type FlowLine } from './flow.js';
import { type Folio, pageFolios, pageLabelRanges } from './folios.js';
import { composeBackCover, composeCover, composeImprint, composeTitlePage } from './front-matter.js';
import { type PageFrame, pageFrame, textHeight } from './page-frame.js';
import { type PageStart, pageStarts } from './page-starts.js';
import { destinationPages, type Page, type PagePart, paginate } from './paginate.js';
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
    `${detail}\nAdd a face that covers them to \`fallback\` in the font manifest (fonts/fonts.yaml, or the book’s own \`fonts:\`), or replace the characters in the source.`,
  );
}

export async function renderPdf(book: Book, options: PdfOptions): Promise<PdfResult> {
  const { theme, fonts } = options;
  const faces = createFaces(fonts);
  const ctx = createContext(book, theme, faces);
  const articles = new ArticleFlows(ctx, book, { dropGlyphs: options.dropGlyphs ?? isLargeBook(book) });
  const { front } = theme;
  const titleAndContents = [...composeTitlePage(ctx, book, textHeight(theme)), ...composeToc(ctx, book)];
  // The imprint names the faces the book is set in, so it is set after everything else.
  const imprint = front.imprint ? composeImprint(ctx, book, imprintRows(book, imprintFacts(book, ctx))) : [];
  const [titlePage, contents] = [titleAndContents.filter((b) => b.section.kind === 'title'), titleAndContents.filter((b) => b.section.kind === 'toc')];
  const blocks: FlowBlock[] = [
    ...(front.cover ? composeCover() : []),
    ...titlePage,
    ...imprint,
    ...contents,
    ...articles.blocks,
    ...((book.meta.backCover ?? front.backCover) ? composeBackCover(ctx, book, textHeight(theme)) : []),
  ];
  // The covers' words are set when their pages are drawn: a character no face has must fail before that.
  for (const text of coverTexts(book, theme, blocks))
    setText(ctx, [{ text: text.text, role: text.face }], { fontSize: theme.body.fontSize, leading: 1, align: 'start', where: 'cover' });
  if (ctx.missing.size > 0) throw missingGlyphError(ctx);
  if (options.strict && ctx.problems.length > 0) throw new UserError('Typesetting faults in strict mode', ctx.problems.join('\n'));
  const pages = paginate(blocks, textHeight(theme), {
    padTo: theme.page.padTo,
    lineHeight: theme.body.fontSize * theme.body.leading,
    tighten: (block) => articles.tighten(block),
  });
  const folios = pageFolios(pages, front.folios);
  const writer = new PageWriter(book, ctx, articles, pages, folios);
  for (const page of pages) writer.draw(page);
  const bytes = await writer.finish();
  return { bytes, pages: pages.length, outline: writer.outline, pageStarts: pageStarts(pages, folios) };
}

/** The words of the covers the book has, as their scenes set them. */
function coverTexts(book: Book, theme: Theme, blocks: readonly FlowBlock[]): SceneText[] {
  const scale = theme.pageWidth / 1400;
  const height = theme.pageHeight / scale;
  const scenes = blocks.flatMap((block) => {
    if (block.section.kind === 'cover' && !book.meta.cover) return [coverScene(book, 1400, height)];
    if (block.section.kind === 'back-cover') return [backCoverScene(book, 1400, height, book.meta.notice ?? null)];
    return [];
  });
  return scenes.flatMap((scene) => scene.shapes.filter((shape): shape is SceneText => shape.kind === 'text'));
}

/** What the imprint says of the edition's files: its identifier, the faces it is set in, its page size. */
function imprintFacts(book: Book, ctx: ComposeContext) {
  const { theme } = ctx;
  // Body, bold and heading faces first, then any fallback face that set a character.
  const used = new Set(ctx.faces.used());
  const keys = [
    ...(['body', 'bold', 'heading'] as const).filter((role) => used.has(role)),
    ...[...used].filter((face) => !['body', 'bold', 'heading'].includes(face)).sort(),
  ];
  const paths = [...new Set(keys.map((face) => ctx.faces.pathOf(face)))];
  const mm = (pt: number) => Math.round((pt * 25.4) / 72);
  const named = typeof theme.page.size === 'string' ? `${theme.page.size}（` : '';
  const dimensions = `${mm(theme.pageWidth)} × ${mm(theme.pageHeight)} mm`;
  return {
    identifier: editionIdentifier(book.meta.identifier, book.lang, 'print'),
    faces: paths.map(faceFacts),
    pageSize: named ? `${named}${dimensions}）` : dimensions,
  };
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
    private readonly folios: readonly Folio[],
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
    this.addPageLabels();
  }

  /** The printed page names (封一, i, 1 …) as the PDF's page labels, so a viewer shows what the page says. */
  private addPageLabels(): void {
    const nums: unknown[] = [];
    for (const range of pageLabelRanges(this.folios)) {
      // pdfkit writes a JS string as a name and a String object as a text string.
      // eslint-disable-next-line no-new-wrappers
      const label = range.style === 'cover' ? { P: new String(range.prefix) } : { S: range.style === 'roman' ? 'r' : 'D', St: 1 };
      nums.push(range.start, label);
    }
    const root = (this.doc as unknown as { _root: { data: Record<string, unknown> } })._root;
    const labels = this.doc.ref({ Nums: nums });
    root.data.PageLabels = labels;
    (labels as unknown as { end(): void }).end();
  }

  draw(page: Page): void {
    const frame = pageFrame(this.ctx.theme, page.number, this.ctx.measure);
    this.doc.addPage({ size: [this.ctx.theme.pageWidth, this.ctx.theme.pageHeight], margin: 0 });
    if (page.blank) return;
    const kind = page.parts[0]?.block.section.kind;
    if (kind === 'cover' && this.book.meta.cover) this.drawCoverImage(this.book.meta.cover);
    else if (kind === 'cover' || kind === 'back-cover') this.drawScene(kind);
    this.drawFurniture(page, frame);
    for (const part of page.parts) if (part.to > part.from) this.drawPart(part, page, frame);
  }

  /** The user's own cover (the manifest's `cover`), as in the e-books: its bytes embedded as they are, fitted to the page and centred. */
  private drawCoverImage(path: string): void {
    const { theme } = this.ctx;
    const { bytes } = userCoverImage(path);
    this.artifact('Layout', () => {
      this.doc.image(Buffer.from(bytes), 0, 0, { fit: [theme.pageWidth, theme.pageHeight], align: 'center', valign: 'center' });
    });
  }

  /**
   * A cover's design (the e-book cover's scene) at the page's proportions, in
   * the embedded faces; the tinted paper is left out, since print has paper of
   * its own. Drawn as an artifact: the title page says the same in the text.
   */
  private drawScene(kind: 'cover' | 'back-cover'): void {
    const { theme } = this.ctx;
    const width = 1400;
    const scale = theme.pageWidth / width;
    const height = theme.pageHeight / scale;
    const scene: CoverScene = kind === 'cover' ? coverScene(this.book, width, height) : backCoverScene(this.book, width, height, this.book.meta.notice ?? null);
    this.artifact('Layout', () => {
      for (const shape of scene.shapes) {
        if (shape.kind === 'rect') {
          if (shape.paper) continue;
          this.doc.rect(shape.x * scale, shape.y * scale, shape.width * scale, shape.height * scale);
          if (shape.stroke) this.doc.lineWidth(shape.stroke.width * scale).stroke(shape.stroke.colour);
          else this.doc.fill(shape.fill ?? 'black');
          continue;
        }
        const line = setText(this.ctx, [{ text: shape.text, role: shape.face }], {
          fontSize: shape.size * scale,
          leading: 1,
          align: 'center',
          width: theme.pageWidth,
          where: kind,
        });
        for (const set of line) {
          this.doc.fillColor(shape.fill);
          drawLine(this.doc, this.ctx.faces, set, shape.x * scale - theme.pageWidth / 2, shape.y * scale - set.baseline);
        }
      }
      this.doc.fillColor('black').lineWidth(1);
    });
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
    if (!first || (first.section.kind !== 'toc' && first.section.kind !== 'article')) return;
    const { theme } = this.ctx;
    const opens = page.parts[0]!.from === 0 && first.breakBefore !== 'none';
    const head = opens ? null : this.runningHeadText(first, frame.recto);
    if (head) {
      const line = this.smallLine(head, theme.runningHead.fontSize);
      const baselineY = frame.top - DESIGN.runningHeadRaise * theme.page.margins.top;
      this.artifact('Pagination', () => {
        drawLine(this.doc, this.ctx.faces, line, frame.left, baselineY - line.baseline);
        if (DESIGN.runningHeadRule > 0) {
          const ruleY = baselineY + theme.runningHead.fontSize * 0.6;
          this.doc
            .save()
            .lineWidth(DESIGN.runningHeadRule)
            .moveTo(frame.left, ruleY)
            .lineTo(frame.left + frame.width, ruleY)
            .stroke()
            .restore();
        }
      });
    }
    const printed = this.folios[page.number - 1]!.printed;
    if (printed === null) return;
    const folio = this.smallLine(printed, theme.folio.fontSize, theme.folio.position === 'bottom-center' ? 'center' : frame.recto ? 'end' : 'start');
    this.artifact('Pagination', () =>
      drawLine(this.doc, this.ctx.faces, folio, frame.left, frame.top + frame.height + DESIGN.folioDrop * theme.page.margins.bottom - folio.baseline),
    );
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
    if (part.from === 0 && block.ruleAbove !== undefined) {
      const ruleY = top + blockHeight(block, 0, block.ruleAbove) - 2;
      this.artifact('Layout', () => this.rule(frame.left, ruleY, frame.width));
    }
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
    const addItem = parent.addItem as (
      this: PDFKit.PDFOutline,
      title: string,
      options: { expanded?: boolean; top?: number; left?: number },
    ) => PDFKit.PDFOutline;
    const item = addItem.call(parent, title, { expanded: level === 1, top, left: this.ctx.theme.pageWidth });
    this.outlineStack.push({ level, item });
    this.outline.push({ title, page: page.number, level });
  }

  private rule(x: number, y: number, width: number): void {
    this.doc
      .save()
      .lineWidth(DESIGN.imprintRule)
      .moveTo(x, y)
      .lineTo(x + width, y)
      .stroke()
      .restore();
  }

  /**
   * Draws the page number at the right of a contents entry; returns the drawing
   * of its leaders. The dots sit on one grid from the text block's left edge
   * (every line's dots at the same x), from the first grid point a fixed gap
   * after the title to the last one a fixed gap before the number box.
   */
  private drawTocNumber(target: string, line: FlowLine, frame: PageFrame, y: number): () => void {
    const page = this.destinations.get(target);
    if (page === undefined) throw new Error(`No page for destination ${target}`);
    const label = this.folios[page - 1]!.label;
    const number = setText(this.ctx, [{ text: label, role: 'body' }], {
      fontSize: line.fontSize,
      leading: line.height / line.fontSize,
      align: 'end',
      where: 'contents',
    })[0]!;
    drawLine(this.doc, this.ctx.faces, number, frame.left, y);
    const grid = leaderGrid(line.fontSize, line.right, frame.width - this.numberBox(line) - DESIGN.leaderEndGap * line.fontSize);
    const dot = this.leaderDot(line);
    return () => {
      for (const x of grid) drawLine(this.doc, this.ctx.faces, dot.line, frame.left + x - dot.centre, y);
    };
  }

  private dot: { line: FlowLine; centre: number } | null = null;
  private widestNumber: number | null = null;

  /** Width of the widest page number the contents show: every line's leaders end the same gap before it. */
  private numberBox(line: FlowLine): number {
    if (this.widestNumber === null) {
      const labels = [...this.destinations.values()].map((page) => this.folios[page - 1]!.label);
      const widths = labels.map(
        (label) => setText(this.ctx, [{ text: label, role: 'body' }], { fontSize: line.fontSize, leading: 1, align: 'start', where: 'contents' })[0]!.right,
      );
      this.widestNumber = Math.max(0, ...widths);
    }
    return this.widestNumber;
  }

  /** One leader dot (U+00B7, centred on the em box's middle) set once, and the distance from its origin to its middle. */
  private leaderDot(line: FlowLine): { line: FlowLine; centre: number } {
    if (!this.dot) {
      const set = setText(this.ctx, [{ text: '\u00b7', role: 'body' }], {
        fontSize: line.fontSize,
        leading: line.height / line.fontSize,
        align: 'start',
        where: 'contents',
      })[0]!;
      this.dot = { line: set, centre: (set.left + set.right) / 2 };
    }
    return this.dot;
  }
}

/** x of each leader dot after a title ending at `titleRight`, up to `end`, on the grid of `DESIGN.leaderPitch` em from the text block's left. */
export function leaderGrid(em: number, titleRight: number, end: number): number[] {
  const pitch = DESIGN.leaderPitch * em;
  const from = titleRight + DESIGN.leaderGap * em;
  const to = end;
  const xs: number[] = [];
  // Rounded to a thousandth of a point first, so that a title ending on the grid starts its dots exactly one gap after.
  for (let k = Math.ceil(Math.round((from / pitch) * 1000) / 1000); k * pitch <= to + 1e-6; k++) xs.push(k * pitch);
  return xs;
}
