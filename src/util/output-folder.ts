/**
 * The output folder, replaced as a whole. A build writes its whole set of
 * files into a staging folder beside `out/`, then swaps it in with two renames
 * (`out` → previous, staging → `out`), so that `out/` holds either the old set
 * or the new one, never a mix, and a failed or killed build leaves the old set
 * as it was. Files in `out/` that are not part of a set (a benchmark's report)
 * are carried over. A lock file beside `out/` keeps two builds from writing
 * into one folder at once; leftovers of a killed build are cleared by the next.
 */
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { onAbort } from './cleanup.js';
import { ioError } from './io-error.js';
import { UserError } from './user-error.js';

/** A file of the set: its bytes, or its bytes in pieces (a large report is never one string). */
export interface OutputFile {
  name: string;
  content: Uint8Array | Iterable<Uint8Array | string>;
}

/**
 * The steps of a publication, in order; `onStep` is called before each (tests
 * inject faults there: a full disk, a kill).
 */
export type PublishStep = `write ${string}` | 'write set list' | 'move old set aside' | 'move new set in' | 'remove old set';

export interface PublishOptions {
  /** Folders that must not lie inside the output folder (the sources). */
  protect?: readonly string[];
  onStep?: (step: PublishStep) => void;
}

/** Names the set in `out/`: what a later build may replace, as opposed to files to carry over. */
export const setListName = '.wenji-set.json';

/** Files of earlier versions of wenji (which kept no list), and of the benchmark. */
const legacyOutput = /\.(pdf|epub|json|html|tmp)$/;

const inside = (folder: string, path: string): boolean => {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
};

interface Places {
  out: string;
  staging: string;
  previous: string;
  lock: string;
}

function placesOf(outFolder: string): Places {
  let out = resolve(outFolder);
  // An `out` that is a symbolic link is replaced where it points.
  try {
    if (lstatSync(out).isSymbolicLink()) out = realpathSync(out);
  } catch {
    // Not there yet.
  }
  const parent = dirname(out);
  const name = basename(out);
  return { out, staging: join(parent, `.${name}.wenji-new`), previous: join(parent, `.${name}.wenji-old`), lock: join(parent, `.${name}.wenji-lock`) };
}

function refuseUnsafe(places: Places, outFolder: string, protect: readonly string[]): void {
  const { out } = places;
  if (dirname(out) === out)
    throw new UserError(`--out ${outFolder}: cannot replace the root folder`, 'name a folder of its own for the editions, e.g. --out out', 2);
  if (inside(out, process.cwd()))
    throw new UserError(`--out ${outFolder}: the output folder holds the working folder`, 'name a folder of its own for the editions, e.g. --out out', 2);
  for (const folder of protect) {
    if (inside(out, resolve(folder)))
      throw new UserError(
        `--out ${outFolder}: the output folder holds the sources (${folder})`,
        'name a folder of its own for the editions, e.g. --out out',
        2,
      );
  }
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(out);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return;
    throw ioError(error, 'cannot use the output folder', out);
  }
  if (!stats.isDirectory())
    throw new UserError(`--out ${outFolder}: a file is in the way, not a folder`, 'remove the file or name another folder with --out', 2);
  if (stats.dev !== statSync(dirname(out)).dev) {
    throw new UserError(
      `--out ${outFolder}: the folder is a mount point, which cannot be replaced as a whole`,
      `name a folder inside it, e.g. --out ${join(outFolder, 'book')}`,
      2,
    );
  }
  const entries = readdirSync(out);
  if (entries.includes(setListName)) return;
  const foreign = entries.find((entry) => !entry.startsWith('.') && !(legacyOutput.test(entry) && statSync(join(out, entry)).isFile()));
  if (foreign !== undefined) {
    throw new UserError(
      `--out ${outFolder}: the folder holds files wenji did not write (${foreign})`,
      'wenji replaces its output folder as a whole; name an empty or new folder with --out',
      2,
    );
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/** Creates the lock file, or says who holds it; a lock left by a process that is gone is taken over. */
function takeLock(lock: string): void {
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = openSync(lock, 'wx');
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw ioError(error, 'cannot create the lock beside the output folder', lock);
      let holder: { pid?: number; host?: string } = {};
      try {
        holder = JSON.parse(readFileSync(lock, 'utf8')) as typeof holder;
      } catch {
        // Empty or half written: its writer died between creating and filling it.
      }
      const alive = typeof holder.pid === 'number' && (holder.host !== hostname() || processAlive(holder.pid));
      if (alive) {
        throw new UserError(
          `another build is writing to this output folder (process ${holder.pid}${holder.host !== hostname() ? ` on ${holder.host}` : ''})`,
          `wait for it to finish; if no build is running, remove ${lock}`,
          2,
        );
      }
      rmSync(lock, { force: true });
      continue;
    }
    try {
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname() }));
    } finally {
      closeSync(fd);
    }
    return;
  }
  throw new UserError(`cannot take the lock ${lock}`, 'another build took it at the same moment; run again', 2);
}

