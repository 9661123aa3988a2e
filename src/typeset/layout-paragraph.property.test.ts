/** Laws of paragraph layout, checked on random realistic paragraphs (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeMeasure } from './__fixtures__/fake-measure.js';
import { prohibitedAtLineEnd, prohibitedAtLineStart } from './char-classes.js';
import { layoutParagraph, type ParagraphOptions } from './layout-paragraph.js';
import { cachedMeasure } from './measure-cache.js';

const HAN =
  '的一是了我不人在他有这个上们来到时大地为子中你说生国年着就那和要她出也得里后自以会家可下而过天去能对小多然于心学么之都好看起发当没成只如事把还用第样道想作种开美总从无情己面最女但现前些所同日手又行意动方期它头经长儿回位分爱老因很给名法间斯知世什两次使身者被高已亲其进此话常与活正感';
const pick = (chars: string) => fc.constantFrom(...Array.from(chars));

const hanWord = fc.array(pick(HAN), { minLength: 1, maxLength: 6 }).map((a) => a.join(''));
const latinWord = fc.stringMatching(/^[A-Za-z]{1,12}$/);
const number = fc.oneof(fc.stringMatching(/^[0-9]{1,6}$/), fc.stringMatching(/^[0-9]{1,3}\.[0-9]{1,2}%$/));
const longRun = fc.stringMatching(/^[a-z0-9./:-]{20,70}$/);
const latinPhrase = fc.array(fc.oneof(latinWord, number), { minLength: 1, maxLength: 4 }).map((a) => a.join(' '));
const content = fc.oneof(
  { weight: 8, arbitrary: hanWord },
  { weight: 2, arbitrary: latinPhrase },
  { weight: 1, arbitrary: longRun },
  { weight: 1, arbitrary: fc.constantFrom('——', '……') },
);
const opening = fc.constantFrom('', '', '', '「', '“', '（', '《', '【');
const closing = fc.constantFrom('', '', '', '，', '。', '、', '；', '：', '！', '？', '」', '”', '）', '》', '。”', '，」', '）、', '！」', '·');
const segment = fc.tuple(opening, content, content, closing).map(([o, a, b, c]) => o + a + b + c);
const paragraph = fc.array(segment, { minLength: 1, maxLength: 40 }).map((a) => a.join(''));
const layoutOptions = fc.record({
  chars: fc.integer({ min: 6, max: 32 }),
  indent: fc.constantFrom(0, 2),
  style: fc.constantFrom('mainland' as const, 'taiwan' as const),
  level: fc.constantFrom('basic' as const, 'strict' as const),
});

const FS = 10;
const measure = cachedMeasure(fakeMeasure);
function run(text: string, o: { chars: number; indent: number; style: 'mainland' | 'taiwan'; level: 'basic' | 'strict' }) {
  const options: ParagraphOptions = { width: o.chars * FS, fontSize: FS, firstLineIndent: o.indent * FS, punctuation: o.style, prohibition: o.level };
  return { options, layout: layoutParagraph([{ text, face: 'body' }], options, measure) };
}

describe('layoutParagraph laws', () => {
  it('never loses or duplicates a character', () => {
    fc.assert(
      fc.property(paragraph, layoutOptions, (text, o) => {
        const { layout } = run(text, o);
        expect(layout.lines.map((l) => l.text).join('')).toBe(text);
        expect(layout.lines.flatMap((l) => l.clusters.map((c) => c.text)).join('')).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('never overflows the measure, and justified lines reach it', () => {
    fc.assert(
      fc.property(paragraph, layoutOptions, (text, o) => {
        const { layout, options } = run(text, o);
        for (const line of layout.lines) {
          expect(line.right).toBeLessThanOrEqual(options.width + 1e-6);
          expect(line.overfull).toBe(false);
          const visible = line.clusters.filter((c) => c.width > 0).length;
          if (!line.last && visible > 1) expect(Math.abs(line.right - options.width)).toBeLessThan(1e-6);
          for (let i = 1; i < line.clusters.length; i++)
            expect(line.clusters[i]!.x).toBeGreaterThanOrEqual(line.clusters[i - 1]!.x + line.clusters[i - 1]!.width - 1e-6);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never starts a line with a prohibited mark nor ends one with an opening mark', () => {
    fc.assert(
      fc.property(paragraph, layoutOptions, (text, o) => {
        const { layout } = run(text, o);
        expect(layout.forcedBreaks).toBe(0);
        layout.lines.forEach((line, i) => {
          const chars = Array.from(line.text.trimEnd());
          if (i > 0) expect(prohibitedAtLineStart(chars[0]!, o.level), `line ${i}: ${line.text}`).toBe(false);
          if (!line.last) expect(prohibitedAtLineEnd(chars[chars.length - 1]!, o.level), `line ${i}: ${line.text}`).toBe(false);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps —— and …… on one line', () => {
    fc.assert(
      fc.property(paragraph, layoutOptions, (text, o) => {
        const { layout } = run(text, o);
        for (let i = 1; i < layout.lines.length; i++) {
          const line = layout.lines[i - 1]!.text;
          const mark = line.slice(-1);
          if (!'—…'.includes(mark) || layout.lines[i]!.text.charAt(0) !== mark) continue;
          // A longer run may break between its pairs, never inside one: an even count of the mark ends the line.
          const run = line.length - line.replace(new RegExp(`${mark}+$`), '').length;
          expect(run % 2, `${line}|${layout.lines[i]!.text}`).toBe(0);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('cuts a run of ellipses too wide for its line between pairs', () => {
    const { layout } = run('的的…………。”的的', { chars: 6, indent: 0, style: 'mainland', level: 'basic' });
    expect(layout.lines.map((line) => line.text)).toEqual(['的的……', '……。”的的']);
  });
});
