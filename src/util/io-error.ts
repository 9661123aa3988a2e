/**
 * Failures of the file system as messages a user can act on: what could not
 * be done to which path, why in plain words, and what to do. Always exit code 2.
 */
import { UserError } from './user-error.js';

interface SystemError extends Error {
  code: string;
  syscall?: string;
  path?: string;
  dest?: string;
}

export function isSystemError(error: unknown): error is SystemError {
  return error instanceof Error && typeof (error as Partial<SystemError>).code === 'string' && /^E[A-Z0-9]+$/.test((error as SystemError).code);
}

/** Why, and what to do, per error code. */
const explanations: Record<string, [string, string]> = {
  ENOENT: ['it does not exist', 'check the path'],
  EACCES: ['permission denied', 'check the permissions, or choose another folder'],
  EPERM: ['operation not permitted', 'check the permissions, or choose another folder'],
  EROFS: ['the file system is read-only', 'choose a folder on a writable disk'],
  ENOSPC: ['no space left on the device', 'free some space and run again'],
  EDQUOT: ['the disk quota is used up', 'free some space and run again'],
  EFBIG: ['the file is too large for the file system', 'choose a folder on another disk'],
  ENAMETOOLONG: ['the name or path is too long', 'choose a shorter path (or slug)'],
  ENOTDIR: ['a part of the path is a file, not a folder', 'check the path'],
  EISDIR: ['it is a folder, not a file', 'check the path'],
  EEXIST: ['it already exists', 'remove it or choose another path'],
  ENOTEMPTY: ['the folder is not empty', 'remove it or choose another path'],
  EBUSY: ['it is in use', 'close what uses it and run again'],
  EMFILE: ['too many open files', 'raise the limit (ulimit -n) and run again'],
  ENFILE: ['too many open files in the system', 'close other programs and run again'],
  EIO: ['the device reported an input/output error', 'check the disk'],
  ELOOP: ['too many symbolic links', 'check the path for a link loop'],
  EXDEV: ['it lies on another file system', 'choose a folder on the same disk'],
};

/** A user-facing failure for a system error met while doing `action` (e.g. "cannot write") to `path`. */
export function ioError(error: unknown, action: string, path: string): UserError {
  if (error instanceof UserError) return error;
  if (!isSystemError(error)) return new UserError(`${path}: ${action}`, error instanceof Error ? error.message : String(error), 2);
  const [why, todo] = explanations[error.code] ?? [error.message, 'check the path and the disk'];
  return new UserError(`${path}: ${action}: ${why} (${error.code})`, todo, 2);
}

/** A system error that reached the command line unwrapped, as a message about the path it names. */
export function systemErrorMessage(error: SystemError): UserError {
  const action = error.syscall ? `cannot ${error.syscall}` : 'failed';
  return ioError(error, action, error.path ?? error.dest ?? '(unknown path)');
}
