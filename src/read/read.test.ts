/** Decoding and bad input: every failure names the file and the place, and nothing crashes. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { processSources } from '../pipeline/front.js';
import { UserError } from '../util/user-error.js';
import { decode } from './decode.js';
import { splitLines } from './split-lines.js';

const dir = mkdtempSync(join(tmpdir(), 'wenji-read-'));
const sample = '学习心得\n\n我们要坚持群众路线，做到一切为了群众。\n';
const traditional = '學習心得\n\n我們要堅持群眾路線，做到一切為了群眾。\n';

function write(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

describe('decode', () => {
  it('reads UTF-8 with and without BOM, UTF-16 with BOM, GB18030 and Big5', () => {
    expect(decode(Buffer.from(sample), 'a')).toMatchObject({ text: sample, encoding: 'utf-8', bom: false });
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample)]), 'a')).toMatchObject({ text: sample, bom: true });
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]), 'a')).toMatchObject({ text: sample, encoding: 'utf-16le' });
    expect(decode(iconv.encode(sample, 'gb18030'), 'a')).toMatchObject({ text: sample, encoding: 'gb18030' });
    expect(decode(iconv.encode(traditional, 'big5'), 'a')).toMatchObject({ text: traditional, encoding: 'big5' });
  });

  it('takes the declared encoding', () => {
    expect(decode(iconv.encode(traditional, 'big5'), 'a', 'big5').text).toBe(traditional);
  });

  it('names the byte offset of undecodable input', () => {
    const bytes = Buffer.concat([Buffer.from('学习'), Buffer.from([0xc3, 0x28]), Buffer.from('心得')]);
    expect(() => decode(bytes, 'x.txt', 'utf-8')).toThrow(/x\.txt: cannot decode as utf-8 at byte offset 6/);
  });

  it('refuses binary files', () => {
    expect(() => decode(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'x.zip')).toThrow(/x\.zip: binary file.*/);
  });

  it('splits CRLF, CR and LF alike', () => {
    expect(splitLines('a\r\nb\rc\nd\n')).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('bad input', () => {
  it('an empty file is an error message, not a crash', () => {
    const [source] = processSources([{ path: write('empty.txt', '') }]);
    expect(source!.articles).toEqual([]);
    expect(source!.file.messages.map((m) => [m.ruleId, m.fatal])).toEqual([['empty-source', true]]);
  });

  it('a missing file is a user error naming it', () => {
    expect(() => processSources([{ path: join(dir, 'nope.txt') }])).toThrow(UserError);
    expect(() => processSources([{ path: join(dir, 'nope.txt') }])).toThrow(/nope\.txt: cannot read the file/);
  });

  it('a file in the wrong encoding is decoded by detection, or named with its offset', () => {
    const [source] = processSources([{ path: write('gbk.txt', iconv.encode(sample, 'gbk')) }]);
    expect(source!.encoding).toBe('gb18030');
    expect(source!.articles[0]!.title).toBe('学习心得');
    expect(() => processSources([{ path: write('latin.txt', Buffer.from([0x41, 0xff, 0xfe, 0xfd, 0x41, 0x80, 0x81])) }])).toThrow(/latin\.txt: cannot decode/);
  });

  it('a line of 1 MB and a file of 20 MB are cleaned without a crash', () => {
    const paragraph = '我们要坚持群众路线,做到一切为了群众,一切依靠群众。';
    const longLine = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const [long] = processSources([{ path: write('long-line.txt', `标题\n${longLine}\n`) }]);
    expect(long!.articles[0]!.blocks[0]!.text.length).toBe(longLine.length);
    // Numbered so that no line repeats (repeated lines are boilerplate).
    const count = Math.ceil(20_000_000 / Buffer.byteLength(`${paragraph}第1000000段\n`));
    const big = ['标题', ...Array.from({ length: count }, (_, i) => `第${i}段${paragraph}`)].join('\n');
    const [large] = processSources([{ path: write('large.txt', big) }]);
    expect(large!.articles[0]!.blocks.length).toBe(count);
  }, 120_000);
});

describe('rare but real text read from legacy bytes is never damage', () => {
  const errors = (path: string): unknown[] =>
    processSources([{ path }])[0]!
      .file.messages.filter((m) => m.fatal === true)
      .map((m) => m.reason);

  it('Cantonese in Big5-HKSCS', () => {
    const text = '廣東話散文\n\n佢哋話嘅咗啲嘢，我冇嚟過呢度。我哋唔係咁諗嘅，佢講咗好耐都冇人聽。\n衆人喺度等，裏面好多人。\n';
    const bytes = iconv.encode(text, 'big5');
    expect(decode(bytes, 'hk.txt')).toMatchObject({ text, encoding: 'big5' });
    expect(errors(write('hkscs.txt', bytes))).toEqual([]);
  });

  it('GB18030 four-byte characters (outside GBK)', () => {
    const text = '生僻字散文\n\n我们在𠀀𪚥的村子里住了三年，那里有㐀䶵两座山。\n他姓𬌗，名叫𫍯，家在䶮水边。\n';
    const bytes = iconv.encode(text, 'gb18030');
    expect(decode(bytes, 'gb.txt')).toMatchObject({ text, encoding: 'gb18030' });
    expect(errors(write('gb18030.txt', bytes))).toEqual([]);
  });

  it('variant forms in UTF-8', () => {
    expect(errors(write('variants.txt', '眾與衆\n\n衆裏尋他千百度，驀然回首。綫路圖在裏面。\n'))).toEqual([]);
  });
});
