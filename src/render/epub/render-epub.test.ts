import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleBook } from '../../book/sample-book.js';
import type { Book, Lang } from '../../book/types.js';
import { loadFontSet } from '../../fonts/fonts.js';
import { loadTheme, type Theme } from '../../theme/theme.js';
import { coverPng } from '../cover/cover.js';
import { editionIdentifier } from '../present/identity.js';
import { epubcheck, epubcheckAvailable } from './__fixtures__/epubcheck.js';
import { type UnpackedEpub, unpackEpub } from './__fixtures__/unpack.js';
import { childrenNamed, findAll, textOf, type XmlElement } from './__fixtures__/xml-parse.js';
import { renderEpub } from './index.js';

const script = (lang: Lang) => (lang === 'zh-Hans' ? 'Hans' : 'Hant');

async function render(book: Book, writingMode: 'horizontal-tb' | 'vertical-rl' = 'horizontal-tb') {
  return renderEpub(book, { theme: loadTheme(), fonts: loadFontSet(script(book.lang)), layout: writingMode === 'vertical-rl' ? 'vertical' : 'horizontal' });
}

const byName = (tag: string) => (element: XmlElement) => element.name === tag;

/** Content documents in spine order, read from the package document. */
function spineDocuments(epub: UnpackedEpub): string[] {
  const opf = epub.xml('OEBPS/content.opf');
  const items = findAll(opf, byName('item'));
  return findAll(opf, byName('itemref')).map((ref) => items.find((item) => item.attributes.id === ref.attributes.idref)!.attributes.href!);
}

/** Nested outline (label, href, children) of the nav's toc. */
interface Entry {
  label: string;
  href: string;
  children: Entry[];
}
function navEntries(list: XmlElement): Entry[] {
  return childrenNamed(list, 'li').map((li) => {
    const link = childrenNamed(li, 'a')[0]!;
    const sub = childrenNamed(li, 'ol')[0];
    return { label: textOf(link), href: link.attributes.href!, children: sub ? navEntries(sub) : [] };
  });
}
function ncxEntries(parent: XmlElement): Entry[] {
  return childrenNamed(parent, 'navPoint').map((point) => ({
    label: textOf(childrenNamed(point, 'navLabel')[0]!).trim(),
    href: childrenNamed(point, 'content')[0]!.attributes.src!,
    children: ncxEntries(point),
  }));
}

/** What the TOC must say for a book: front matter, every article with its top-level headings, back matter. */
function expectedOutline(book: Book): Array<{ label: string; children: string[] }> {
  const contents = book.lang === 'zh-Hant' ? '目錄' : '目录';
  const colophon = book.lang === 'zh-Hant' ? '版權頁' : '版权页';
  return [
    { label: book.meta.title, children: [] },
    { label: contents, children: [] },
    ...book.articles.map((article) => {
      const headings = article.blocks.filter((b) => b.kind === 'heading');
      const top = Math.min(...headings.map((b) => b.level ?? 2));
      return { label: article.title, children: headings.filter((b) => b.level === top).map((b) => b.text) };
    }),
    { label: colophon, children: [] },
    { label: 'SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007', children: [] },
  ];
}
const shape = (entries: Entry[]) => entries.map((e) => ({ label: e.label, children: e.children.map((c) => c.label) }));

