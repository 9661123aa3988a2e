/**
 * The edition manifest (`sources/book.yaml`): book metadata, the order of the
 * sources, per-source overrides, editions and conversion choices. Validated
 * by a schema; an error names the file and the key.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import type { BookMeta, Lang } from '../book/types.js';
import { type Encoding, encodings } from '../read/decode.js';
import { fixesPathFor } from '../read/read-fixes.js';
import { formatNames } from '../render/registry.js';
import { ioError } from '../util/io-error.js';
import { firstIssue, readableIssue } from '../util/schema-issues.js';
import { UserError } from '../util/user-error.js';
import { readYamlData } from '../util/yaml-data.js';
import { calendarDateProblem, epochProblem } from './calendar.js';
import { stringsOf, textProblem } from './plain-text.js';

const isoDate = z.string().superRefine((value, context) => {
  const problem = calendarDateProblem(value);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});
const lang = z.enum(['zh-Hans', 'zh-Hant']);
/** A YAML file named relative to the manifest (a theme, a font manifest). */
const yamlFile = z
  .string()
  .min(1)
  .max(1024)
  .regex(/\.ya?ml$/i, 'expected a .yaml or .yml file');
/** A line of text: a title fits on a title page, a name on a line. */
const line = (max: number) => z.string().min(1).max(max);

const sourceSchema = z
  .object({
    file: z.string().min(1).max(1024),
    encoding: z.enum(encodings as [Encoding, ...Encoding[]]).optional(),
    title: line(100).optional(),
    subtitle: line(200).optional(),
    author: line(100).optional(),
    role: line(100).optional(),
    date: isoDate.optional(),
    source: line(200).optional(),
  })
  .strict();

