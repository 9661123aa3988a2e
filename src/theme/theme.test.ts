import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UserError } from '../util/user-error.js';
import { defaultThemePath, loadTheme, PAGE_SIZES, parseTheme, resolveTheme, withPageSize } from './theme.js';

describe('theme', () => {
  it('reads the package theme', () => {
    expect(loadTheme().body.fontSize).toBeGreaterThan(0);
  });
  it('names the file, the line and the key of a bad value', () => {
    const text = readFileSync(defaultThemePath, 'utf8').replace(/^(\s+)leading: [\d.]+/m, '$1leading: wide');
    const line = text.split('\n').findIndex((row) => row.includes('leading: wide')) + 1;
    const error = (() => {
      try {
        parseTheme(text, 'book/theme.yaml');
      } catch (thrown) {
        return thrown;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(new RegExp(`^book/theme\\.yaml:${line}: invalid theme key \`body\\.leading\`$`));
  });
  it('says which file cannot be read', () => {
    expect(() => loadTheme('/no/such/theme.yaml')).toThrow(/cannot read the theme/);
  });
});

const a5 = loadTheme();

describe('theme scaled to the page size', () => {
  it('leaves the design size as written', () => {
    expect(a5.body.fontSize).toBe(a5.design.body.fontSize);
    expect(a5.page.margins).toEqual(a5.design.page.margins);
  });

  it('scales margins with the sides and type with the fourth root of the area', () => {
    const b5 = withPageSize(a5, 'B5');
    const [across, down] = [PAGE_SIZES.B5[0] / PAGE_SIZES.A5[0], PAGE_SIZES.B5[1] / PAGE_SIZES.A5[1]];
    expect(b5.pageWidth).toBe(PAGE_SIZES.B5[0]);
    expect(b5.page.margins.inside).toBeCloseTo(a5.page.margins.inside * across);
    expect(b5.page.margins.top).toBeCloseTo(a5.page.margins.top * down);
    const type = Math.sqrt(Math.sqrt(across * down));
    expect(Math.abs(b5.body.fontSize - a5.body.fontSize * type)).toBeLessThanOrEqual(0.125);
    expect(Math.abs(b5.heading.title.fontSize - a5.heading.title.fontSize * type)).toBeLessThanOrEqual(0.125);
    // Leading and heading spaces are in em: they follow the type.
    expect(b5.body.leading).toBe(a5.body.leading);
    expect(withPageSize(a5, '32开').body.fontSize).toBeLessThan(a5.body.fontSize);
  });

  it('keeps lengths as written with scale: none', () => {
    const fixed = resolveTheme({ ...a5.design, page: { ...a5.design.page, size: 'B5', scale: 'none' } });
    expect(fixed.body.fontSize).toBe(a5.body.fontSize);
    expect(fixed.page.margins).toEqual(a5.page.margins);
    expect(fixed.pageWidth).toBe(PAGE_SIZES.B5[0]);
  });
});
