import { describe, expect, it } from 'vitest';
import { fakeMeasure } from './__fixtures__/fake-measure.js';
import { layoutParagraph, type ParagraphOptions } from './layout-paragraph.js';

const FS = 10;
const opts = (chars: number, extra: Partial<ParagraphOptions> = {}): ParagraphOptions => ({ width: chars * FS, fontSize: FS, ...extra });
const lay = (text: string, chars: number, extra: Partial<ParagraphOptions> = {}) => layoutParagraph([{ text, face: 'body' }], opts(chars, extra), fakeMeasure);
const lineTexts = (text: string, chars: number, extra: Partial<ParagraphOptions> = {}) => lay(text, chars, extra).lines.map((l) => l.text);

describe('layoutParagraph', () => {
  it('fills lines to the measure and sets the last at natural width', () => {
    const layout = lay('一二三四五六七八九十甲乙丙', 5);
    expect(layout.lines.map((l) => l.text)).toEqual(['一二三四五', '六七八九十', '甲乙丙']);
    expect(layout.lines[0]!.right).toBeCloseTo(50);
    expect(layout.lines[2]!.right).toBeCloseTo(30);
  });
  it('indents the first line by 2 em', () => {
    const layout = lay('一二三四五六七八', 5, { firstLineIndent: 2 * FS });
    expect(layout.lines[0]!.text).toBe('一二三');
    expect(layout.lines[0]!.clusters[0]!.x).toBeCloseTo(20);
  });
  it('pushes a line-start comma in by shrinking punctuation white', () => {
    // 一，二三四 is 5 em; the ， after it would start line 2. Shrinking the first comma's ½ em
    // and trimming the line-end comma makes room.
    expect(lineTexts('一，二三四，五六七八九', 5)).toEqual(['一，二三四，', '五六七八九']);
  });
  it('pulls a character down when nothing can shrink', () => {
    const lines = lineTexts('一二三四五，六七八九十', 5);
    expect(lines[0]).toBe('一二三四');
    expect(lines[1]!.startsWith('五，')).toBe(true);
  });
  it('never ends a line with an opening quote', () => {
    const lines = lineTexts('一二三四“五六”七八九十', 5);
    for (const line of lines) expect(line.endsWith('“')).toBe(false);
  });
  it('trims a line-end stop to ½ em and justifies the line to the measure', () => {
    const layout = lay('一二三四。五六七八九十', 5);
    expect(layout.lines[0]!.text).toBe('一二三四。');
    expect(layout.lines[0]!.right).toBeCloseTo(50);
    expect(layout.lines[0]!.clusters[4]!.width).toBeCloseTo(5);
  });
  it('keeps —— together as a 2-em unit', () => {
    const layout = lay('一二三四——五六七八', 5);
    expect(layout.lines.map((l) => l.text)).toEqual(['一二三四', '——五六', '七八']);
    expect(lineTexts('一二三四五——六七', 6)).toEqual(['一二三四五', '——六七']);
    const dash = layout.lines[1]!.clusters[0]!;
    expect(dash.width).toBeCloseTo(20);
    expect(dash.drawX - dash.x).toBeCloseTo((20 - 17.8) / 2);
  });
  it('spaces Han and Latin by ¼ em but not at a line end', () => {
    const layout = lay('在GDP增', 10, { align: 'start' });
    const [zai, gdp, zeng] = layout.lines[0]!.clusters;
    expect(gdp!.x - (zai!.x + zai!.width)).toBeCloseTo(2.5);
    expect(zeng!.x - (gdp!.x + gdp!.width)).toBeCloseTo(2.5);
  });
  it('expands between clusters, never inside a Latin word', () => {
    const layout = lay('一二GDP三四五六七八', 6);
    const first = layout.lines[0]!;
    const gdp = first.clusters.find((c) => c.text === 'GDP')!;
    expect(gdp.width).toBeCloseTo(15);
    expect(first.right).toBeCloseTo(60);
  });
  it('avoids a one-character last line', () => {
    const lines = lineTexts('一二三四五六七八九十。', 5);
    expect(lines[lines.length - 1]!.replace(/[，。]/g, '').length).toBeGreaterThanOrEqual(2);
  });
  it('spreads a shortfall over the paragraph instead of leaving one line far short (total fit)', () => {
    // Breaking line by line, the last line would hold 想…… alone, so 思 was pulled down and the
    // line above it, with its two 2-em dashes, lost two ems: 0.08 em between every character.
    const text =
      '党的十九届五中全会审议通过了《中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》，为未来5年乃至15年中国发展擘画蓝图。GDP增长率保持在6.5%左右，“十四五”时期——这是关键——必须坚持“以人民为中心”的发展思想……';
    const layout = lay(text, 30, { firstLineIndent: 2 * FS });
    const stretched = layout.lines.filter((l) => !l.last).map((l) => l.expansion / FS);
    expect(Math.max(...stretched)).toBeLessThanOrEqual(0.06);
  });
  it('balances a title over the fewest lines, breaking where a phrase starts', () => {
    const title = '生活品质靠“全心全意为人民服务”来改善';
    // Filled line by line, 17 characters fit and 改善 is left over.
    expect(lineTexts(title, 17, { align: 'center' })).toEqual(['生活品质靠“全心全意为人民服务”来', '改善']);
    const words = ['生活', '品质', '靠', '“', '全心全意', '为', '人民', '服务', '”', '来', '改善'];
    const starts = new Set(words.map((_, i) => words.slice(0, i).join('').length).slice(1));
    expect(lineTexts(title, 17, { align: 'center', fill: 'balanced', phraseStarts: starts })).toEqual(['生活品质靠“全心全意', '为人民服务”来改善']);
    // Without phrase starts it evens the lines all the same, even inside a word.
    const even = lineTexts(title, 17, { align: 'center', fill: 'balanced' });
    expect(even).toHaveLength(2);
    expect(Math.abs(Array.from(even[0]!).length - Array.from(even[1]!).length)).toBeLessThanOrEqual(1);
  });
  it('centres and right-aligns at natural width', () => {
    expect(lay('一二', 5, { align: 'center' }).lines[0]!.left).toBeCloseTo(15);
    expect(lay('一二', 5, { align: 'end' }).lines[0]!.right).toBeCloseTo(50);
  });
  it('breaks an over-long Latin run rather than overflow', () => {
    const layout = lay('https://example.com/abcdefghijklmnopqrstuvwxyz', 5);
    for (const line of layout.lines) expect(line.right).toBeLessThanOrEqual(50 + 1e-6);
    expect(layout.lines.map((l) => l.text).join('')).toBe('https://example.com/abcdefghijklmnopqrstuvwxyz');
  });
});
