/**
 * The font manifest (`fonts/fonts.yaml`): which face file serves which role
 * (body, bold, heading) for each script, plus fallback faces for characters the
 * main face lacks. Faces come from npm packages or from files in `fonts/`.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import type { Script } from '../book/types.js';
import { ioError } from '../util/io-error.js';
import { packageRoot } from '../util/package-root.js';
import { UserError } from '../util/user-error.js';
import { readYamlData, type YamlData } from '../util/yaml-data.js';
import { faceFormat } from './font-format.js';

export type FontRole = 'body' | 'bold' | 'heading';

const faceRef = z.union([z.object({ package: z.string() }).strict(), z.object({ file: z.string() }).strict()]);
/** A fallback face may serve some roles only (a bold face for bold text and headings), else every role. */
const fallbackRoles = z
  .array(z.enum(['body', 'bold', 'heading']))
  .min(1)
  .optional();
const fallbackRef = z.union([z.object({ package: z.string(), roles: fallbackRoles }).strict(), z.object({ file: z.string(), roles: fallbackRoles }).strict()]);
const roles = z.object({ body: faceRef, bold: faceRef, heading: faceRef });
const manifestSchema = z.object({
  faces: z.object({ Hans: roles, Hant: roles }),
  fallback: z.array(fallbackRef).default([]),
});

export interface FontSet {
  /** Absolute paths of the face files per role. */
  faces: Record<FontRole, string>;
  /** Absolute paths of fallback faces, in order of preference. */
  fallback: string[];
  /** The roles each fallback face serves (in the same order), when not every role. */
  fallbackRoles?: ReadonlyArray<readonly FontRole[] | null>;
}

/** The fallback faces for text set in `role`, in order of preference. */
export function fallbackFor(fonts: FontSet, role: FontRole): string[] {
  return fonts.fallback.filter((_, i) => fonts.fallbackRoles?.[i]?.includes(role) ?? true);
}

export const defaultFontManifest = join(packageRoot, 'fonts', 'fonts.yaml');

/** The font manifest in use: `WENJI_FONTS` names another one (a book with its own faces, a test). */
export const fontManifestPath = (env: NodeJS.ProcessEnv = process.env): string => env.WENJI_FONTS || defaultFontManifest;

/** Refuses a file that is not a face before any parser meets it (a parser's own message names no file). */
function checkFaceFile(path: string, manifest: string, key: string): void {
  let head = Buffer.alloc(4);
  try {
    if (!statSync(path).isFile()) throw new UserError(`Font not found: ${manifest}: key \`${key}\``, `${path} is not a file`, 2);
    const fd = openSync(path, 'r');
    try {
      head = head.subarray(0, readSync(fd, head, 0, 4, 0));
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    if ((error as { code?: string }).code === 'ENOENT')
      throw new UserError(`Font not found: ${manifest}: key \`${key}\``, `${path} does not exist; put the file there or name another in the font manifest`, 2);
    throw ioError(error, `cannot read the font named by key \`${key}\``, path);
  }
  const format = faceFormat(head);
  if (format === null) {
    throw new UserError(
      `Not a font file: ${path} (${manifest}: key \`${key}\`)`,
      'expected a TrueType or OpenType face (.ttf, .otf, .ttc); replace the file or name another',
      2,
    );
  }
  if (format === 'woff' || format === 'woff2') {
    // A web font is a compressed wrapper meant for browsers; the PDF embeds, and the e-book subsets, the face itself.
    throw new UserError(
      `Web font not supported: ${path} (${manifest}: key \`${key}\`)`,
      `this is a ${format.toUpperCase()} file; name the family's TrueType or OpenType file (.ttf, .otf) instead, or unpack it to one first (for example with fonttools: \`fonttools ttLib.woff2 decompress\`)`,
      2,
    );
  }
}

// Font packages resolve from the project's node_modules.
const require = createRequire(join(packageRoot, 'package.json'));

function resolveFace(ref: z.infer<typeof faceRef>, manifest: string, key: string): string {
  let path: string;
  if ('file' in ref) {
    path = resolve(dirname(manifest), ref.file);
  } else {
    try {
      path = require.resolve(ref.package);
    } catch {
      throw new UserError(`Font not found: ${manifest}: key \`${key}\``, `package file ${ref.package} is not installed; run npm install`, 2);
    }
  }
  checkFaceFile(path, manifest, key);
  return path;
}

function readFontManifest(manifest: string): YamlData {
  let text: string;
  try {
    text = readFileSync(manifest, 'utf8');
  } catch (error) {
    throw ioError(error, 'cannot read the font manifest', manifest);
  }
  return readYamlData(text, manifest, 'font manifest');
}

/** Reads the manifest and resolves the faces for one script. */
export function loadFontSet(script: Script, manifest: string = fontManifestPath()): FontSet {
  const yaml = readFontManifest(manifest);
  const result = manifestSchema.safeParse(yaml.data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const key = issue.path.join('.');
    const line = yaml.lineOf(issue.path);
    const detail =
      issue.code === 'invalid_type' && issue.input === undefined ? `the key is missing; every script needs body, bold and heading faces` : issue.message;
    throw new UserError(`Invalid font manifest ${manifest}${line ? `:${line}` : ''}: key \`${key || '(top level)'}\``, detail, 2);
  }
  const set = result.data.faces[script];
  const faces = {
    body: resolveFace(set.body, manifest, `faces.${script}.body`),
    bold: resolveFace(set.bold, manifest, `faces.${script}.bold`),
    heading: resolveFace(set.heading, manifest, `faces.${script}.heading`),
  };
  const fallback = result.data.fallback.map((ref, i) => resolveFace(ref, manifest, `fallback.${i}`));
  const fallbackRoles = result.data.fallback.map((ref) => ref.roles ?? null);
  return { faces, fallback, ...(fallbackRoles.some((served) => served !== null) ? { fallbackRoles } : {}) };
}
