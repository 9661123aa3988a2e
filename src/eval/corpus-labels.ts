/**
 * The hand labels of a cleaning corpus (`expected/NNN.json` beside `raw/NNN.txt`),
 * read as they are: a label is data, never adjusted to fit the output.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const mixedLine = z.object({
  line: z.number().int().positive(),
  drop: z.array(z.string()).optional(),
  split_after: z.array(z.string()).optional(),
  why: z.string().optional(),
});

const label = z.object({
  title: z.string().nullable(),
  author: z.string().nullable(),
  date: z.string().nullable(),
  boilerplate_lines: z.array(z.number().int().positive()),
  content_first_line: z.number().int().nullable().optional(),
  mixed_lines: z.array(mixedLine).default([]),
  signature_lines: z.array(z.number().int().positive()).default([]),
  line_count: z.number().int(),
});

export type PageLabel = z.infer<typeof label>;

export interface LabelledPage {
  /** `NNN`, the file's stem. */
  name: string;
  rawPath: string;
  label: PageLabel;
}

/** Every labelled page of a corpus folder, in file-name order. */
export function readCorpus(folder: string): LabelledPage[] {
  const expected = join(folder, 'expected');
  if (!existsSync(expected)) throw new Error(`${folder}: no expected/ folder (not a labelled corpus)`);
  return readdirSync(expected)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.json$/, '');
      const path = join(expected, file);
      const parsed = label.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues[0]?.message ?? 'invalid label'}`);
      return { name, rawPath: join(folder, 'raw', `${name}.txt`), label: parsed.data };
    });
}
