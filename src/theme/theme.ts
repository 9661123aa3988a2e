/**
 * The typographic theme shared by the print edition and the EPUB stylesheet
 * (`styles/theme.yaml`). Validated on load; an error names the file and key.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { packageRoot } from '../util/package-root.js';
import { UserError } from '../util/user-error.js';

const pageSizes = { A4: [595.28, 841.89], A5: [419.53, 595.28], B5: [498.9, 708.66] } as const;

const headingStyle = z.object({
  fontSize: z.number().positive(),
  leading: z.number().positive().default(1.5),
  spaceBefore: z.number().nonnegative().default(0),
  spaceAfter: z.number().nonnegative().default(0),
});

export const themeSchema = z.object({
  page: z.object({
    size: z.union([z.enum(['A4', 'A5', 'B5']), z.tuple([z.number().positive(), z.number().positive()])]).default('A5'),
    margins: z.object({
      top: z.number().nonnegative(),
      bottom: z.number().nonnegative(),
      inside: z.number().nonnegative(),
      outside: z.number().nonnegative(),
    }),
    rectoArticleStart: z.boolean().default(false),
  }),
  body: z.object({
    fontSize: z.number().positive(),
    leading: z.number().min(1),
    indent: z.number().nonnegative().default(2),
    prohibitionLevel: z.enum(['basic', 'strict']).default('basic'),
    punctuationStyle: z.enum(['auto', 'mainland', 'taiwan']).default('auto'),
    cjkLatinSpace: z.number().nonnegative().default(0.25),
  }),
  heading: z.object({
    title: headingStyle,
    subtitle: headingStyle.partial({ fontSize: true }).extend({ fontSize: z.number().positive() }),
    byline: headingStyle.partial({ fontSize: true }).extend({ fontSize: z.number().positive() }),
    h2: headingStyle,
    h3: headingStyle,
    h4: headingStyle,
  }),
  runningHead: z.object({
    fontSize: z.number().positive(),
    verso: z.enum(['book', 'article', 'none']).default('book'),
    recto: z.enum(['book', 'article', 'none']).default('article'),
  }),
  folio: z.object({
    fontSize: z.number().positive(),
    position: z.enum(['bottom-center', 'bottom-outside']).default('bottom-outside'),
  }),
  epub: z
    .object({
      writingMode: z
        .object({
          'zh-Hans': z.enum(['horizontal-tb', 'vertical-rl']).default('horizontal-tb'),
          'zh-Hant': z.enum(['horizontal-tb', 'vertical-rl']).default('horizontal-tb'),
        })
        .prefault({}),
    })
    .prefault({}),
});

export type ThemeInput = z.infer<typeof themeSchema>;
export interface Theme extends ThemeInput {
  /** Page width and height in pt, resolved from `page.size`. */
  pageWidth: number;
  pageHeight: number;
}

export const defaultThemePath = join(packageRoot, 'styles', 'theme.yaml');

export function parseTheme(text: string, file: string): Theme {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw new UserError(`Cannot parse theme ${file}`, String((error as Error).message));
  }
  const result = themeSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new UserError(`Invalid theme ${file}: key \`${issue.path.join('.')}\``, issue.message);
  }
  const theme = result.data;
  const [pageWidth, pageHeight] = typeof theme.page.size === 'string' ? pageSizes[theme.page.size] : theme.page.size;
  return { ...theme, pageWidth, pageHeight };
}

export function loadTheme(file: string = defaultThemePath): Theme {
  return parseTheme(readFileSync(file, 'utf8'), file);
}
