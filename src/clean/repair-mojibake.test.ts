/** Mojibake repair and damage detection: what a real misreading produces is repaired or flagged; rare but real text never is. */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { detectDamage, improbableRuns } from './detect-damage.js';
import { createLineTree } from './line-tree.js';
import { decodeLenient } from './misreading.js';
import { findMojibakeRepairs, repairMojibake } from './repair-mojibake.js';

const simplified = '我们坚持群众路线';
const traditional = '我們堅持群眾路線';
const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

function clean(text: string): { value: string; messages: Array<[string | undefined, boolean | null | undefined, string]> } {
  const tree = createLineTree([text]);
  const file = new VFile({ path: 'x.txt', value: text });
  repairMojibake()(tree, file);
  detectDamage()(tree, file);
  return { value: tree.children[0]!.value, messages: file.messages.map((m) => [m.ruleId, m.fatal, m.reason]) };
}

describe('repair-mojibake', () => {
  const cases: Array<[string, string, string]> = [
    ['UTF-8 read as GBK', iconv.decode(utf8(simplified), 'gbk'), simplified],
    ['Big5 read as Latin-1', decodeLenient(iconv.encode(traditional, 'big5'), 'windows-1252'), traditional],
    ['UTF-8 read as Latin-1', decodeLenient(utf8(simplified), 'windows-1252'), simplified],
    ['GBK read as UTF-8', iconv.encode('学习系统', 'gbk').toString('utf8'), '学习系统'],
    ['GBK read as Latin-1', iconv.decode(iconv.encode(simplified, 'gbk'), 'windows-1252'), simplified],
    ['Big5 read as GBK', iconv.decode(iconv.encode(traditional, 'big5'), 'gbk'), traditional],
  ];
  for (const [name, mojibake, original] of cases) {
    it(`repairs ${name} and reports it with the text before and after`, () => {
      const { value, messages } = clean(`前文，${mojibake}，后文。`);
      expect(value).toBe(`前文，${original}，后文。`);
      expect(messages).toEqual([
        [
          'repair-mojibake',
          undefined,
          `Changed \`${mojibake}\` to \`${original}\` (mojibake: ${name.replace('read as', 'bytes read as')}, read again losslessly)`,
        ],
      ]);
    });
  }

  it('leaves a misreading that lost bytes, and flags it with its reading', () => {
    // GBK text read one byte off: the first byte is gone, so no lossless repair exists.
    const shifted = iconv.decode(iconv.encode('为群众的自觉行动', 'gbk').subarray(1), 'gbk');
    const { value, messages } = clean(`把它变${shifted}。`);
    expect(value).toBe(`把它变${shifted}。`);
    expect(messages.some(([rule, fatal, reason]) => rule === 'encoding-damage' && fatal === true && reason.includes('reads as'))).toBe(true);
  });

  it('never flags or changes variants, Cantonese, characters outside GBK, or a lone Latin letter in real text', () => {
    for (const text of [
      '衆裏尋他千百度，驀然回首。',
      '綫路圖在裏面，眾人都看見了。',
      '佢哋話嘅咗啲嘢，我冇嚟過呢度，係唔係？',
      '那里有𠀀𪚥两座山，山下住着𬌗姓人家，还有㐀䶵。',
      '每天吃一片维生素C片。',
    ]) {
      expect(clean(text)).toEqual({ value: text, messages: [] });
      expect(improbableRuns(text)).toEqual([]);
    }
  });

  it('never changes text without damage (property)', () => {
    const pieces = [
      '我们',
      '坚持',
      '群眾',
      '衆',
      '裏',
      '綫',
      '嘅',
      '咗',
      '啲',
      '冇',
      '嚟',
      '𠀀',
      '𪚥',
      '㐀',
      '䶵',
      '，',
      '。',
      '“',
      '”',
      '……',
      'DSP',
      'é',
      ' ',
      '2019年',
      '學習',
      '心得',
      '體會',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(findMojibakeRepairs(text)).toEqual([]);
      }),
      // A fixed seed: a failure is the same failure on the next run.
      { numRuns: 3000, seed: 20261129 },
    );
  }, 60_000);
});
