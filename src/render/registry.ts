/**
 * The writers, by format name. The manifest's `formats` lists these names;
 * the build makes each edition (one script of the book) and hands it to the
 * writer of every format asked for, in that order. Adding a format is one
 * entry here and one module with a `Writer`:
 *
 *     // src/render/booklet/writer.ts
 *     export const bookletWriter: Writer = {
 *       async write(edition) {
 *         const print = await printEdition(edition);   // the PDF, laid out once per edition
 *         return [{ name: `${edition.baseName}.booklet.pdf`, bytes: impose(print.bytes) }];
 *       },
 *     };
 *
 * Writers return bytes, never touch the file system, and must give the same
 * bytes for the same edition. A user-facing failure is a `UserError`.
 * Entries load their module on first use, so a build that never asks for a
 * format never loads its libraries.
 */
import type { Book } from '../book/types.js';
import type { FontSet } from '../fonts/fonts.js';
import type { Theme } from '../theme/theme.js';
import { timedStage } from '../util/stage-timer.js';
import type { SiblingEdition } from './present/identity.js';

/** One edition as every writer sees it. */
export interface Edition {
  /** The book in the edition's script (`book.lang`). */
  book: Book;
  theme: Theme;
  /** The faces for the edition's script. */
  fonts: FontSet;
  /** Fail on typographic faults the layout could not avoid. */
  strict: boolean;
  /** What every output name starts with: `<slug>.<lang>`, e.g. `xuexi-xinde.zh-Hant`. */
  baseName: string;
  /** The book's other editions (their language and title in their script), for writers that link them. */
  siblings: readonly SiblingEdition[];
  /**
   * Work several writers of one edition need, done once: the first call with
   * a key runs `make`, later calls get the same promise. The print layout is
   * shared this way (`printEdition` in `pdf/writer.ts`): the PDF writes it,
   * the EPUB's page list reads its page breaks.
   */
  shared<T>(key: string, make: () => Promise<T>): Promise<T>;
}

/** A file a writer made, named relative to the output folder. */
export interface OutputFile {
  name: string;
  bytes: Uint8Array;
  /** Page count, for paged formats (the build summary prints it). */
  pages?: number;
}

export interface Writer {
  write(edition: Edition): Promise<OutputFile[]>;
}

interface WriterEntry {
  /** What the format writes, for the README and error messages. */
  summary: string;
  load(): Promise<Writer>;
}

export const writers = {
  pdf: {
    summary: 'print edition, `<slug>.<lang>.pdf`',
    load: async () => (await import('./pdf/writer.js')).pdfWriter,
  },
  epub: {
    summary: 'e-book, horizontal, `<slug>.<lang>.epub`',
    load: async () => (await import('./epub/writer.js')).epubWriter,
  },
  'epub-vertical': {
    summary: 'e-book set vertically, right to left, for the editions `epub.vertical.editions` in the theme names, `<slug>.<lang>.vertical.epub`',
    load: async () => (await import('./epub/writer.js')).epubVerticalWriter,
  },
  booklet: {
    summary: 'the print edition imposed 2-up in saddle-stitch order for duplex printing and folding, `<slug>.<lang>.booklet.pdf`',
    load: async () => (await import('./impose/writer.js')).bookletWriter,
  },
} as const satisfies Record<string, WriterEntry>;

export type FormatName = keyof typeof writers;

/** Every format name, in registry order. */
export const formatNames = Object.keys(writers) as [FormatName, ...FormatName[]];

export function loadWriter(format: FormatName): Promise<Writer> {
  return writers[format].load();
}

/** An edition with its own cache for `shared` (and no siblings unless given). */
export function makeEdition(fields: Omit<Edition, 'shared' | 'siblings'> & Partial<Pick<Edition, 'siblings'>>): Edition {
  const cache = new Map<string, Promise<unknown>>();
  return {
    siblings: [],
    ...fields,
    shared<T>(key: string, make: () => Promise<T>): Promise<T> {
      let promise = cache.get(key) as Promise<T> | undefined;
      if (!promise) {
        promise = make();
        cache.set(key, promise);
      }
      return promise;
    },
  };
}

/** The edition's files in every format asked for, in that order. */
export async function writeEdition(edition: Edition, formats: readonly FormatName[]): Promise<OutputFile[]> {
  const outputs: OutputFile[] = [];
  for (const format of formats) {
    const writer = await loadWriter(format);
    outputs.push(...(await timedStage(`${format} ${edition.book.lang}`, () => writer.write(edition))));
  }
  return outputs;
}