describe('renderEpub (zh-Hans, horizontal)', () => {
  const book = sampleBook('zh-Hans');
  let bytes: Uint8Array;
  let epub: UnpackedEpub;
  beforeAll(async () => {
    ({ bytes } = await render(book));
    epub = await unpackEpub(bytes);
  });

  it('starts with a stored mimetype entry', () => {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(view.getUint32(0, true)).toBe(0x04034b50); // local file header
    expect(view.getUint16(8, true)).toBe(0); // compression method: stored
    const nameLength = view.getUint16(26, true);
    expect(new TextDecoder().decode(bytes.subarray(30, 30 + nameLength))).toBe('mimetype');
    expect(view.getUint16(28, true)).toBe(0); // no extra field before the content
    expect(new TextDecoder().decode(bytes.subarray(30 + nameLength, 30 + nameLength + 20))).toBe('application/epub+zip');
  });

  it("stamps every zip entry with the book's modified instant, not the clock", () => {
    const stamps = new Set(Object.values(epub.dates).map((date) => date.toISOString()));
    expect([...stamps]).toEqual([book.meta.modified.toISOString()]);
  });

  it('is byte-identical across renders', async () => {
    const again = await render(sampleBook('zh-Hans'));
    expect(Buffer.from(again.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it('declares the identifier, language and metadata of the book', () => {
    const opf = epub.xml('OEBPS/content.opf');
    const dc = (tag: string) => findAll(opf, byName(`dc:${tag}`)).map(textOf);
    expect(opf.attributes['xml:lang']).toBe('zh-Hans');
    // Each edition its own identifier, derived from the book's.
    expect(dc('identifier')).toEqual([editionIdentifier(book.meta.identifier, 'zh-Hans', 'horizontal')]);
    expect(dc('identifier')[0]).not.toBe(book.meta.identifier);
    expect(opf.attributes['unique-identifier']).toBe(findAll(opf, byName('dc:identifier'))[0]!.attributes.id);
    expect(dc('language')).toEqual(['zh-Hans']);
    expect(dc('title')).toEqual([book.meta.title]);
    expect(dc('creator')).toEqual([book.meta.editor]);
    expect(dc('publisher')).toEqual([book.meta.publisher]);
    expect(dc('date')).toEqual([book.meta.date]);
    const modified = findAll(opf, (e) => e.attributes.property === 'dcterms:modified').map(textOf);
    expect(modified).toEqual(['2026-01-01T00:00:00Z']);
    const ncx = epub.xml('OEBPS/toc.ncx');
    expect(findAll(ncx, (e) => e.attributes.name === 'dtb:uid')[0]!.attributes.content).toBe(dc('identifier')[0]);
  });

  it('sets lang and xml:lang on every content document and the nav', () => {
    const docs = [...spineDocuments(epub), 'toc.xhtml'].filter((doc) => doc !== 'licence.xhtml');
    expect(docs.length).toBe(book.articles.length + 5);
    expect(epub.xml('OEBPS/licence.xhtml').attributes.lang).toBe('en');
    for (const doc of docs) {
      const html = epub.xml(`OEBPS/${doc}`);
      expect(html.attributes.lang, doc).toBe('zh-Hans');
      expect(html.attributes['xml:lang'], doc).toBe('zh-Hans');
    }
  });

  it('reads the cover, title page, contents page, the articles in book order, then colophon and font licence', () => {
    expect(spineDocuments(epub)).toEqual([
      'cover.xhtml',
      'title.xhtml',
      'contents.xhtml',
      ...book.articles.map((a) => `${a.id}.xhtml`),
      'colophon.xhtml',
      'licence.xhtml',
    ]);
  });

  it('has a colophon naming the edition, date, sources, fonts, licence and identifier', () => {
    const colophon = epub.xml('OEBPS/colophon.xhtml');
    const body = findAll(colophon, (e) => e.attributes['epub:type'] === 'colophon')[0]!;
    expect(body.attributes.role).toBe('doc-colophon');
    const text = textOf(body);
    for (const part of [
      '简体中文横排电子版',
      '2026年1月1日',
      '笔杆子家园、大江時評',
      'Noto Serif SC',
      'SIL Open Font License 1.1',
      editionIdentifier(book.meta.identifier, 'zh-Hans', 'horizontal'),
    ]) {
      expect(text).toContain(part);
    }
  });

  it('carries the OFL text and keeps the licence in the subsets’ name tables', () => {
    const licence = textOf(epub.xml('OEBPS/licence.xhtml'));
    expect(licence).toContain('PERMISSION & CONDITIONS');
    expect(licence).toContain('Adobe');
    const font = fontkit.create(Buffer.from(epub.bytes('OEBPS/fonts/body.ttf'))) as fontkit.Font;
    expect(font.getName('license', 'en')).toMatch(/SIL Open Font License/);
    expect(font.getName('licenseURL', 'en')).toMatch(/^https?:/);
    // U+0020: list markers and spaces in Latin text never fall back to a system face.
    expect(font.hasGlyphForCodePoint(0x20)).toBe(true);
  });

  it('opens with a generated cover: a PNG marked cover-image, with alternative text, on a cover page', () => {
    const opf = epub.xml('OEBPS/content.opf');
    const item = findAll(opf, (e) => e.name === 'item' && e.attributes.properties === 'cover-image')[0]!;
    expect([item.attributes.href, item.attributes['media-type']]).toEqual(['images/cover.png', 'image/png']);
    expect(findAll(opf, (e) => e.name === 'meta' && e.attributes.name === 'cover')[0]!.attributes.content).toBe(item.attributes.id);
    const png = epub.bytes('OEBPS/images/cover.png');
    expect(Buffer.from(png.subarray(1, 4)).toString('latin1')).toBe('PNG');
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1400, 1980]);
    const image = findAll(epub.xml('OEBPS/cover.xhtml'), byName('img'))[0]!;
    expect(image.attributes.src).toBe('images/cover.png');
    expect(image.attributes.role).toBe('doc-cover');
    expect(image.attributes.alt).toContain(book.meta.title);
  });

  it('takes the user’s own cover image instead when the manifest names one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wenji-cover-'));
    const other = sampleBook('zh-Hans');
    other.meta.title = '另一本书';
    const png = coverPng(other, loadFontSet('Hans'));
    writeFileSync(join(dir, 'mine.png'), png);
    const own = sampleBook('zh-Hans');
    own.meta.cover = join(dir, 'mine.png');
    const withOwn = await unpackEpub((await render(own)).bytes);
    expect(Buffer.from(withOwn.bytes('OEBPS/images/cover.png')).equals(Buffer.from(png))).toBe(true);
    writeFileSync(join(dir, 'fake.jpg'), 'not an image');
    own.meta.cover = join(dir, 'fake.jpg');
    await expect(render(own)).rejects.toThrow(/Not a PNG or JPEG image/);
  }, 60_000);

  it('numbers no list in the nav (the entries carry their own numbering)', () => {
    expect(epub.text('OEBPS/style.css')).toMatch(/nav ol {\s*list-style-type: none;/);
  });

  it('nests article headings under articles in the nav and the NCX, in book order', () => {
    const nav = epub.xml('OEBPS/toc.xhtml');
    const toc = findAll(nav, (e) => e.name === 'nav' && e.attributes['epub:type'] === 'toc')[0]!;
    const navOutline = navEntries(childrenNamed(toc, 'ol')[0]!);
    const ncxOutline = ncxEntries(findAll(epub.xml('OEBPS/toc.ncx'), byName('navMap'))[0]!);
    expect(shape(navOutline)).toEqual(expectedOutline(book));
    expect(shape(ncxOutline)).toEqual(expectedOutline(book));
    expect(ncxOutline).toEqual(navOutline);
    // Every link lands on an existing document and id.
    for (const entry of navOutline.flatMap((e) => [e, ...e.children])) {
      const [file, id] = entry.href.split('#');
      const doc = epub.xml(`OEBPS/${file}`);
      if (id) expect(findAll(doc, (e) => e.attributes.id === id)).toHaveLength(1);
    }
    const landmarks = findAll(nav, (e) => e.name === 'nav' && e.attributes['epub:type'] === 'landmarks')[0]!;
    expect(findAll(landmarks, byName('a')).map((a) => a.attributes['epub:type'])).toEqual(['cover', 'titlepage', 'toc', 'bodymatter']);
  });

  it('marks up an article semantically, without a duplicated title', () => {
    const article = book.articles[0]!;
    const html = epub.xml(`OEBPS/${article.id}.xhtml`);
    // EPUB 2-safe markup: a div, no section/header/time (calibre and Adobe-engine readers stumble on them).
    expect(findAll(html, (e) => ['section', 'header', 'time'].includes(e.name))).toEqual([]);
    const section = findAll(html, (e) => e.name === 'div' && e.attributes['epub:type'] === 'chapter')[0]!;
    expect(section.attributes.role).toBe('doc-chapter');
    expect(findAll(html, byName('h1')).map(textOf)).toEqual([article.title]);
    const byClass = (cls: string) => findAll(html, (e) => (e.attributes.class ?? '').split(' ').includes(cls)).map(textOf);
    expect(byClass('subtitle')).toEqual([article.subtitle]);
    expect(byClass('author')).toEqual([article.author]);
    expect(byClass('role')).toEqual([article.role]);
    expect(byClass('source')[0]).toContain(article.source);
    expect(byClass('date')).toEqual(['2020年11月2日']);
    expect(byClass('salutation')).toEqual(['同志们：']);
    expect(byClass('signature')).toEqual(['总结人：何巧英', '2014年9月3日']);
    expect(byClass('item')).toHaveLength(2);
    expect(findAll(html, byName('h2')).map(textOf)).toEqual(['一、学懂会议精神，坚定政治自信']);
    expect(findAll(html, byName('h3')).map(textOf)).toEqual(['（一）一切为了群众']);
    const leads = findAll(html, byName('strong')).map(textOf);
    expect(leads).toEqual(['一是通过学习使我信心倍增。', '（1）', '（2）']);
    // The lead runs in: strong first, then the text, in one paragraph.
    const leadParagraph = findAll(html, (e) => e.name === 'p' && textOf(e).startsWith('一是'))[0]!;
    expect(textOf(leadParagraph)).toBe(article.blocks[3]!.lead! + article.blocks[3]!.text);
    // Every block's text is there, in order.
    const bodyText = textOf(section);
    let from = 0;
    for (const block of article.blocks) {
      const at = bodyText.indexOf((block.lead ?? '') + block.text, from);
      expect(at, block.text).toBeGreaterThanOrEqual(from);
      from = at;
    }
  });

  it('embeds TrueType subsets of the body font covering every character drawn, bold ones in bold', () => {
    const opf = epub.xml('OEBPS/content.opf');
    const fontItems = findAll(opf, (e) => e.name === 'item' && e.attributes.href!.startsWith('fonts/'));
    expect(fontItems.map((e) => [e.attributes.href, e.attributes['media-type']])).toEqual([
      ['fonts/body.ttf', 'font/ttf'],
      ['fonts/body-bold.ttf', 'font/ttf'],
    ]);
    const face = (href: string) => {
      const font = fontkit.create(Buffer.from(epub.bytes(`OEBPS/${href}`)));
      expect('type' in font && font.type, href).toBe('TTF');
      return font as fontkit.Font;
    };
    const regular = face('fonts/body.ttf');
    const bold = face('fonts/body-bold.ttf');
    const documents = [...spineDocuments(epub), 'toc.xhtml'].map((doc) => epub.xml(`OEBPS/${doc}`));
    const drawn = new Set(documents.flatMap((html) => [...textOf(html)]));
    const drawnBold = new Set(documents.flatMap((html) => findAll(html, (e) => /^(h[1-4]|strong)$/.test(e.name)).flatMap((e) => [...textOf(e)])));
    const missing = (font: fontkit.Font, chars: Set<string>) =>
      [...chars].filter((char) => char.trim() !== '' && !font.hasGlyphForCodePoint(char.codePointAt(0)!));
    expect(drawn.size).toBeGreaterThan(200);
    expect(missing(regular, drawn)).toEqual([]);
    expect(drawnBold.has('倍')).toBe(true); // from a run-in lead
    expect(missing(bold, drawnBold)).toEqual([]);
    // Subsets, not the 10–15 MB faces.
    expect(epub.bytes('OEBPS/fonts/body.ttf').byteLength).toBeLessThan(500_000);
    expect(regular.numGlyphs).toBeLessThan(drawn.size * 2);
    const css = epub.text('OEBPS/style.css');
    expect(css).toMatch(/@font-face\s*{[^}]*font-weight: normal;[^}]*src: url\("fonts\/body\.ttf"\) format\("truetype"\)/);
    expect(css).toMatch(/@font-face\s*{[^}]*font-weight: bold;[^}]*src: url\("fonts\/body-bold\.ttf"\) format\("truetype"\)/);
    expect(epub.text('META-INF/com.apple.ibooks.display-options.xml')).toContain('<option name="specified-fonts">true</option>');
  });

  it('writes a horizontal ltr book when the theme says horizontal-tb', () => {
    const spine = findAll(epub.xml('OEBPS/content.opf'), byName('spine'))[0]!;
    expect(spine.attributes['page-progression-direction']).toBe('ltr');
    expect(epub.text('OEBPS/style.css')).not.toContain('vertical-rl');
  });

  it.skipIf(!epubcheckAvailable && !process.env.CI)(
    'passes epubcheck with no errors and no warnings',
    async () => {
      const result = await epubcheck(bytes, 'sample-zh-Hans.epub');
      expect(result.messages).toEqual([]);
      expect([result.nFatal, result.nError, result.nWarning]).toEqual([0, 0, 0]);
    },
    120_000,
  );
});

