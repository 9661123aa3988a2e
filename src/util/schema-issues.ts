/**
 * Schema failures as messages a person can act on: a missing key named with
 * what it is for, an unknown key with the nearest allowed one ("did you mean
 * `file`?"), a value of the wrong kind with what was found.
 */
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/** What each required key is for, said when it is missing. */
const requiredKeys: Record<string, string> = {
  title: "the book's title",
  editor: "the editor's name",
  slug: 'the base of the output file names (lowercase letters, digits, hyphens)',
  date: 'the publication date, YYYY-MM-DD',
  sources: 'the list of raw files, in book order (`- file: name.txt`)',
  file: 'the raw file, relative to the manifest',
  fixes: 'the list of corrections (`- text: …`)',
  text: 'the exact text in the raw file, on one line',
  replace: 'what the text becomes',
  reason: 'why the correction is right (shown in the report)',
};

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The allowed key closest to `key`, if it is close enough to be a typo. */
export function nearestKey(key: string, allowed: readonly string[]): string | null {
  let best: string | null = null;
  let distance = Infinity;
  for (const candidate of allowed) {
    const d = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (d < distance) [best, distance] = [candidate, d];
  }
  return best !== null && distance <= Math.max(1, Math.floor(best.length / 3)) ? best : null;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** At most `max` characters of `text`, cut between characters (never inside a surrogate pair). */
const excerpt = (text: string, max: number): string => {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
};

const kindOf = (value: unknown): string =>
  value === null
    ? 'nothing (null)'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'object'
        ? 'a mapping'
        : typeof value === 'string'
          ? `text \`${excerpt(value, 40)}\``
          : `${typeof value} ${String(value)}`;

const expectedKind: Record<string, string> = {
  string: 'text',
  object: 'a mapping (key: value)',
  array: 'a list',
  number: 'a number',
  boolean: 'true or false',
};

export interface ReadableIssue {
  /** Key path of the problem. */
  path: PropertyKey[];
  /** What is wrong and what to do. */
  reason: string;
}

/** The issue to report first: an unknown key explains a missing one next to it (`fille:` for `file:`). */
export function firstIssue(issues: readonly Issue[]): Issue {
  return issues.find((issue) => issue.code === 'unrecognized_keys') ?? issues[0]!;
}

export function readableIssue(issue: Issue, data: unknown, allowedKeys: (path: readonly PropertyKey[]) => readonly string[]): ReadableIssue {
  const path = [...issue.path];
  const value = valueAt(data, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const key = issue.keys[0]!;
      const allowed = allowedKeys(path);
      const nearest = nearestKey(key, allowed);
      return {
        path: [...path, key],
        reason: `unknown key \`${key}\`${nearest ? ` (did you mean \`${nearest}\`?)` : ''}; the keys allowed here are ${allowed.map((k) => `\`${k}\``).join(', ')}`,
      };
    }
    case 'invalid_type': {
      if (value === undefined) {
        const key = String(path.at(-1) ?? '');
        return { path, reason: `the required key \`${key}\` is missing${requiredKeys[key] ? `: ${requiredKeys[key]}` : ''}` };
      }
      if (path.length === 0 && value === null) {
        return {
          path,
          reason: `the manifest is empty; it needs at least ${['title', 'editor', 'slug', 'date', 'sources'].map((k) => `\`${k}\``).join(', ')} (see the README)`,
        };
      }
      return { path, reason: `expected ${expectedKind[issue.expected] ?? issue.expected}, found ${kindOf(value)}` };
    }
    case 'invalid_value':
      return { path, reason: `expected one of ${issue.values.map((v) => `\`${String(v)}\``).join(', ')}, found ${kindOf(value)}` };
    case 'too_small':
      return {
        path,
        reason: Array.isArray(value) ? 'the list is empty; it needs at least one entry' : typeof value === 'string' ? 'the text is empty' : issue.message,
      };
    case 'too_big':
      return {
        path,
        reason:
          typeof value === 'string'
            ? `the text is too long (${[...value].length} characters, at most ${String(issue.maximum)})`
            : `too many entries (at most ${String(issue.maximum)})`,
      };
    default:
      return { path, reason: issue.message };
  }
}
