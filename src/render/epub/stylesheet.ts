/**
 * The EPUB stylesheet: `@font-face` for the embedded body subset, the static
 * rules of `styles/epub.css`, the theme-derived sizes, and for vertical
 * editions `styles/epub-vertical.css`.
 *
 * Sizes are relative (em, unitless line-height) to the theme's body size, so
 * the reader's own font-size setting still scales everything; the theme's
 * `spaceBefore`/`spaceAfter` are read as body ems (converted to the
 * heading's own em, since CSS em margins refer to the element's font size).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../book/types.js';
import type { StopPlacement } from '../../fonts/face-metrics.js';
import { cssFormatOf } from '../../fonts/font-format.js';
import type { Theme } from '../../theme/theme.js';
import { packageRoot } from '../../util/package-root.js';
import { punctuationStyle } from '../present/words.js';

export type WritingMode = 'horizontal-tb' | 'vertical-rl';

export const baseStylesheetPath = join(packageRoot, 'styles', 'epub.css');
export const verticalStylesheetPath = join(packageRoot, 'styles', 'epub-vertical.css');

export interface StylesheetOptions {
  theme: Theme;
  lang: Lang;
  writingMode: WritingMode;
  /**
   * Family name and hrefs (relative to the stylesheet) of the embedded body
   * font, regular and (when anything is bold) bold.
   */
  bodyFont: { family: string; href: string; boldHref?: string; fallbackHrefs?: readonly string[] };
  /** Where the body face draws its full-width stops, which decides the punctuation style when the theme says `auto`. */
  stopPlacement?: StopPlacement | null;
}

/** Family names of the fallback faces, in order of preference. */
export function fallbackFamilies(bodyFont: StylesheetOptions['bodyFont']): string[] {
  return (bodyFont.fallbackHrefs ?? []).map((_, i) => `${bodyFont.family}-fallback-${i + 1}`);
}

/** Rounds to 4 decimals and drops trailing zeros, for readable CSS numbers. */
function num(value: number): string {
  return String(Math.round(value * 10_000) / 10_000);
}

/** A length in em; zero without a unit. */
function em(value: number): string {
  const text = num(value);
  return text === '0' ? '0' : `${text}em`;
}

/** clreq punctuation width adjustment: mainland squeezes adjacent marks, Taiwan keeps them full width. */
function textSpacingTrim(theme: Theme, lang: Lang, stops: StopPlacement | null): string {
  return punctuationStyle(theme, lang, stops) === 'mainland' ? 'normal' : 'space-all';
}

interface HeadingRule {
  selector: string;
  fontSize: number;
  leading: number;
  spaceBefore: number;
  spaceAfter: number;
}

function themeRules({ theme, lang, writingMode, bodyFont, stopPlacement }: StylesheetOptions): string {
  const base = theme.body.fontSize;
  const { heading } = theme;
  const headings: HeadingRule[] = [
    { selector: 'h1.title, h1.contents-title, h1.colophon-title', ...heading.title },
    { selector: 'p.subtitle', ...heading.subtitle },
    { selector: 'p.byline, p.provenance', ...heading.byline },
    { selector: 'h2', ...heading.h2 },
    { selector: 'h3', ...heading.h3 },
    { selector: 'h4', ...heading.h4 },
  ];
  // Block-start/end sides as physical properties: older readers lack logical ones.
  const [before, after] = writingMode === 'vertical-rl' ? ['right', 'left'] : ['top', 'bottom'];
  const out: string[] = [
    `/* Derived from styles/theme.yaml (body size ${num(base)}pt = 1em). */`,
    'body {',
    `  font-family: ${[bodyFont.family, ...fallbackFamilies(bodyFont)].map((family) => `"${family}"`).join(', ')}, serif;`,
    `  line-height: ${num(theme.body.leading)};`,
    `  text-spacing-trim: ${textSpacingTrim(theme, lang, stopPlacement ?? null)};`,
    `  text-autospace: ${theme.body.cjkLatinSpace > 0 ? 'normal' : 'no-autospace'};`,
    '}',
    '',
    'p {',
    `  text-indent: ${em(theme.body.indent)};`,
    '}',
  ];
  for (const rule of headings) {
    const own = rule.fontSize / base;
    out.push(
      '',
      `${rule.selector} {`,
      `  font-size: ${em(rule.fontSize / base)};`,
      `  line-height: ${num(rule.leading)};`,
      `  margin-${before}: ${em(rule.spaceBefore / own)};`,
      `  margin-${after}: ${em(rule.spaceAfter / own)};`,
      '}',
    );
  }
  return `${out.join('\n')}\n`;
}

function fontFace({ bodyFont }: StylesheetOptions): string {
  const faces: Array<[family: string, weight: string, href: string]> = [[bodyFont.family, 'normal', bodyFont.href]];
  if (bodyFont.boldHref) faces.push([bodyFont.family, 'bold', bodyFont.boldHref]);
  const fallbacks = fallbackFamilies(bodyFont);
  for (const [i, href] of (bodyFont.fallbackHrefs ?? []).entries()) faces.push([fallbacks[i]!, 'normal', href]);
  return faces
    .map(([family, weight, href]) =>
      [
        '@font-face {',
        `  font-family: "${family}";`,
        '  font-style: normal;',
        `  font-weight: ${weight};`,
        `  src: url("${href}") format("${cssFormatOf(href)}");`,
        '}',
        '',
      ].join('\n'),
    )
    .join('\n');
}

export function epubStylesheet(options: StylesheetOptions): string {
  const parts = [fontFace(options), readFileSync(baseStylesheetPath, 'utf8'), themeRules(options)];
  if (options.writingMode === 'vertical-rl') parts.push(readFileSync(verticalStylesheetPath, 'utf8'));
  return parts.join('\n');
}
