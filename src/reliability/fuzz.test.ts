/**
 * Random sources and manifests: whatever comes in, wenji either gives a
 * result or a message (a UserError with its exit code) — never a crash — and
 * loses nothing silently: every raw line has a fate, every line it drops or
 * changes names the rule that did it, and every line kept as it is reaches
 * the book.
 */

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildEditions } from '../build/build.js';
import { bookMeta, parseManifest } from '../manifest/manifest.js';
import { assembleBook } from '../pipeline/assemble.js';
import { processSources } from '../pipeline/front.js';
import { cleanJson } from '../report/clean-json.js';
import { UserError } from '../util/user-error.js';

const dir = mkdtempSync(join(tmpdir(), 'wenji-fuzz-'));
/** Fixed, so that a failure in CI is reproducible; FUZZ_SEED=<n> explores other inputs. */
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20261129;
/** The text of a line: its letters and digits, in order (punctuation and spaces are the cleaner's to normalise). */
const wordsOf = (text: string) => (text.match(/[\p{L}\p{N}]/gu) ?? []).join('');

/** Lines like those of scraped pages: Chinese prose, chrome, dates, Latin, punctuation, odd spaces and controls. */
const pieces = [
  '学习',
  '群众路线',
  '。',
  '，',
  '：',
  '！',
  '?!',
  '当前位置:首页>',
  '来源:',
  '2020-01-02',
  '责任编辑',
  '一、',
  '（一）',
  '第一篇：',
  'ICP备',
  '&',
  '<b>',
  ' ',
  '\u3000',
  '\t',
  '\u00a0',
  'abc',
  '123',
  '…',
  '——',
  '“',
  '”',
  '\u200b',
  '\ue000',
  '\ufffd',
  '\u0007',
  '\u001b[31m',
  '𠀀',
  '😀',
  '臺灣',
  '為',
];
const line = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 12 })
  .map((parts) => parts.join(''));
const source = fc.array(line, { minLength: 1, maxLength: 30 }).map((lines) => lines.join('\n'));
const encoded = fc.oneof(
  source.map((text) => Buffer.from(text, 'utf8')),
  source.map((text) => Buffer.from(`\ufeff${text}`, 'utf16le')),
  fc.uint8Array({ maxLength: 400 }).map((bytes) => Buffer.from(bytes)),
);

function expectMessageOrResult(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
}

describe('fuzz: sources', () => {
  it('no crash and no silent loss over random raw files', () => {
    let sample = 0;
    fc.assert(
      fc.property(fc.array(encoded, { minLength: 1, maxLength: 3 }), (files) => {
        const paths = files.map((bytes, i) => {
          const path = join(dir, `s${sample}-${i}.txt`);
          writeFileSync(path, bytes);
          return path;
        });
        sample++;
        const result = expectMessageOrResult(() => processSources(paths.map((path) => ({ path }))));
        if (result instanceof UserError) {
          expect(result.message).toMatch(/s\d+-\d\.txt/);
          return;
        }
        const sources = result as ReturnType<typeof processSources>;
        const report = cleanJson(sources);
        report.files.forEach((file, i) => {
          const raw = sources[i]!.tree.children.length;
          expect(file.lines.length, 'every raw line has a fate').toBe(raw);
          const book = sources[i]!.articles.flatMap((article) => [
            article.title,
            article.subtitle ?? '',
            ...article.blocks.map((block) => (block.lead ?? '') + block.text),
          ]).join('\n');
          for (const entry of file.lines) {
            if (entry.fate === 'content') {
              // A line kept but not printed (a part marker that splits a compilation) must be explained at its place.
              if (file.messages.some((message) => message.line === entry.line || message.severity === 'error')) continue;
              const words = wordsOf(entry.text);
              expect(wordsOf(book), `the words of kept line ${entry.line} reach the book, or a message says why not`).toContain(words);
            } else {
              expect(entry.rule, `line ${entry.line} (${entry.fate}) names its rule`).toBeTruthy();
            }
          }
        });
        // Whatever the sources, the book can be assembled from them.
        expect(() =>
          assembleBook(bookMeta(parseManifest('title: 书\neditor: 编\nslug: f\ndate: 2026-01-01\nsources: [{file: a.txt}]\n', 'm.yaml'), {}), sources),
        ).not.toThrow();
      }),
      { numRuns: 150, seed },
    );
  }, 120_000);
});

const key = fc.constantFrom(
  'title',
  'editor',
  'slug',
  'date',
  'sources',
  'file',
  'fille',
  'editions',
  'formats',
  'conversion',
  'variant',
  'dictionary',
  'keep',
  'keywords',
  'sourceRoot',
  'identifier',
  'encoding',
  '',
  '<<',
);
const scalar = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.integer(),
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom('2026-02-30', '2026-13-45', '2024-02-29', 'zh-Hans', 'a.txt', '../x.txt', '/etc/passwd', 'tw'),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 5 })),
})).node;
const nearlyValid = fc
  .record(
    {
      title: fc.oneof(fc.constant('书'), scalar),
      editor: fc.oneof(fc.constant('编'), scalar),
      slug: fc.oneof(fc.constant('book'), scalar),
      date: fc.oneof(fc.constant('2026-01-01'), scalar),
      sources: fc.oneof(fc.constant([{ file: 'a.txt' }]), value),
      extra: fc.dictionary(key, value, { maxKeys: 2 }),
    },
    { requiredKeys: [] },
  )
  .map(({ extra, ...rest }) => ({ ...rest, ...extra }));

describe('fuzz: manifests', () => {
  it('any YAML text gives a manifest or a message naming the file, never a crash', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          nearlyValid.map((data) => stringify(data)),
          value.map((data) => stringify(data)),
          fc.string({ maxLength: 200 }),
        ),
        (text) => {
          const result = expectMessageOrResult(() => parseManifest(text, 'fuzz/book.yaml'));
          if (result instanceof UserError) {
            expect(result.exitCode).toBe(2);
            expect(result.message).toMatch(/^fuzz\/book\.yaml/);
            expect(`${result.message} ${result.detail}`).not.toMatch(/received undefined|invalid key ``|\[object Object\]/);
          } else {
            const manifest = result as ReturnType<typeof parseManifest>;
            expect(manifest.sources.length).toBeGreaterThan(0);
            expect(() => bookMeta(manifest, {})).not.toThrow();
          }
        },
      ),
      { numRuns: 1000, seed },
    );
  });
});

describe('fuzz: whole builds', () => {
  it('random sources build to editions or stop with reasons, in process', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(source, { minLength: 1, maxLength: 2 }), async (texts) => {
        const book = mkdtempSync(join(dir, 'book-'));
        for (const [i, text] of texts.entries()) writeFileSync(join(book, `${i}.txt`), `标题\n\n${text}\n`);
        const yaml = `title: 书\neditor: 编\nslug: f\ndate: 2026-01-01\neditions: [zh-Hant]\nformats: [epub]\nsources:\n${texts.map((_, i) => `  - file: ${i}.txt\n`).join('')}`;
        writeFileSync(join(book, 'book.yaml'), yaml);
        const manifest = parseManifest(yaml, join(book, 'book.yaml'));
        try {
          const result = await buildEditions(manifest, { strict: false, parallel: false });
          if (result.failed) expect(result.failed).toMatch(/error|warning|font has/);
          else expect(result.outputs.map((output) => output.name)).toEqual(['f.zh-Hant.epub', 'report.json', 'report.html']);
        } catch (error) {
          expect(error, String(error)).toBeInstanceOf(UserError);
        }
      }),
      { numRuns: 8, seed },
    );
  }, 120_000);
});
