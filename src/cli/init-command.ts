/**
 * `wenji init [folder or files…]`: a first `book.yaml` for a folder of raw
 * pages, so that `wenji build` can follow at once. The pages go through the
 * same front half as the build (read → clean → structure); what they hold
 * becomes the sources list, and every doubt a `# check:` comment.
 *
 * Exit codes: 0 written; 1 written, but the build would stop on errors in the
 * sources or some files were left out (or, with --strict, any doubt);
 * 2 usage or I/O (nothing written).
 */
import { existsSync, readdirSync, type Stats, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { type DraftSource, draftManifest } from '../manifest/draft-manifest.js';
import { parseManifest } from '../manifest/manifest.js';
import { processSources } from '../pipeline/front.js';
import { readSource } from '../pipeline/source.js';
import { UserError } from '../util/user-error.js';
import { writeAtomic } from '../util/write-atomic.js';
import type { Io } from './main.js';

export interface InitOptions {
  /** Folders and files; none means `sources/`. */
  targets: string[];
  /** Where to write the manifest; default `book.yaml` in the sources' common folder. */
  manifest?: string;
  force: boolean;
  strict: boolean;
}

export const defaultSourcesFolder = 'sources';
const manifestName = 'book.yaml';

const isSourceName = (name: string) => /\.txt$/i.test(name);
/** Corrections beside a source: read by the build, not a source themselves. */
const isCorrectionsName = (name: string) => /\.fixes\.ya?ml$/i.test(name);

/** File-name order with numbers by value (`page2` before `page10`); code units otherwise. */
export function compareFileNames(a: string, b: string): number {
  const partsA = a.split(/(\d+)/);
  const partsB = b.split(/(\d+)/);
  for (let i = 0; i < Math.min(partsA.length, partsB.length); i++) {
    const x = partsA[i]!;
    const y = partsB[i]!;
    if (x === y) continue;
    if (i % 2 === 1) {
      const bareX = x.replace(/^0+(?=\d)/, '');
      const bareY = y.replace(/^0+(?=\d)/, '');
      if (bareX.length !== bareY.length) return bareX.length - bareY.length;
      if (bareX !== bareY) return bareX < bareY ? -1 : 1;
      continue;
    }
    return x < y ? -1 : 1;
  }
  return partsA.length - partsB.length || (a < b ? -1 : a > b ? 1 : 0);
}

interface Gathered {
  /** Folder the sources share: the folder given, or the files' common folder. */
  folder: string;
  /** Absolute paths of the raw text files. */
  files: string[];
  /** Absolute paths of what was given or found but is not a source. */
  ignored: string[];
}

function statOf(path: string): Stats {
  try {
    return statSync(path);
  } catch (error) {
    throw new UserError(`wenji init: cannot read ${path}`, (error as Error).message, 2);
  }
}

function commonFolder(paths: readonly string[]): string {
  let common = paths[0]!;
  for (const path of paths.slice(1)) {
    while (common !== dirname(common) && path !== common && !path.startsWith(common.endsWith(sep) ? common : common + sep)) common = dirname(common);
  }
  return common;
}

function gather(targets: readonly string[], manifestPath: string | undefined): Gathered {
  const files: string[] = [];
  const ignored: string[] = [];
  const folders: string[] = [];
  for (const target of targets) {
    const path = resolve(target);
    const stat = statOf(path);
    if (stat.isDirectory()) {
      folders.push(path);
      for (const entry of readdirSync(path, { withFileTypes: true })) {
        const full = join(path, entry.name);
        if (entry.name.startsWith('.') || isCorrectionsName(entry.name)) continue;
        if (entry.isFile() && isSourceName(entry.name)) files.push(full);
        else if (!(entry.name === manifestName && !manifestPath) && full !== manifestPath) ignored.push(full);
      }
    } else if (isSourceName(path)) {
      files.push(path);
    } else {
      ignored.push(path);
    }
  }
  if (files.length === 0) {
    throw new UserError(`wenji init: no .txt files in ${targets.join(', ')}`, 'sources are raw text files named *.txt', 2);
  }
  const folder = targets.length === 1 && folders.length === 1 ? folders[0]! : commonFolder([...folders, ...files.map((file) => dirname(file))]);
  return { folder, files: [...new Set(files)], ignored: [...new Set(ignored)] };
}

const slashed = (path: string) => path.split(sep).join('/');

function readDraftSources(paths: readonly { absolute: string; shown: string; entry: string }[]): DraftSource[] {
  const unreadable = new Map<string, string>();
  for (const path of paths) {
    try {
      readSource(path.shown);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      unreadable.set(path.absolute, `${error.message.replace(`${path.shown}: `, '')}${error.detail ? ` (${error.detail})` : ''}`);
    }
  }
  const readable = paths.filter((path) => !unreadable.has(path.absolute));
  const sources = processSources(readable.map((path) => ({ path: path.shown })));
  return paths.map((path): DraftSource => {
    const why = unreadable.get(path.absolute);
    if (why !== undefined) return { file: path.entry, encoding: null, articles: [], messages: [], unreadable: why };
    const source = sources[readable.indexOf(path)]!;
    return { file: path.entry, encoding: source.encoding, articles: source.articles, messages: source.file.messages };
  });
}

/** A path that is not a source, relative to the sources' folder; a folder ends in `/`. */
const shownIgnored = (folder: string) => (path: string) => (slashed(relative(folder, path)) || basename(path)) + (statSync(path).isDirectory() ? '/' : '');

export function runInit(options: InitOptions, io: Io): number {
  const targets = options.targets.length > 0 ? options.targets : [defaultSourcesFolder];
  const given = options.manifest ? resolve(options.manifest) : undefined;
  const gathered = gather(targets, given);
  const manifestPath = given ?? join(gathered.folder, manifestName);
  const shownManifest = relative(process.cwd(), manifestPath) || manifestPath;
  if (existsSync(manifestPath) && !options.force) {
    throw new UserError(`wenji init: ${shownManifest} exists`, 'use --force to replace it', 2);
  }
  const root = dirname(manifestPath);
  const paths = gathered.files
    .map((absolute) => ({ absolute, shown: relative(process.cwd(), absolute) || absolute, entry: slashed(relative(root, absolute)) }))
    .sort((a, b) => compareFileNames(a.entry, b.entry));
  const draft = draftManifest({
    folderName: basename(gathered.folder),
    sources: readDraftSources(paths),
    ignored: gathered.ignored.map(shownIgnored(gathered.folder)).sort(compareFileNames),
    ...(process.env.SOURCE_DATE_EPOCH ? { sourceDateEpoch: process.env.SOURCE_DATE_EPOCH } : {}),
  });
  // Sources outside the manifest's folder are read only under a root the manifest names.
  const outside = paths.filter((path) => path.entry.startsWith('../'));
  if (outside.length > 0) {
    const common = paths
      .map((path) => dirname(path.absolute))
      .reduce((a, b) => {
        while (!(b + sep).startsWith(a + sep) && dirname(a) !== a) a = dirname(a);
        return a;
      });
    draft.text += `# The sources lie outside this manifest's folder: sourceRoot allows reading them from there.\nsourceRoot: ${slashed(relative(root, common))}\n`;
  }
  // What init writes must load: a failure here is a defect of init, not of the pages.
  parseManifest(draft.text, shownManifest);
  try {
    writeAtomic(manifestPath, draft.text);
  } catch (error) {
    throw new UserError(`wenji init: cannot write ${shownManifest}`, (error as Error).message, 2);
  }
  const lines = [
    `wenji: wrote ${shownManifest}: ${draft.listed} source${draft.listed === 1 ? '' : 's'}, ${draft.articles} article${draft.articles === 1 ? '' : 's'}, ` +
      `${draft.doubts} doubt${draft.doubts === 1 ? '' : 's'} to review (\`# check:\` comments)`,
    ...(draft.leftOut > 0 ? [`  ${draft.leftOut} file${draft.leftOut === 1 ? '' : 's'} left out (unreadable or nothing to print)`] : []),
    ...(draft.errors > 0
      ? [`  ${draft.errors} error${draft.errors === 1 ? '' : 's'} in the sources: the build stops until \`wenji fix\` corrections are edited`]
      : []),
    ...(gathered.ignored.length > 0
      ? [`  ${gathered.ignored.length} other file${gathered.ignored.length === 1 ? '' : 's'} not read (listed in the manifest's header)`]
      : []),
    `  next: wenji build${manifestPath === resolve(defaultSourcesFolder, manifestName) ? '' : ` --manifest ${shownManifest}`}`,
  ];
  io.stdout(`${lines.join('\n')}\n`);
  if (draft.errors > 0 || draft.leftOut > 0) return 1;
  return options.strict && draft.doubts > 0 ? 1 : 0;
}
