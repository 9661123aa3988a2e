import { describe, expect, it } from 'vitest';
import { sampleBook } from '../book/sample-book.js';
import { loadFontSet } from '../fonts/fonts.js';
import { loadTheme } from '../theme/theme.js';
import { formatNames, loadWriter, makeEdition, writeEdition } from './registry.js';

describe('writer registry', () => {
  it('loads a writer for every format name', async () => {
    for (const name of formatNames) expect(typeof (await loadWriter(name)).write, name).toBe('function');
  });

  it('shares work between the writers of one edition', async () => {
    const edition = makeEdition({ book: sampleBook('zh-Hans'), theme: loadTheme(), fonts: loadFontSet('Hans'), strict: false, baseName: 'sample.zh-Hans' });
    let made = 0;
    const make = async () => ++made;
    expect(await edition.shared('x', make)).toBe(1);
    expect(await edition.shared('x', make)).toBe(1);
    expect(made).toBe(1);
  });

  it('writes the formats asked for, in that order, named after the edition', async () => {
    const edition = makeEdition({ book: sampleBook('zh-Hant'), theme: loadTheme(), fonts: loadFontSet('Hant'), strict: false, baseName: 'sample.zh-Hant' });
    const files = await writeEdition(edition, ['epub', 'pdf']);
    expect(files.map((file) => file.name)).toEqual(['sample.zh-Hant.epub', 'sample.zh-Hant.pdf']);
    expect(files[1]!.pages).toBeGreaterThan(2);
  }, 60_000);
});
