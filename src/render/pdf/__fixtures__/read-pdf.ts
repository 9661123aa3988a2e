/** Parses a PDF back with pdfjs-dist for tests: text items per page (artifacts flagged), outline, links, structure. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface TextItem {
  str: string;
  x: number;
  /** Baseline, pt from the top of the page. */
  y: number;
  width: number;
  fontSize: number;
  fontName: string;
  /** Inside an /Artifact marked-content sequence (running head, folio, leaders). */
  artifact: boolean;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  items: TextItem[];
  /** Named destinations of link annotations on the page. */
  links: string[];
  /** Roles of the structure tree, depth first. */
  roles: string[];
}

export interface ParsedPdf {
  pages: PdfPage[];
  outline: { title: string; page: number; items: { title: string; page: number }[] }[];
  /** Page number of a named destination. */
  destinationPage(name: string): Promise<number>;
  info: Record<string, unknown>;
  /** Page labels (/PageLabels), one per page; the page numbers when the file has none. */
  labels: string[];
}

interface StructNode {
  role?: string;
  children?: StructNode[];
}

function roles(node: StructNode | null, out: string[] = []): string[] {
  if (!node) return out;
  if (node.role) out.push(node.role);
  for (const child of node.children ?? []) roles(child, out);
  return out;
}

export async function readPdf(bytes: Uint8Array): Promise<ParsedPdf> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, disableFontFace: true, useSystemFonts: false }).promise;
  const destinationPage = async (dest: string | unknown[]): Promise<number> => {
    const explicit = typeof dest === 'string' ? await pdf.getDestination(dest) : dest;
    if (!explicit) throw new Error(`Unknown destination ${String(dest)}`);
    return (await pdf.getPageIndex(explicit[0] as Parameters<typeof pdf.getPageIndex>[0])) + 1;
  };
  const pages: PdfPage[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent({ includeMarkedContent: true });
    const items: TextItem[] = [];
    const stack: boolean[] = [];
    for (const item of content.items) {
      if ('type' in item) {
        if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps')
          stack.push((item as { tag?: string }).tag === 'Artifact'); // pdfjs sets `tag` but its types omit it
        else if (item.type === 'endMarkedContent') stack.pop();
        continue;
      }
      if (item.str.length === 0) continue;
      const [a, , , , e, f] = item.transform as number[];
      items.push({ str: item.str, x: e!, y: height - f!, width: item.width, fontSize: Math.abs(a!), fontName: item.fontName, artifact: stack.includes(true) });
    }
    const annotations = (await page.getAnnotations()) as { subtype: string; dest?: string | unknown[] }[];
    const links = annotations.filter((a) => a.subtype === 'Link' && typeof a.dest === 'string').map((a) => a.dest as string);
    const tree = (await page.getStructTree()) as StructNode | null;
    pages.push({ number: n, width, height, items, links, roles: roles(tree) });
  }
  type RawOutline = { title: string; dest: string | unknown[] | null; items: RawOutline[] };
  const raw = ((await pdf.getOutline()) ?? []) as RawOutline[];
  const outline = await Promise.all(
    raw.map(async (o) => ({
      title: o.title,
      page: await destinationPage(o.dest!),
      items: await Promise.all(o.items.map(async (c) => ({ title: c.title, page: await destinationPage(c.dest!) }))),
    })),
  );
  const meta = await pdf.getMetadata();
  const labels = ((await pdf.getPageLabels()) as string[] | null) ?? pages.map((page) => String(page.number));
  return { pages, outline, destinationPage: (name) => destinationPage(name), info: meta.info as Record<string, unknown>, labels };
}

export interface TextLine {
  text: string;
  y: number;
  left: number;
  right: number;
  fontSize: number;
  items: TextItem[];
}

/** Groups a page's non-artifact items into lines by baseline, in drawing order. */
export function textLines(page: PdfPage): TextLine[] {
  const lines: TextLine[] = [];
  for (const item of page.items.filter((i) => !i.artifact && i.str.trim().length > 0)) {
    const line = lines.find((l) => Math.abs(l.y - item.y) < 0.5);
    if (line) {
      line.items.push(item);
      line.text += item.str;
      line.left = Math.min(line.left, item.x);
      line.right = Math.max(line.right, item.x + item.width);
      line.fontSize = Math.max(line.fontSize, item.fontSize);
    } else lines.push({ text: item.str, y: item.y, left: item.x, right: item.x + item.width, fontSize: item.fontSize, items: [item] });
  }
  return lines;
}

/**
 * Where each glyph of a line starts, pt. A text item is one chunk the writer
 * drew with even character spacing: several CJK characters of one em each (so
 * the pitch follows from the item's width, which pdf.js counts without the
 * spacing after the last glyph), or one cluster alone (a Latin word, a mark).
 */
export function glyphOrigins(line: TextLine): { char: string; x: number }[] {
  return [...line.items]
    .sort((a, b) => a.x - b.x)
    .flatMap((item) => {
      const chars = Array.from(item.str);
      const pitch = chars.length > 1 ? (item.width - item.fontSize) / (chars.length - 1) : 0;
      return chars.map((char, j) => ({ char, x: item.x + j * pitch }));
    });
}

/** Widest advance between two adjacent Han characters of a line, em (1 when set solid). */
export function widestHanAdvance(line: TextLine, em: number): number {
  const glyphs = glyphOrigins(line);
  let widest = 0;
  for (let i = 0; i + 1 < glyphs.length; i++) {
    const [a, b] = [glyphs[i]!, glyphs[i + 1]!];
    const advance = (b.x - a.x) / em;
    // Not across a dash or ellipsis, whose glyphs pdf.js may leave out of the line.
    if (/\p{Script=Han}/u.test(a.char) && /\p{Script=Han}/u.test(b.char) && advance < 1.5) widest = Math.max(widest, advance);
  }
  return widest;
}
