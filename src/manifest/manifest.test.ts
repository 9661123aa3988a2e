import { describe, expect, it } from 'vitest';
import { bookMeta, deriveIdentifier, parseManifest } from './manifest.js';

const valid = `title: 书名\neditor: 编者\nslug: book\ndate: 2026-01-02\nsources:\n  - file: a.txt\n`;

describe('manifest', () => {
  it('parses and fills defaults', () => {
    const manifest = parseManifest(valid, 'sources/book.yaml');
    expect(manifest.editions).toEqual(['zh-Hans', 'zh-Hant']);
    expect(manifest.conversion.variant).toBe('tw');
  });

  it('names the file and the key of a bad value', () => {
    expect(() => parseManifest(valid.replace('2026-01-02', 'soon'), 'sources/book.yaml')).toThrow(/sources\/book\.yaml: invalid manifest key `date`/);
    expect(() => parseManifest(valid.replace('a.txt', ''), 'm.yaml')).toThrow(/invalid manifest key `sources\.0\.file`/);
    expect(() => parseManifest(valid + 'colour: red\n', 'm.yaml')).toThrow(/m\.yaml: invalid manifest key `\(top level\)`/);
    expect(() => parseManifest('title: [unclosed\n', 'm.yaml')).toThrow(/m\.yaml:\d+: cannot parse/);
  });

  it('derives a stable identifier and takes SOURCE_DATE_EPOCH', () => {
    const id = deriveIdentifier('书名', '编者', 'book');
    expect(id).toBe(deriveIdentifier('书名', '编者', 'book'));
    expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(id).not.toBe(deriveIdentifier('书名二', '编者', 'book'));
    const manifest = parseManifest(valid, 'm.yaml');
    expect(bookMeta(manifest, {}).modified.toISOString()).toBe('2026-01-02T00:00:00.000Z');
    expect(bookMeta(manifest, { SOURCE_DATE_EPOCH: '1700000000' }).modified.toISOString()).toBe('2023-11-14T22:13:20.000Z');
  });
});
