import { describe, expect, it } from 'vitest';
import type { Lang } from '../../book/types.js';
import { loadTheme, type Theme } from '../../theme/theme.js';
import { epubStylesheet, type WritingMode } from './stylesheet.js';

const bodyFont = { family: 'wenji-body', href: 'fonts/body.ttf' };
const css = (theme: Theme, lang: Lang = 'zh-Hans', writingMode: WritingMode = 'horizontal-tb') => epubStylesheet({ theme, lang, writingMode, bodyFont });

/** Declarations of the last rule with exactly this selector (later rules win). */
function rule(sheet: string, selector: string): Record<string, string> {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const matches = [...sheet.matchAll(new RegExp(`(?:^|\\n)${escaped} \\{([^}]*)\\}`, 'g'))];
  if (matches.length === 0) throw new Error(`No rule for ${selector}`);
  const out: Record<string, string> = {};
  for (const match of matches) {
    for (const line of match[1]!.split(';')) {
      const [key, ...value] = line.replace(/\/\*[\s\S]*?\*\//g, '').split(':');
      if (key?.trim()) out[key.trim()] = value.join(':').trim();
    }
  }
  return out;
}

describe('epubStylesheet', () => {
  const theme = loadTheme();
  const sheet = css(theme);

  it('takes leading, indent and heading sizes from the theme, relative to the body size', () => {
    expect(rule(sheet, 'body')['line-height']).toBe(String(theme.body.leading));
    expect(rule(sheet, 'p')['text-indent']).toBe(`${theme.body.indent}em`);
    const h2 = rule(sheet, 'h2');
    expect(Number.parseFloat(h2['font-size']!)).toBeCloseTo(theme.heading.h2.fontSize / theme.body.fontSize, 3);
    expect(h2['line-height']).toBe(String(theme.heading.h2.leading));
    // spaceBefore is in body ems; CSS em on a heading is the heading's own size.
    const ownEm = theme.heading.h2.fontSize / theme.body.fontSize;
    expect(Number.parseFloat(h2['margin-top']!) * ownEm).toBeCloseTo(theme.heading.h2.spaceBefore, 3);
    const title = rule(sheet, 'h1.title, h1.contents-title, h1.colophon-title');
    expect(Number.parseFloat(title['font-size']!)).toBeCloseTo(theme.heading.title.fontSize / theme.body.fontSize, 3);
  });

  it('sets Chinese body text: justified, strict line breaking, no paragraph margins', () => {
    const body = rule(sheet, 'body');
    expect(body['text-align']).toBe('justify');
    expect(body['line-break']).toBe('strict');
    expect(body['hanging-punctuation']).toBe('allow-end');
    expect(body['font-family']).toBe('"wenji-body", serif');
    expect(rule(sheet, 'p').margin).toBe('0');
    expect(rule(sheet, 'p.signature')['text-align']).toBe('right');
  });

  it('follows the punctuation style and CJK–Latin spacing of the theme', () => {
    expect(rule(sheet, 'body')['text-spacing-trim']).toBe('normal');
    expect(rule(css(theme, 'zh-Hant'), 'body')['text-spacing-trim']).toBe('space-all');
    const mainland: Theme = { ...theme, body: { ...theme.body, punctuationStyle: 'mainland', cjkLatinSpace: 0 } };
    const hant = rule(css(mainland, 'zh-Hant'), 'body');
    expect(hant['text-spacing-trim']).toBe('normal');
    expect(hant['text-autospace']).toBe('no-autospace');
    expect(rule(sheet, 'body')['text-autospace']).toBe('normal');
  });

  it('turns block margins a quarter for vertical writing', () => {
    const vertical = css(theme, 'zh-Hant', 'vertical-rl');
    expect(rule(vertical, 'html')['writing-mode']).toBe('vertical-rl');
    const h2 = rule(vertical, 'h2');
    expect(h2['margin-right']).toBeDefined();
    expect(h2['margin-top']).toBeUndefined();
    expect(sheet).not.toMatch(/writing-mode/);
  });

  it('declares the embedded body font', () => {
    expect(sheet).toContain('font-family: "wenji-body";');
    expect(sheet).toContain('src: url("fonts/body.ttf") format("truetype");');
  });
});