export const manifestSchema = z
  .object({
    title: line(60),
    subtitle: line(120).optional(),
    editor: line(100),
    publisher: line(100).optional(),
    description: z.string().min(1).max(4000).optional(),
    /** A circulation line such as 内部学习资料, on the imprint page, the back cover and the e-book's colophon. */
    notice: line(40).optional(),
    /** The edition's number (版次, default 1): the imprint prints 2026年11月第1版. */
    version: z.number().int().min(1).max(99).optional(),
    /** A back cover on the print edition (default: the theme's `front.backCover`). */
    backCover: z.boolean().optional(),
    // Output names are `<slug>.zh-Hant.epub` and the like, and must fit a file system's 255 bytes with room to spare.
    slug: z
      .string()
      .max(100)
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lowercase letters, digits and hyphens'),
    identifier: z
      .string()
      .regex(/^urn:uuid:[0-9a-f-]{36}$/, 'expected urn:uuid:…')
      .optional(),
    date: isoDate,
    keywords: z.array(line(60)).max(50).default([]),
    /** The e-books' front cover, a PNG or JPEG beside the manifest; without it one is generated from the title page. */
    cover: z
      .string()
      .min(1)
      .max(1024)
      .regex(/\.(?:png|jpe?g)$/i, 'expected a .png, .jpg or .jpeg file')
      .optional(),
    /** The book's own typographic theme (page, sizes, spacing), a YAML file relative to the manifest; default `styles/theme.yaml`. */
    theme: yamlFile.optional(),
    /** The book's own font manifest (faces per script and role, fallbacks), relative to the manifest; default `WENJI_FONTS`, else `fonts/fonts.yaml`. */
    fonts: yamlFile.optional(),
    editions: z.array(lang).min(1).default(['zh-Hans', 'zh-Hant']),
    /** Writers to run, by name (`render/registry.ts`), in this order for each edition. */
    formats: z.array(z.enum(formatNames)).min(1).default(['pdf', 'epub']),
    conversion: z
      .object({
        /** Traditional variant: Taiwan standard characters (default), with Taiwan vocabulary (twp), Hong Kong, or plain OpenCC Traditional. */
        variant: z.enum(['tw', 'twp', 'hk', 't']).default('tw'),
        /** User dictionary: phrase → replacement, applied before OpenCC, per target script. */
        dictionary: z
          .object({ 'zh-Hans': z.record(z.string(), z.string()).default({}), 'zh-Hant': z.record(z.string(), z.string()).default({}) })
          .strict()
          .partial()
          .default({}),
        /** Spans never converted (names, titles of works). */
        keep: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .prefault({}),
    /**
     * The folder the sources must lie in, relative to the manifest (default: the manifest's own
     * folder). Naming a wider one is the only way to use files outside it.
     */
    sourceRoot: z.string().min(1).optional(),
    sources: z.array(sourceSchema).min(1),
  })
  .strict();

export type ManifestData = z.infer<typeof manifestSchema>;
export type SourceEntry = z.infer<typeof sourceSchema>;

export interface Manifest extends Omit<ManifestData, 'sourceRoot'> {
  /** Path of the manifest file. */
  path: string;
  /** Folder the source paths are relative to. */
  root: string;
  /** Folder every source must lie in (`sourceRoot`, by default the manifest's folder). */
  sourceRoot: string;
  /** The line of each source's `file:` in the manifest, for messages. */
  sourceLines?: Array<number | null>;
  /** Absolute paths of the book's own theme and font manifest, when it names them. */
  themePath?: string;
  fontManifestPath?: string;
}

/** A stable `urn:uuid:` (name-based, version 5 layout) from the book's identity. */
export function deriveIdentifier(title: string, editor: string, slug: string): string {
  const hash = createHash('sha1').update(`wenji\u0000${slug}\u0000${title}\u0000${editor}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** The keys allowed at a place in the manifest, for "did you mean" and the list of keys. */
function allowedKeys(path: readonly PropertyKey[]): string[] {
  if (path.length === 0) return Object.keys(manifestSchema.shape);
  if (path[0] === 'sources') return Object.keys(sourceSchema.shape);
  if (path.length === 1 && path[0] === 'conversion') return ['variant', 'dictionary', 'keep'];
  if (path[0] === 'conversion' && path[1] === 'dictionary') return ['zh-Hans', 'zh-Hant'];
  return [];
}

/** Keys whose text may run over several lines. */
const paragraphKeys = new Set(['description']);

const keyName = (path: readonly PropertyKey[]) => path.map(String).join('.') || '(top level)';

export function parseManifest(text: string, path: string): Manifest {
  const yaml = readYamlData(text, path, 'manifest');
  const fail = (keys: readonly PropertyKey[], reason: string): never => {
    const line = yaml.lineOf(keys);
    const what = keys.length === 0 ? 'invalid manifest' : `invalid manifest key \`${keyName(keys)}\``;
    throw new UserError(`${path}${line ? `:${line}` : ''}: ${what}`, reason, 2);
  };
  for (const [keys, value] of stringsOf(yaml.data)) {
    const problem = textProblem(value, paragraphKeys.has(String(keys[0])));
    if (problem) fail(keys, problem);
  }
  const result = manifestSchema.safeParse(yaml.data);
  if (!result.success) {
    const issue = readableIssue(firstIssue(result.error.issues), yaml.data, allowedKeys);
    return fail(issue.path, issue.reason);
  }
  const root = dirname(path);
  const manifest: Manifest = {
    ...result.data,
    path,
    root,
    sourceRoot: resolve(root, result.data.sourceRoot ?? '.'),
    sourceLines: result.data.sources.map((_, i) => yaml.lineOf(['sources', i, 'file'])),
  };
  manifest.sources.forEach((entry, i) => {
    const problem = sourceFileProblem(manifest, entry.file);
    if (problem) fail(['sources', i, 'file'], problem);
  });
  for (const [key, field, what] of [
    ['theme', 'themePath', 'theme'],
    ['fonts', 'fontManifestPath', 'font manifest'],
  ] as const) {
    const file = result.data[key];
    if (file === undefined) continue;
    const path = resolve(root, file);
    if (!isFile(path)) fail([key], `the ${what} \`${file}\` is not there (${path}); put the file beside the manifest, or remove the key to use the default`);
    manifest[field] = path;
  }
  return manifest;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Manifests are a page or two; anything this large is not one. */
const maxManifestBytes = 1024 * 1024;

export function loadManifest(path: string): Manifest {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw ioError(error, 'cannot read the manifest', path);
  }
  if (bytes.length > maxManifestBytes)
    throw new UserError(`${path}: not a manifest`, `the file has ${bytes.length} bytes; a manifest is a short YAML file (at most ${maxManifestBytes})`, 2);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UserError(`${path}: cannot read the manifest`, 'the file is not UTF-8 text; save it as UTF-8', 2);
  }
  return parseManifest(text, path);
}

/** When the edition was made: `SOURCE_DATE_EPOCH` if set, else the publication date. */
export function editionInstant(manifest: Pick<ManifestData, 'date'>, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return new Date(`${manifest.date}T00:00:00Z`);
  const problem = epochProblem(epoch);
  if (problem) throw new UserError(problem, 'set it to an integer from 0 to 253402300799 (seconds since 1970-01-01 UTC), or unset it', 2);
  return new Date(Number(epoch) * 1000);
}

export function bookMeta(manifest: Omit<ManifestData, 'sourceRoot'>, env: NodeJS.ProcessEnv = process.env): BookMeta {
  return {
    title: manifest.title,
    ...(manifest.subtitle ? { subtitle: manifest.subtitle } : {}),
    editor: manifest.editor,
    ...(manifest.publisher ? { publisher: manifest.publisher } : {}),
    ...(manifest.description ? { description: manifest.description } : {}),
    ...(manifest.notice ? { notice: manifest.notice } : {}),
    ...(manifest.version !== undefined ? { version: manifest.version } : {}),
    ...(manifest.backCover !== undefined ? { backCover: manifest.backCover } : {}),
    slug: manifest.slug,
    identifier: manifest.identifier ?? deriveIdentifier(manifest.title, manifest.editor, manifest.slug),
    date: manifest.date,
    modified: editionInstant(manifest, env),
    keywords: manifest.keywords,
    ...(manifest.cover ? { cover: resolve((manifest as Partial<Manifest>).root ?? '.', manifest.cover) } : {}),
  };
}

/** Whether `path` lies inside `folder` (or is it). */
const inside = (folder: string, path: string): boolean => {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
};

/** Why a source's `file` may not be read (it names a place outside the source root), or null. */
function sourceFileProblem(manifest: Manifest, file: string): string | null {
  if (file.includes('\0')) return 'the path contains a NUL character';
  const path = resolve(manifest.root, file);
  if (inside(manifest.sourceRoot, path)) return null;
  const where = isAbsolute(file) ? 'is an absolute path outside' : 'lies outside';
  return `\`${file}\` ${where} the book's folder ${manifest.sourceRoot}; sources are read only from there (move the file in, or name a wider folder with \`sourceRoot:\`)`;
}

/**
 * A source's path as messages and reports show it: relative to the working
 * directory. Refuses a file that only a symbolic link brings inside the book.
 */
export function sourcePath(manifest: Manifest, entry: Pick<SourceEntry, 'file'>): string {
  const lexical = sourceFileProblem(manifest, entry.file);
  const index = manifest.sources.findIndex((source) => source.file === entry.file);
  const key = index >= 0 ? `sources.${index}.file` : 'file';
  const line = manifest.sourceLines?.[index];
  const where = `${manifest.path}${line ? `:${line}` : ''}: invalid manifest key \`${key}\``;
  if (lexical) throw new UserError(where, lexical, 2);
  const path = resolve(manifest.root, entry.file);
  let real: string;
  let realRoot: string;
  try {
    realRoot = realpathSync(manifest.sourceRoot);
    real = realpathSync(path);
  } catch {
    // A missing file is reported by the reader, which says so at its path.
    return relative(process.cwd(), path) || entry.file;
  }
  const fixes = fixesPathFor(path);
  const realFixes = existsSync(fixes) ? realpathSync(fixes) : null;
  for (const [link, target] of [
    [entry.file, real],
    [relative(manifest.root, fixes), realFixes],
  ] as const) {
    if (target === null || inside(realRoot, target)) continue;
    throw new UserError(
      where,
      `\`${link}\` is a symbolic link to ${target}, outside the book's folder ${manifest.sourceRoot}; copy the file in, or name a wider folder with \`sourceRoot:\``,
      2,
    );
  }
  return relative(process.cwd(), path) || entry.file;
}

export type { Lang };
