/**
 * Zips the prepared files into an EPUB with epub-gen-memory, through a thin
 * subclass. The library's defaults are wrong for this book, so each quirk is
 * handled through its own options or a small override:
 *
 * - `lang: 'en'` and the random `uuid`/current date in its OPF and NCX: our
 *   package document, NCX and nav are passed pre-built and the templates only
 *   print them (`contentOPF`, `tocNCX`, `tocXHTML`).
 * - chapter HTML is re-parsed and re-serialised (non-ASCII becomes numeric
 *   entities) and wrapped with a duplicated `<h1>`: `prependChapterTitles` is
 *   off and the `chapterXHTML` template prints our own complete document,
 *   carried on the chapter object as `xhtml`.
 * - chapter file names `0_.xhtml`: every chapter gets an explicit `filename`.
 * - fonts are fetched from URLs: `downloadAllFonts` writes our subset instead.
 * - `com.apple.ibooks.display-options.xml` is written for EPUB 2 only: added here.
 * - jszip stamps entries with the current time and deflates in JavaScript
 *   (slow on a cold start): its files are zipped by `zip.ts` instead, every
 *   entry dated the book's `modified` instant, so two renders are
 *   byte-identical.
 */
import { type Chapter, EPub, type Options } from 'epub-gen-memory';
import { contentRoot } from './paths.js';
import { type ZipEntry, zip } from './zip.js';

/** A content document as epub-gen-memory's chapter, carrying its finished XHTML. */
export interface PreparedChapter extends Chapter {
  filename: string;
  title: string;
  /** The complete XHTML file, printed verbatim by our chapter template. */
  xhtml: string;
}

export interface PreparedFile {
  /** Path relative to the package folder (`fonts/body.ttf`). */
  href: string;
  bytes: Uint8Array;
}

export interface PreparedEpub {
  title: string;
  lang: string;
  identifier: string;
  /** Timestamp for every zip entry. */
  modified: Date;
  stylesheet: string;
  packageDocument: string;
  ncx: string;
  nav: string;
  chapters: PreparedChapter[];
  /** Binary resources (fonts) to store under the package folder. */
  resources: PreparedFile[];
}

/** Extra template data: epub-gen-memory passes unknown options through to its templates. */
interface PrebuiltDocuments {
  packageDocumentXml: string;
  ncxXml: string;
  navXml: string;
}

const appleDisplayOptions =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<display_options>\n  <platform name="*">\n    <option name="specified-fonts">true</option>\n  </platform>\n</display_options>\n';

/** EJS templates that print the pre-built documents (`<%-` prints without escaping). */
const templates = {
  contentOPF: '<%- packageDocumentXml %>',
  tocNCX: '<%- ncxXml %>',
  tocXHTML: '<%- navXml %>',
  chapterXHTML: '<%- xhtml %>',
} as const;

class WenjiEpub extends EPub {
  readonly #resources: PreparedFile[];
  readonly #modified: Date;

  constructor(prepared: PreparedEpub) {
    const options: Options & PrebuiltDocuments = {
      title: prepared.title,
      lang: prepared.lang,
      version: 3,
      prependChapterTitles: false,
      css: prepared.stylesheet,
      fonts: [],
      verbose: false,
      ...templates,
      packageDocumentXml: prepared.packageDocument,
      ncxXml: prepared.ncx,
      navXml: prepared.nav,
    };
    // The library re-parses `content`; ours travels in `xhtml`, so give it nothing to mangle.
    super(
      options,
      prepared.chapters.map((chapter) => ({ ...chapter, content: '' })),
    );
    this.uuid = prepared.identifier;
    this.#resources = prepared.resources;
    this.#modified = prepared.modified;
  }

  protected override async generateTemplateFiles(): Promise<void> {
    await super.generateTemplateFiles();
    this.zip.folder('META-INF')!.file('com.apple.ibooks.display-options.xml', appleDisplayOptions);
  }

  protected override async downloadAllFonts(): Promise<void> {
    const root = this.zip.folder(contentRoot)!;
    for (const resource of this.#resources) root.file(resource.href, resource.bytes, { binary: true });
  }

  /**
   * Renders, then zips the library's files in its order (`mimetype` first and
   * stored) with native zlib, every entry dated `modified`. Folder entries are
   * left out: a ZIP needs none.
   */
  async toBytes(): Promise<Uint8Array> {
    await this.render();
    const entries: ZipEntry[] = [];
    for (const [name, entry] of Object.entries(this.zip.files)) {
      if (entry.dir) continue;
      // As a Node buffer: jszip makes any other array type from one byte by byte.
      entries.push({ name, bytes: await entry.async('nodebuffer'), stored: name === 'mimetype' });
    }
    return zip(entries, this.#modified);
  }
}

export async function packageEpub(prepared: PreparedEpub): Promise<Uint8Array> {
  return new WenjiEpub(prepared).toBytes();
}