describe('renderEpub (zh-Hant, vertical-rl)', () => {
  const book = sampleBook('zh-Hant');
  let bytes: Uint8Array;
  let epub: UnpackedEpub;
  beforeAll(async () => {
    ({ bytes } = await render(book, 'vertical-rl'));
    epub = await unpackEpub(bytes);
  });

  it('turns pages right to left and sets the text vertically', () => {
    const opf = epub.xml('OEBPS/content.opf');
    expect(findAll(opf, byName('spine'))[0]!.attributes['page-progression-direction']).toBe('rtl');
    expect(findAll(opf, byName('dc:language')).map(textOf)).toEqual(['zh-Hant']);
    const css = epub.text('OEBPS/style.css');
    expect(css).toMatch(/writing-mode: vertical-rl/);
    expect(css).toMatch(/-epub-writing-mode: vertical-rl/);
    for (const doc of spineDocuments(epub).filter((doc) => doc !== 'licence.xhtml')) expect(epub.xml(`OEBPS/${doc}`).attributes.lang).toBe('zh-Hant');
  });

  it('declares its writing mode for Kindle and calibre, and is an edition of its own', () => {
    const opf = epub.xml('OEBPS/content.opf');
    expect(findAll(opf, (e) => e.name === 'meta' && e.attributes.name === 'primary-writing-mode')[0]!.attributes.content).toBe('vertical-rl');
    expect(findAll(opf, byName('dc:identifier')).map(textOf)).toEqual([editionIdentifier(book.meta.identifier, 'zh-Hant', 'vertical')]);
    expect(findAll(opf, byName('dc:relation')).map(textOf)).toEqual([editionIdentifier(book.meta.identifier, 'zh-Hant', 'horizontal')]);
  });

  it('sets one or two digits upright in one em and longer numbers upright digit by digit', () => {
    const html = epub.xml('OEBPS/a01.xhtml');
    const spans = (cls: string) => findAll(html, (e) => e.name === 'span' && e.attributes.class === cls).map(textOf);
    expect(spans('tcy')).toEqual(expect.arrayContaining(['5', '15', '11', '2', '9', '3']));
    expect(spans('upright')).toEqual(expect.arrayContaining(['2020', '2014', '6.5']));
    for (const text of spans('tcy')) expect(text.length).toBeLessThanOrEqual(2);
    // The text reads the same.
    expect(textOf(html)).toContain('为未来5年乃至15年');
    const css = epub.text('OEBPS/style.css');
    expect(css).toMatch(/span\.tcy {[^}]*text-combine-upright: all;/);
    expect(css).toMatch(/span\.upright {[^}]*text-orientation: upright;/);
  });

  it('writes long numbers as Chinese numerals when the theme asks', async () => {
    const theme = loadTheme();
    const numerals: Theme = { ...theme, epub: { vertical: { ...theme.epub.vertical, longNumbers: 'numerals' } } };
    const { bytes: other } = await renderEpub(sampleBook('zh-Hant'), { theme: numerals, fonts: loadFontSet('Hant'), layout: 'vertical' });
    const html = (await unpackEpub(other)).xml('OEBPS/a01.xhtml');
    expect(textOf(html)).toContain('二〇一四年');
    expect(findAll(html, (e) => e.attributes.class === 'upright').map(textOf)).toEqual(['6.5']);
  });

  it('uses Traditional words for its own labels', () => {
    expect(textOf(epub.xml('OEBPS/contents.xhtml'))).toContain('目錄');
  });

  it.skipIf(!epubcheckAvailable && !process.env.CI)(
    'passes epubcheck with no errors and no warnings',
    async () => {
      const result = await epubcheck(bytes, 'sample-zh-Hant-vertical.epub');
      expect(result.messages).toEqual([]);
      expect([result.nFatal, result.nError, result.nWarning]).toEqual([0, 0, 0]);
    },
    120_000,
  );
});

describe('epubcheck availability', () => {
  it.runIf(!epubcheckAvailable && !process.env.CI)('is reported when skipped', () => {
    console.warn('epubcheck not found at /usr/bin/epubcheck: skipping the epubcheck tests (set CI=1 to make them fail instead)');
  });
});
