import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../util/user-error.js';
import { bookMeta, deriveIdentifier, editionInstant, loadManifest, parseManifest, sourcePath } from './manifest.js';

const valid = `title: 书名\neditor: 编者\nslug: book\ndate: 2026-01-02\nsources:\n  - file: a.txt\n`;

/** The message and detail of the failure `parse` raises, as one line. */
function failure(parse: () => unknown): string {
  try {
    parse();
  } catch (error) {
    if (error instanceof UserError) {
      expect(error.exitCode).toBe(2);
      return `${error.message} | ${error.detail}`;
    }
    throw error;
  }
  throw new Error('expected a failure');
}

describe('manifest', () => {
  it('parses and fills defaults', () => {
    const manifest = parseManifest(valid, 'sources/book.yaml');
    expect(manifest.editions).toEqual(['zh-Hans', 'zh-Hant']);
    expect(manifest.conversion.variant).toBe('tw');
  });

  it('names the file, the line and the key of a bad value', () => {
    expect(failure(() => parseManifest(valid.replace('2026-01-02', 'soon'), 'sources/book.yaml'))).toBe(
      'sources/book.yaml:4: invalid manifest key `date` | expected a date YYYY-MM-DD, got `soon`',
    );
    expect(failure(() => parseManifest(valid.replace('a.txt', '""'), 'm.yaml'))).toMatch(
      /^m\.yaml:6: invalid manifest key `sources\.0\.file` \| the text is empty/,
    );
    expect(failure(() => parseManifest('title: [unclosed\n', 'm.yaml'))).toMatch(/^m\.yaml:\d+: cannot parse the manifest/);
    expect(failure(() => parseManifest(valid.replace('slug: book', 'slug: 42'), 'm.yaml'))).toBe(
      'm.yaml:3: invalid manifest key `slug` | expected text, found number 42',
    );
    expect(failure(() => parseManifest(`${valid}editions: [zh-CN]\n`, 'm.yaml'))).toBe(
      'm.yaml:7: invalid manifest key `editions.0` | expected one of `zh-Hans`, `zh-Hant`, found text `zh-CN`',
    );
  });

  it('says which required key is missing, and what it is for', () => {
    expect(failure(() => parseManifest(valid.replace('title: 书名\n', ''), 'm.yaml'))).toBe(
      "m.yaml:1: invalid manifest key `title` | the required key `title` is missing: the book's title",
    );
    expect(failure(() => parseManifest(valid.replace(/sources:[\s\S]*/, ''), 'm.yaml'))).toMatch(
      /key `sources` \| the required key `sources` is missing: the list of raw files/,
    );
    expect(failure(() => parseManifest('', 'm.yaml'))).toMatch(
      /^m\.yaml: invalid manifest \| the manifest is empty; it needs at least `title`, `editor`, `slug`, `date`, `sources`/,
    );
    expect(failure(() => parseManifest('# nothing yet\n', 'm.yaml'))).toMatch(/the manifest is empty/);
  });

  it('names an unknown key, with the allowed key it was probably meant to be', () => {
    expect(failure(() => parseManifest(valid.replace('- file:', '- fille:'), 'm.yaml'))).toMatch(
      /^m\.yaml:6: invalid manifest key `sources\.0\.fille` \| unknown key `fille` \(did you mean `file`\?\); the keys allowed here are `file`, `encoding`/,
    );
    expect(failure(() => parseManifest(`${valid}colour: red\n`, 'm.yaml'))).toMatch(
      /^m\.yaml:7: invalid manifest key `colour` \| unknown key `colour`; the keys allowed here are `title`/,
    );
    expect(failure(() => parseManifest(`${valid}edtions: [zh-Hans]\n`, 'm.yaml'))).toMatch(/did you mean `editions`\?/);
    expect(failure(() => parseManifest(`${valid}conversion: { varient: tw }\n`, 'm.yaml'))).toMatch(
      /key `conversion\.varient` \| unknown key `varient` \(did you mean `variant`\?\)/,
    );
  });

  it('quotes a long value cut between characters, never inside a surrogate pair', () => {
    const reason = failure(() => parseManifest(`${valid}formats: [${'𠀀'.repeat(50)}]\n`, 'm.yaml'));
    expect(reason).toMatch(/found text `(𠀀){40}…`$/);
    expect(reason).not.toMatch(/[\ud800-\udfff]/u);
  });

  it('refuses dates that do not exist', () => {
    const at = (date: string) => () => parseManifest(valid.replace('2026-01-02', date), 'm.yaml');
    expect(failure(at('2026-13-45'))).toMatch(/key `date` \| 2026-13-45 has no month 13/);
    expect(failure(at('2026-02-30'))).toMatch(/key `date` \| 2026-02-30 does not exist: 2026-02 has 28 days/);
    expect(failure(at('2023-02-29'))).toMatch(/does not exist/);
    expect(parseManifest(valid.replace('2026-01-02', '2024-02-29'), 'm.yaml').date).toBe('2024-02-29');
    expect(failure(at('0000-01-01'))).toMatch(/year 0000 is out of range/);
    expect(failure(() => parseManifest(valid.replace('a.txt', 'a.txt\n    date: 2026-04-31'), 'm.yaml'))).toMatch(
      /^m\.yaml:7: invalid manifest key `sources\.0\.date` \| 2026-04-31 does not exist/,
    );
  });

  it('refuses control characters in any text, naming the key and the character', () => {
    expect(failure(() => parseManifest(valid.replace('书名', '"书\\e[31m名"'), 'm.yaml'))).toBe(
      'm.yaml:1: invalid manifest key `title` | contains the control character U+001B at position 2; remove it',
    );
    expect(failure(() => parseManifest(valid.replace('编者', '"编\\0者"'), 'm.yaml'))).toMatch(/key `editor` \| contains the control character U\+0000/);
    expect(failure(() => parseManifest(valid.replace('书名', '"书\\u202E名"'), 'm.yaml'))).toMatch(/U\+202E/);
    expect(failure(() => parseManifest(valid.replace('书名', '"书\\ud800名"'), 'm.yaml'))).toMatch(/U\+D800/);
    expect(failure(() => parseManifest(valid.replace('书名', '"书\\n名"'), 'm.yaml'))).toMatch(/U\+000A/);
    // A description is a paragraph: line breaks are its own.
    expect(parseManifest(`${valid}description: |\n  一行\n  二行\n`, 'm.yaml').description).toBe('一行\n二行\n');
  });

  it('refuses a title too long for its page and a slug too long for a file name', () => {
    expect(failure(() => parseManifest(valid.replace('书名', '书'.repeat(10_000)), 'm.yaml'))).toMatch(
      /key `title` \| the text is too long \(10000 characters, at most 60\)/,
    );
    expect(failure(() => parseManifest(valid.replace('slug: book', `slug: ${'a'.repeat(300)}`), 'm.yaml'))).toMatch(/key `slug` \| the text is too long/);
  });

  it('stops YAML alias bombs and runaway nesting with a message', () => {
    let bomb = 'a: &a [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 0, previous = 'a'; i < 9; i++, previous = `b${i - 1}`) bomb += `b${i}: &b${i} [${Array(10).fill(`*${previous}`).join(', ')}]\n`;
    expect(failure(() => parseManifest(valid + bomb, 'm.yaml'))).toMatch(
      /^m\.yaml: cannot read the manifest \| its aliases \(\*name\) expand to too much data/,
    );
    expect(failure(() => parseManifest(`${valid}keywords: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, 'm.yaml'))).toMatch(
      /cannot parse the manifest \| the YAML is nested too deeply/,
    );
    const indented = Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n');
    expect(failure(() => parseManifest(indented, 'm.yaml'))).toMatch(/nested too deeply|cannot parse/);
  });

  it('takes the edition number (版次), a whole number from 1', () => {
    expect(bookMeta(parseManifest(`${valid}version: 2\n`, 'm.yaml'), {}).version).toBe(2);
    expect(bookMeta(parseManifest(valid, 'm.yaml'), {})).not.toHaveProperty('version');
    expect(failure(() => parseManifest(`${valid}version: 0\n`, 'm.yaml'))).toMatch(/^m\.yaml:7: invalid manifest key `version`/);
    expect(failure(() => parseManifest(`${valid}version: 1.5\n`, 'm.yaml'))).toMatch(/^m\.yaml:7: invalid manifest key `version`/);
  });

  it('takes a circulation notice and a back cover for the print edition, checked like every key', () => {
    const meta = bookMeta(parseManifest(`${valid}notice: 内部学习资料\nbackCover: true\n`, 'm.yaml'), {});
    expect([meta.notice, meta.backCover]).toEqual(['内部学习资料', true]);
    expect(bookMeta(parseManifest(valid, 'm.yaml'), {})).not.toHaveProperty('notice');
    expect(failure(() => parseManifest(`${valid}notice: ${'内'.repeat(41)}\n`, 'm.yaml'))).toMatch(
      /^m\.yaml:7: invalid manifest key `notice` \| the text is too long \(41 characters, at most 40\)/,
    );
    expect(failure(() => parseManifest(`${valid}notice: "内部\\n资料"\n`, 'm.yaml'))).toMatch(/^m\.yaml:7: invalid manifest key `notice`/);
    expect(failure(() => parseManifest(`${valid}backCover: yes please\n`, 'm.yaml'))).toMatch(/^m\.yaml:7: invalid manifest key `backCover`/);
    expect(failure(() => parseManifest(`${valid}notise: 内部学习资料\n`, 'm.yaml'))).toMatch(/`notise`.*`notice`/);
  });

  it('takes a cover image beside the manifest, and only a PNG or JPEG by name', () => {
    const manifest = parseManifest(`${valid}cover: art/cover.jpg\n`, '/books/x/book.yaml');
    expect(bookMeta(manifest, {}).cover).toBe('/books/x/art/cover.jpg');
    expect(bookMeta(parseManifest(valid, '/books/x/book.yaml'), {}).cover).toBeUndefined();
    expect(failure(() => parseManifest(`${valid}cover: cover.gif\n`, 'book.yaml'))).toMatch(/`cover`.*expected a \.png, \.jpg or \.jpeg file/);
  });

  it("takes the book's own theme and font manifest beside it, named at their line when missing or bad", () => {
    const dir = mkdtempSync(join(tmpdir(), 'wenji-manifest-'));
    mkdirSync(join(dir, 'style'));
    writeFileSync(join(dir, 'style', 'theme.yaml'), 'page: {}\n');
    writeFileSync(join(dir, 'fonts.yaml'), 'faces: {}\n');
    const manifest = parseManifest(`${valid}theme: style/theme.yaml\nfonts: fonts.yaml\n`, join(dir, 'book.yaml'));
    expect([manifest.themePath, manifest.fontManifestPath]).toEqual([join(dir, 'style', 'theme.yaml'), join(dir, 'fonts.yaml')]);
    const plain = parseManifest(valid, join(dir, 'book.yaml'));
    expect([plain.themePath, plain.fontManifestPath]).toEqual([undefined, undefined]);
    expect(failure(() => parseManifest(`${valid}theme: theme.yaml\n`, join(dir, 'book.yaml')))).toBe(
      `${join(dir, 'book.yaml')}:7: invalid manifest key \`theme\` | the theme \`theme.yaml\` is not there (${join(dir, 'theme.yaml')}); put the file beside the manifest, or remove the key to use the default`,
    );
    expect(failure(() => parseManifest(`${valid}fonts: MyFont.ttf\n`, 'book.yaml'))).toBe(
      'book.yaml:7: invalid manifest key `fonts` | expected a .yaml or .yml file',
    );
    expect(failure(() => parseManifest(`${valid}font: fonts.yaml\n`, 'book.yaml'))).toMatch(/^book\.yaml:7: invalid manifest key `font` \| .*`fonts`/);
  });

  it('derives a stable identifier and takes SOURCE_DATE_EPOCH', () => {
    const id = deriveIdentifier('书名', '编者', 'book');
    expect(id).toBe(deriveIdentifier('书名', '编者', 'book'));
    expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(id).not.toBe(deriveIdentifier('书名二', '编者', 'book'));
    const manifest = parseManifest(valid, 'm.yaml');
    expect(bookMeta(manifest, {}).modified.toISOString()).toBe('2026-01-02T00:00:00.000Z');
    expect(bookMeta(manifest, { SOURCE_DATE_EPOCH: '' }).modified.toISOString()).toBe('2026-01-02T00:00:00.000Z');
    expect(bookMeta(manifest, { SOURCE_DATE_EPOCH: '1700000000' }).modified.toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(editionInstant(manifest, { SOURCE_DATE_EPOCH: '253402300799' }).toISOString()).toBe('9999-12-31T23:59:59.000Z');
  });

  it('stops on a SOURCE_DATE_EPOCH that is not an instant it can print', () => {
    const manifest = parseManifest(valid, 'm.yaml');
    expect(failure(() => editionInstant(manifest, { SOURCE_DATE_EPOCH: '99999999999999999' }))).toMatch(
      /^SOURCE_DATE_EPOCH=99999999999999999 is after the year 9999 \| set it to an integer/,
    );
    expect(failure(() => editionInstant(manifest, { SOURCE_DATE_EPOCH: 'yesterday' }))).toMatch(
      /^SOURCE_DATE_EPOCH="yesterday" is not a whole number of seconds/,
    );
    expect(failure(() => editionInstant(manifest, { SOURCE_DATE_EPOCH: '-1' }))).toMatch(/not a whole number/);
    expect(failure(() => editionInstant(manifest, { SOURCE_DATE_EPOCH: '1.5' }))).toMatch(/not a whole number/);
  });
});

describe('sources stay inside the book', () => {
  const book = mkdtempSync(join(tmpdir(), 'wenji-confine-'));
  const folder = join(book, 'sources');
  mkdirSync(folder);
  writeFileSync(join(folder, 'a.txt'), '标题\n\n正文。\n');
  writeFileSync(join(book, 'outside.txt'), 'secret\n');
  symlinkSync(join(book, 'outside.txt'), join(folder, 'link.txt'));
  symlinkSync(join(folder, 'a.txt'), join(folder, 'inner-link.txt'));
  writeFileSync(join(folder, 'b.txt'), '标题\n\n正文。\n');
  symlinkSync(join(book, 'outside.txt'), join(folder, 'b.fixes.yaml'));
  const manifestAt = (sources: string, extra = '') => {
    const path = join(folder, 'book.yaml');
    writeFileSync(path, valid.replace('  - file: a.txt\n', sources) + extra);
    return path;
  };

  it('refuses `..`, absolute paths and symbolic links that lead outside, naming the key', () => {
    expect(failure(() => loadManifest(manifestAt('  - file: ../../../../../../../../etc/passwd\n')))).toMatch(
      /book\.yaml:6: invalid manifest key `sources\.0\.file` \| `\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd` lies outside the book's folder .*sources; sources are read only from there/,
    );
    expect(failure(() => loadManifest(manifestAt('  - file: /etc/passwd\n')))).toMatch(/`\/etc\/passwd` is an absolute path outside the book's folder/);
    const linked = loadManifest(manifestAt('  - file: a.txt\n  - file: link.txt\n'));
    expect(failure(() => sourcePath(linked, linked.sources[1]!))).toMatch(
      /book\.yaml:7: invalid manifest key `sources\.1\.file` \| `link\.txt` is a symbolic link to .*outside\.txt, outside the book's folder/,
    );
    const fixes = loadManifest(manifestAt('  - file: b.txt\n'));
    expect(failure(() => sourcePath(fixes, fixes.sources[0]!))).toMatch(/`b\.fixes\.yaml` is a symbolic link to .*outside\.txt/);
  });

  it('accepts links inside the book, and files under a root the manifest names', () => {
    const inner = loadManifest(manifestAt('  - file: inner-link.txt\n'));
    expect(sourcePath(inner, inner.sources[0]!)).toMatch(/inner-link\.txt$/);
    const wide = loadManifest(manifestAt('  - file: ../outside.txt\n  - file: link.txt\n', 'sourceRoot: ..\n'));
    expect(sourcePath(wide, wide.sources[0]!)).toMatch(/outside\.txt$/);
    expect(sourcePath(wide, wide.sources[1]!)).toMatch(/link\.txt$/);
  });

  it('reads a manifest only as UTF-8 text of reasonable size', () => {
    const path = join(book, 'latin1.yaml');
    writeFileSync(path, Buffer.from('title: caf\xe9\n', 'latin1'));
    expect(failure(() => loadManifest(path))).toMatch(/latin1\.yaml: cannot read the manifest \| the file is not UTF-8 text/);
    expect(failure(() => loadManifest(join(book, 'missing.yaml')))).toMatch(/missing\.yaml: cannot read the manifest: it does not exist \(ENOENT\)/);
    expect(failure(() => loadManifest(book))).toMatch(/cannot read the manifest: it is a folder, not a file \(EISDIR\)/);
  });
});
