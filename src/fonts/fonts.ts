/**
 * The font manifest (`fonts/fonts.yaml`): which face file serves which role
 * (body, bold, heading) for each script, plus fallback faces for characters the
 * main face lacks. Faces come from npm packages or from files in `fonts/`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Script } from '../book/types.js';
import { packageRoot } from '../util/package-root.js';
import { UserError } from '../util/user-error.js';

export type FontRole = 'body' | 'bold' | 'heading';

const faceRef = z.union([z.object({ package: z.string() }).strict(), z.object({ file: z.string() }).strict()]);
const roles = z.object({ body: faceRef, bold: faceRef, heading: faceRef });
const manifestSchema = z.object({
  faces: z.object({ Hans: roles, Hant: roles }),
  fallback: z.array(faceRef).default([]),
});

export interface FontSet {
  /** Absolute paths of the face files per role. */
  faces: Record<FontRole, string>;
  /** Absolute paths of fallback faces, in order of preference. */
  fallback: string[];
}

export const defaultFontManifest = join(packageRoot, 'fonts', 'fonts.yaml');

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
  if (!existsSync(path)) throw new UserError(`Font not found: ${manifest}: key \`${key}\``, `${path} does not exist`, 2);
  return path;
}

/** Reads the manifest and resolves the faces for one script. */
export function loadFontSet(script: Script, manifest: string = defaultFontManifest): FontSet {
  const result = manifestSchema.safeParse(parse(readFileSync(manifest, 'utf8')));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new UserError(`Invalid font manifest ${manifest}: key \`${issue.path.join('.')}\``, issue.message, 2);
  }
  const set = result.data.faces[script];
  const faces = {
    body: resolveFace(set.body, manifest, `faces.${script}.body`),
    bold: resolveFace(set.bold, manifest, `faces.${script}.bold`),
    heading: resolveFace(set.heading, manifest, `faces.${script}.heading`),
  };
  const fallback = result.data.fallback.map((ref, i) => resolveFace(ref, manifest, `fallback.${i}`));
  return { faces, fallback };
}
