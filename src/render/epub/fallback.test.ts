/** No tofu on a reader's screen: characters the body face lacks come from a fallback subset, or the build fails. */
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { sampleBook } from '../../book/sample-book.js';
import { openFont } from '../../fonts/coverage.js';
import { loadFontSet } from '../../fonts/fonts.js';
import { loadTheme } from '../../theme/theme.js';
import { UserError } from '../../util/user-error.js';
import { unpackEpub } from './__fixtures__/unpack.js';
import { renderEpub } from './index.js';

const theme = loadTheme();
const fonts = loadFontSet('Hans');

describe('EPUB fallback faces', () => {
  it('embeds a fallback subset holding exactly the characters the body face lacks', async () => {
    const body = openFont(fonts.faces.body);
    const tc = openFont(fonts.fallback[1]!);
    const onlyTc = tc.characterSet.find((cp) => cp >= 0x20000 && !body.hasGlyphForCodePoint(cp))!;
    const book = sampleBook();
    book.articles[0]!.blocks[1]!.text += String.fromCodePoint(onlyTc);
    const epub = await unpackEpub((await renderEpub(book, { theme, fonts })).bytes);
    const fallback = epub.names.find((name) => /fallback-1\.ttf$/.test(name))!;
    expect(fallback).toBeDefined();
    const subset = fontkit.create(Buffer.from(epub.bytes(fallback))) as fontkit.Font;
    expect(subset.hasGlyphForCodePoint(onlyTc)).toBe(true);
    const css = epub.names.find((name) => name.endsWith('.css'))!;
    expect(epub.text(css)).toMatch(/font-family: "wenji-body", "wenji-body-fallback-1", serif/);
  });

  it('fails, naming the characters, when no face has them', async () => {
    const book = sampleBook();
    book.articles[1]!.blocks[0]!.text += '\u{1F600}';
    const error = await renderEpub(book, { theme, fonts }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toContain('U+1F600');
  });
});
