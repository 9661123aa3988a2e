/**
 * Inputs past what a build can hold, and corrections files with mistakes:
 * each refused with a message that names the file, the key and the line.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEditions, maxBookBytes } from '../build/build.js';
import { loadManifest } from '../manifest/manifest.js';
import { processSources } from '../pipeline/front.js';
import { UserError } from '../util/user-error.js';
import { makeBook, tinyText } from './__fixtures__/run-wenji.js';

async function failureOf(run: () => Promise<unknown> | unknown): Promise<UserError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('expected a failure');
}

describe('limits', () => {
  it('a book whose sources exceed the limit is refused before any work, with what to do', async () => {
    const book = makeBook({ 'a.txt': tinyText, 'b.txt': Buffer.alloc(maxBookBytes, 0x41) });
    const failure = await failureOf(() => buildEditions(loadManifest(book.manifest), { strict: false, parallel: false }));
    expect(failure.message).toMatch(/book\.yaml: the sources hold 16\.0 MB of raw text, more than one book can take \(16 MB\)/);
    expect(failure.detail).toMatch(/^split the book into volumes/);
    expect(failure.exitCode).toBe(2);
  });
});

describe('corrections files', () => {
  const fixesFailure = (yaml: string) => {
    const book = makeBook({ 'a.txt': tinyText, 'a.fixes.yaml': yaml });
    return failureOf(() => processSources([{ path: join(book.dir, 'sources', 'a.txt') }]));
  };

  it('a missing key is named with what it is for, at its line', async () => {
    const failure = await fixesFailure('fixes:\n  - text: 学习\n    replace: 學習\n');
    expect(`${failure.message} | ${failure.detail}`).toMatch(
      /a\.fixes\.yaml:2: invalid key `fixes\.0\.reason` \| the required key `reason` is missing: why the correction is right/,
    );
  });

  it('an unknown key is named with the key it was probably meant to be', async () => {
    const failure = await fixesFailure('fixes:\n  - text: 学习\n    replace: 學習\n    reasn: typo\n');
    expect(`${failure.message} | ${failure.detail}`).toMatch(
      /a\.fixes\.yaml:4: invalid key `fixes\.0\.reasn` \| unknown key `reasn` \(did you mean `reason`\?\)/,
    );
  });

  it('an empty file and broken YAML are said as such', async () => {
    expect((await fixesFailure('')).message).toMatch(/a\.fixes\.yaml: no corrections/);
    expect((await fixesFailure('fixes: [unclosed\n')).message).toMatch(/a\.fixes\.yaml:\d+: cannot parse the corrections/);
  });
});

describe('encodings', () => {
  it('UTF-16 without a byte-order mark is named as such, with the manifest key that reads it', async () => {
    const text = '学习的体会\n\n学习使人进步，实践出真知。我们要在学习中提高认识。\n';
    for (const [encoding, bytes] of [
      ['utf-16le', Buffer.from(text, 'utf16le')],
      ['utf-16be', Buffer.from(text, 'utf16le').swap16()],
    ] as const) {
      const book = makeBook({ 'a.txt': bytes });
      const failure = await failureOf(() => processSources([{ path: join(book.dir, 'sources', 'a.txt') }]));
      expect(`${failure.message} | ${failure.detail}`).toMatch(
        new RegExp(`a\\.txt: looks like ${encoding.toUpperCase()} text without a byte-order mark \\| set \`encoding: ${encoding}\``),
      );
      expect(processSources([{ path: join(book.dir, 'sources', 'a.txt'), encoding }])[0]!.articles[0]!.title).toBe('学习的体会');
    }
  });
});

describe('characters no font has', () => {
  it('are errors at their lines and columns in the raw file, and stop the build', async () => {
    const book = makeBook(
      { 'a.txt': '学习的体会\n\n学习使人进步。\n我们在学习中提高认识ꀀ。\n' },
      'title: 书\neditor: 编\nslug: s\ndate: 2026-01-01\neditions: [zh-Hans]\nformats: [pdf]\nsources:\n  - file: a.txt\n',
    );
    const result = await buildEditions(loadManifest(book.manifest), { strict: false, parallel: false });
    expect(result.failed).toMatch(/No font has a glyph for ꀀ/);
    const messages = result.files[0]!.messages.filter((message) => message.ruleId === 'missing-glyph');
    expect(messages.map((message) => [message.line, message.column, message.fatal])).toEqual([[4, 11, true]]);
    expect(messages[0]!.reason).toMatch(/^Unexpected character `ꀀ` \(U\+A000\) that no font has/);
  }, 60_000);
});

describe('corrections that do not apply', () => {
  const messagesFor = (yaml: string) => {
    const book = makeBook({ 'a.txt': '学习的体会\n\n学习使人进步，实践出真知。\n我们要在学习中提高认识。\n', 'a.fixes.yaml': yaml });
    return processSources([{ path: join(book.dir, 'sources', 'a.txt') }])[0]!
      .file.messages.filter((message) => message.ruleId === 'stale-fix')
      .map((message) => `${message.line}: ${message.reason}`);
  };

  it('say when an earlier correction took the text, at its line', () => {
    expect(messagesFor('fixes:\n  - { text: 实践出真知, replace: 实践出真理, reason: a }\n  - { text: 出真知。, replace: 出真知！, reason: b }\n')).toEqual([
      expect.stringMatching(
        /^3: Unexpected correction #2 in .*a\.fixes\.yaml: `出真知。` occurs, but correction #1 changed it first \(b\); merge the two corrections into one$/,
      ),
    ]);
  });

  it('say that corrections are one line, when one spans two', () => {
    expect(messagesFor('fixes:\n  - { text: "真知。\\n我们", replace: "真知。我们", reason: joined }\n')).toEqual([
      expect.stringMatching(
        /^1: Unexpected correction #1 in .*a\.fixes\.yaml spanning 2 lines \(joined\), expected text within one line: corrections apply line by line, so write one per line$/,
      ),
    ]);
  });

  it('still call a correction stale when its text is nowhere', () => {
    expect(messagesFor('fixes:\n  - { text: 不存在的字, replace: 字, reason: gone }\n')).toEqual([
      expect.stringMatching(/^1: Unexpected stale correction #1 in .*: `不存在的字` does not occur \(gone\); update or delete it$/),
    ]);
  });
});
