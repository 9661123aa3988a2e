/**
 * The typographic theme shared by the print edition and the EPUB stylesheet
 * (`styles/theme.yaml`, or a book's own named by its manifest's `theme:`).
 * Validated on load; an error names the file, the line and the key.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ioError } from '../util/io-error.js';
import { packageRoot } from '../util/package-root.js';
import { UserError } from '../util/user-error.js';
import { readYamlData } from '../util/yaml-data.js';

const mm = (w: number, h: number): [number, number] => [(w * 72) / 25.4, (h * 72) / 25.4];
/** Page sizes by name: ISO, and the Chinese book sizes (开本) in their usual trimmed dimensions. */
export const PAGE_SIZES = {
  A4: mm(210, 297),
  A5: mm(148, 210),
  B5: mm(176, 250),
  B6: mm(125, 176),
  '16开': mm(185, 260),
  大32开: mm(140, 203),
  '32开': mm(130, 184),
} as const;
export type PageSizeName = keyof typeof PAGE_SIZES;
const pageSizeNames = Object.keys(PAGE_SIZES) as [PageSizeName, ...PageSizeName[]];

const pageSize = z.union([z.enum(pageSizeNames), z.tuple([z.number().positive(), z.number().positive()])]);
const sizeOf = (size: z.infer<typeof pageSize>): readonly [number, number] => (typeof size === 'string' ? PAGE_SIZES[size] : size);

const headingStyle = z.object({
  fontSize: z.number().positive(),
  leading: z.number().positive().default(1.5),
  spaceBefore: z.number().nonnegative().default(0),
  spaceAfter: z.number().nonnegative().default(0),
});

export const themeSchema = z.object({
  page: z.object({
    size: pageSize.default('A5'),
    /** The page size the lengths of the theme are designed for; on another size they scale with the page. */
    designSize: pageSize.default('A5'),
    /** `auto`: margins scale with the page's sides, type sizes with the fourth root of its area; `none`: lengths as written. */
    scale: z.enum(['auto', 'none']).default('auto'),
    margins: z.object({
      top: z.number().nonnegative(),
      bottom: z.number().nonnegative(),
      inside: z.number().nonnegative(),
      outside: z.number().nonnegative(),
    }),
    rectoArticleStart: z.boolean().default(false),
    /** How an article follows the one before: a new page, a new recto, or after it with space (`run-on`). */
    articleBreak: z.enum(['page', 'recto', 'run-on']).optional(),
    /** Run-on: an article starts a new page when fewer body lines than this remain. */
    runOnMinLines: z.number().int().positive().default(8),
    /** The page count is made a multiple of this with planned blanks (4 for a folded booklet, 1 for none). */
    padTo: z.number().int().positive().default(4),
  }),
  front: z
    .object({
      cover: z.boolean().default(true),
      backCover: z.boolean().default(false),
      imprint: z.boolean().default(true),
      /** Folios of the front matter (title, imprint, contents): none, or lower-case roman. */
      folios: z.enum(['none', 'roman']).default('none'),
    })
    .prefault({}),
  booklet: z
    .object({
      /** Creep compensation, mm per sheet (about the paper's thickness; 0 for none). */
      creep: z.number().nonnegative().default(0),
    })
    .prefault({}),
  body: z.object({
    fontSize: z.number().positive(),
    leading: z.number().min(1),
    indent: z.number().nonnegative().default(2),
    prohibitionLevel: z.enum(['basic', 'strict']).default('basic'),
    punctuationStyle: z.enum(['auto', 'mainland', 'taiwan']).default('auto'),
    /** `adjusted`: adjacent marks squeezed and line-end marks trimmed (clreq); `full`: every mark a full em. */
    punctuationWidth: z.enum(['adjusted', 'full']).default('adjusted'),
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
      /** The vertical e-book (format `epub-vertical`): its own artefact, `<slug>.<lang>.vertical.epub`. */
      vertical: z
        .object({
          /** Editions that get a vertical artefact (vertical setting is the Traditional convention). */
          editions: z.array(z.enum(['zh-Hans', 'zh-Hant'])).default(['zh-Hant']),
          /** Numbers of three digits or more: each digit upright, or written as Chinese numerals (2020 → 二〇二〇). Two digits always stand upright in one em. */
          longNumbers: z.enum(['upright', 'numerals']).default('upright'),
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
  /** The theme as written, before scaling to the page size. */
  design: ThemeInput;
}

export const defaultThemePath = join(packageRoot, 'styles', 'theme.yaml');

export function parseTheme(text: string, file: string): Theme {
  const yaml = readYamlData(text, file, 'theme');
  const result = themeSchema.safeParse(yaml.data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const line = yaml.lineOf(issue.path);
    throw new UserError(`${file}${line ? `:${line}` : ''}: invalid theme key \`${issue.path.join('.') || '(top level)'}\``, issue.message, 2);
  }
  return resolveTheme(result.data);
}

/** Type sizes are rounded to quarter points. */
const quarter = (pt: number): number => Math.round(pt * 4) / 4;

/**
 * The theme for its page size: the lengths as written are the design for
 * `page.designSize` (A5 by default). On a larger or smaller page the margins
 * grow with its width and height, and the type with the fourth root of its
 * area (the square root of the linear scale: a larger page takes a longer
 * line, not only larger letters). Leading and the heading spaces are in em,
 * so they follow the type.
 */
export function resolveTheme(input: ThemeInput): Theme {
  const [pageWidth, pageHeight] = sizeOf(input.page.size);
  const [designWidth, designHeight] = sizeOf(input.page.designSize);
  const same = pageWidth === designWidth && pageHeight === designHeight;
  if (input.page.scale === 'none' || same) return { ...input, pageWidth, pageHeight, design: input };
  const across = pageWidth / designWidth;
  const down = pageHeight / designHeight;
  const type = (size: number) => quarter(size * Math.sqrt(Math.sqrt(across * down)));
  const { margins } = input.page;
  const heading = Object.fromEntries(
    Object.entries(input.heading).map(([key, style]) => [key, { ...style, fontSize: type(style.fontSize) }]),
  ) as ThemeInput['heading'];
  return {
    ...input,
    page: {
      ...input.page,
      margins: { top: margins.top * down, bottom: margins.bottom * down, inside: margins.inside * across, outside: margins.outside * across },
    },
    body: { ...input.body, fontSize: type(input.body.fontSize) },
    heading,
    runningHead: { ...input.runningHead, fontSize: type(input.runningHead.fontSize) },
    folio: { ...input.folio, fontSize: type(input.folio.fontSize) },
    pageWidth,
    pageHeight,
    design: input,
  };
}

/** The same theme on another page size (scaled from its design, as written). */
export function withPageSize(theme: Theme, size: PageSizeName | [number, number]): Theme {
  return resolveTheme({ ...theme.design, page: { ...theme.design.page, size } });
}

/** The theme in `file`: a book's own, named in its manifest, or the package's. */
export function loadTheme(file: string = defaultThemePath): Theme {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw ioError(error, 'cannot read the theme', file);
  }
  return parseTheme(text, file);
}