/** Puts back what a killed build left: the old set if it was moved aside, no staging, no temp files. */
function recover(places: Places): void {
  const { out, staging, previous } = places;
  if (existsSync(previous)) {
    if (existsSync(out)) rmSync(previous, { recursive: true, force: true });
    else renameSync(previous, out);
  }
  rmSync(staging, { recursive: true, force: true });
  // Temp files of earlier versions, which wrote each file beside its final name.
  if (existsSync(out) && statSync(out).isDirectory()) {
    for (const entry of readdirSync(out)) if (/\.\d+\.tmp$/.test(entry)) rmSync(join(out, entry), { force: true });
  }
}

/** Pieces are gathered into writes of this size (a report comes as many small pieces). */
const writeSize = 256 * 1024;

/** Writes the file whole and syncs it; returns its size. */
function writeFile(path: string, content: OutputFile['content']): number {
  const fd = openSync(path, 'wx');
  let size = 0;
  try {
    const writeAll = (bytes: Uint8Array) => {
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
      size += bytes.length;
    };
    if (content instanceof Uint8Array) writeAll(content);
    else {
      let pending: string[] = [];
      let pendingLength = 0;
      const flush = () => {
        writeAll(Buffer.from(pending.join('')));
        pending = [];
        pendingLength = 0;
      };
      for (const piece of content) {
        if (typeof piece !== 'string') {
          flush();
          writeAll(piece);
          continue;
        }
        pending.push(piece);
        pendingLength += piece.length;
        if (pendingLength >= writeSize) flush();
      }
      flush();
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return size;
}

function syncFolder(path: string): void {
  try {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems cannot sync a folder; the renames are still atomic.
  }
}

/** The names of the previous set: from its list, or by pattern for a folder of an earlier version. */
function previousSet(out: string): Set<string> {
  try {
    return new Set((JSON.parse(readFileSync(join(out, setListName), 'utf8')) as { files: string[] }).files);
  } catch {
    return new Set(existsSync(out) ? readdirSync(out).filter((entry) => legacyOutput.test(entry) && entry !== 'bench.json') : []);
  }
}

/** Hard-links (or copies) `from` into `to`, folders entry by entry. */
function carryOver(from: string, to: string): void {
  if (lstatSync(from).isDirectory()) {
    mkdirSync(to);
    for (const entry of readdirSync(from)) carryOver(join(from, entry), join(to, entry));
    return;
  }
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

export interface OutputFolder {
  /** The folder as resolved. */
  path: string;
  /** Writes the whole set and swaps it in, returning each file's size; on failure `out/` stays as it was. */
  publish(files: readonly OutputFile[]): number[];
  /** Releases the lock (and clears a staging folder left by a failure). */
  release(): void;
}

/** Takes the output folder: checks it, locks it, clears what a killed build left. */
export function openOutputFolder(outFolder: string, options: PublishOptions = {}): OutputFolder {
  const places = placesOf(outFolder);
  refuseUnsafe(places, outFolder, options.protect ?? []);
  const { out, staging, previous, lock } = places;
  try {
    mkdirSync(dirname(out), { recursive: true });
  } catch (error) {
    throw ioError(error, 'cannot create the folder for the output', dirname(out));
  }
  takeLock(lock);
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    recoverQuietly();
    rmSync(lock, { force: true });
  };
  const recoverQuietly = () => {
    try {
      recover(places);
    } catch {
      // The next build tries again.
    }
  };
  const unregister = onAbort(release);
  try {
    recover(places);
  } catch (error) {
    release();
    unregister();
    throw ioError(error, 'cannot clear what an earlier build left', dirname(out));
  }
  const step = options.onStep ?? (() => {});

  return {
    path: out,
    publish(files) {
      const names = files.map((file) => file.name);
      let current = '';
      try {
        current = staging;
        mkdirSync(staging);
        const sizes: number[] = [];
        for (const file of files) {
          step(`write ${file.name}`);
          current = join(staging, file.name);
          sizes.push(writeFile(current, file.content));
        }
        step('write set list');
        current = join(staging, setListName);
        writeFile(current, Buffer.from(`${JSON.stringify({ files: names })}\n`));
        if (existsSync(out)) {
          const own = previousSet(out);
          for (const entry of readdirSync(out)) {
            if (entry === setListName || own.has(entry) || names.includes(entry)) continue;
            current = join(out, entry);
            carryOver(join(out, entry), join(staging, entry));
          }
        }
        syncFolder(staging);
        current = out;
        if (existsSync(out)) {
          step('move old set aside');
          renameSync(out, previous);
        }
        step('move new set in');
        renameSync(staging, out);
        syncFolder(dirname(out));
        step('remove old set');
        rmSync(previous, { recursive: true, force: true });
        return sizes;
      } catch (error) {
        // The old set goes back if it was moved aside; the staging folder goes.
        recoverQuietly();
        throw ioError(error, `cannot write the output (nothing in ${outFolder} was changed)`, current);
      }
    },
    release() {
      release();
      unregister();
    },
  };
}
