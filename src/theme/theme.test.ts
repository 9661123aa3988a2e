import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UserError } from '../util/user-error.js';
import { defaultThemePath, loadTheme, parseTheme } from './theme.js';

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
