/**
 * The edition manifest (`sources/book.yaml`): book metadata, the order of the
 * sources, per-source overrides, editions and conversion choices. Validated
 * by a schema; an error names the file and the key.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import type { BookMeta, Lang } from '../book/types.js';
import { encodings, type Encoding } from '../read/decode.js';
import { UserError } from '../util/user-error.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const lang = z.enum(['zh-Hans', 'zh-Hant']);

const sourceSchema = z
  .object({
    file: z.string().min(1),
    encoding: z.enum(encodings as [Encoding, ...Encoding[]]).optional(),
    title: z.string().min(1).optional(),
    subtitle: z.string().min(1).optional(),
    author: z.string().min(1).optional(),
    role: z.string().min(1).optional(),
    date: isoDate.optional(),
    source: z.string().min(1).optional(),
  })
  .strict();

export const manifestSchema = z
  .object({
    title: z.string().min(1),
    subtitle: z.string().min(1).optional(),
    editor: z.string().min(1),
    publisher: z.string().min(1).optional(),
    description: z.string().min(1).optional(),
    slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lowercase letters, digits and hyphens'),
    identifier: z.string().regex(/^urn:uuid:[0-9a-f-]{36}$/, 'expected urn:uuid:…').optional(),
    date: isoDate,
    keywords: z.array(z.string()).default([]),
    editions: z.array(lang).min(1).default(['zh-Hans', 'zh-Hant']),
    formats: z.array(z.enum(['pdf', 'epub'])).min(1).default(['pdf', 'epub']),
    conversion: z
      .object({
        /** Traditional variant: Taiwan standard characters (default), with Taiwan vocabulary (twp), Hong Kong, or plain OpenCC Traditional. */
        variant: z.enum(['tw', 'twp', 'hk', 't']).default('tw'),
        /** User dictionary: phrase → replacement, applied before OpenCC, per target script. */
        dictionary: z.object({ 'zh-Hans': z.record(z.string(), z.string()).default({}), 'zh-Hant': z.record(z.string(), z.string()).default({}) }).partial().default({}),
        /** Spans never converted (names, titles of works). */
        keep: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .prefault({}),
    sources: z.array(sourceSchema).min(1),
  })
  .strict();

export type ManifestData = z.infer<typeof manifestSchema>;
export type SourceEntry = z.infer<typeof sourceSchema>;

export interface Manifest extends ManifestData {
  /** Absolute path of the manifest file. */
  path: string;
  /** Folder the source paths are relative to. */
  root: string;
}

/** A stable `urn:uuid:` (name-based, version 5 layout) from the book's identity. */
export function deriveIdentifier(title: string, editor: string, slug: string): string {
  const hash = createHash('sha1').update(`wenji\u0000${slug}\u0000${title}\u0000${editor}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export function parseManifest(text: string, path: string): Manifest {
  const document = parseDocument(text);
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    const line = error.linePos?.[0]?.line;
    throw new UserError(`${path}${line ? `:${line}` : ''}: cannot parse the manifest`, error.message, 2);
  }
  const result = manifestSchema.safeParse(document.toJS());
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const key = issue.path.join('.') || '(top level)';
    throw new UserError(`${path}: invalid manifest key \`${key}\``, issue.message, 2);
  }
  return { ...result.data, path, root: dirname(path) };
}

export function loadManifest(path: string): Manifest {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UserError(`${path}: cannot read the manifest`, (error as Error).message, 2);
  }
  return parseManifest(text, path);
}

/** When the edition was made: `SOURCE_DATE_EPOCH` if set, else the publication date. */
export function editionInstant(manifest: ManifestData, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date(`${manifest.date}T00:00:00Z`);
}

export function bookMeta(manifest: ManifestData, env: NodeJS.ProcessEnv = process.env): BookMeta {
  return {
    title: manifest.title,
    ...(manifest.subtitle ? { subtitle: manifest.subtitle } : {}),
    editor: manifest.editor,
    ...(manifest.publisher ? { publisher: manifest.publisher } : {}),
    ...(manifest.description ? { description: manifest.description } : {}),
    slug: manifest.slug,
    identifier: manifest.identifier ?? deriveIdentifier(manifest.title, manifest.editor, manifest.slug),
    date: manifest.date,
    modified: editionInstant(manifest, env),
    keywords: manifest.keywords,
  };
}

/** A source's path as messages and reports show it: relative to the working directory. */
export function sourcePath(manifest: Manifest, entry: Pick<SourceEntry, 'file'>): string {
  return relative(process.cwd(), join(manifest.root, entry.file)) || entry.file;
}

export type { Lang };
