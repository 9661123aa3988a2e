import { describe, expect, it } from 'vitest';
import { squeezeAdjacentMarks } from './punctuation-width.js';
import { toClusters } from './unbreakable-units.js';

const widths = (text: string, style: 'mainland' | 'taiwan' = 'mainland', width: 'adjusted' | 'full' = 'adjusted') => {
  const clusters = toClusters([{ text, face: 'body' }]);
  const { trim } = squeezeAdjacentMarks(clusters, style, width);
  return trim.map((t) => 1 - t.lead - t.trail);
};

describe('punctuation width adjustment', () => {
  it('squeezes a stop before a closing quote to ½ em (pair = 1.5 em)', () => {
    expect(widths('好。”')).toEqual([1, 0.5, 1]);
  });
  it('squeezes a comma before an opening quote', () => {
    expect(widths('，“')).toEqual([0.5, 1]);
  });
  it('squeezes two opening marks on the inner side', () => {
    expect(widths('「『')).toEqual([1, 0.5]);
  });
  it('squeezes a chain pair by pair', () => {
    expect(widths('。」』')).toEqual([0.5, 0.5, 1]);
  });
  it('squeezes Taiwan-style pairs around their centred stops', () => {
    expect(widths('好。」', 'taiwan')).toEqual([1, 0.75, 1]);
    expect(widths('」，', 'taiwan')).toEqual([0.5, 1]);
    expect(widths('，「', 'taiwan')).toEqual([0.75, 0.75]);
    expect(widths('」「', 'taiwan')).toEqual([0.5, 1]);
  });
  it('leaves every mark a full em at full width', () => {
    expect(widths('好。」', 'taiwan', 'full')).toEqual([1, 1, 1]);
    expect(widths('好。”', 'mainland', 'full')).toEqual([1, 1, 1]);
  });
  it('squeezes only the blank a proportional mark still has (Latin-width quotes of a Japanese face)', () => {
    const clusters = toClusters([{ text: '好”。“好', face: 'body' }]);
    // ” and “ are 0.35 em: no blank left to take; the stop keeps its own ½ em of white.
    const { trim, blank } = squeezeAdjacentMarks(clusters, 'mainland', 'adjusted', [1, 0.35, 1, 0.35, 1]);
    expect(trim.map((t) => t.lead + t.trail)).toEqual([0, 0, 0, 0, 0]);
    expect(blank.map((b) => b.lead + b.trail)).toEqual([0, 0, 0.5, 0, 0]);
    // Full-em marks are squeezed as before.
    expect(squeezeAdjacentMarks(clusters, 'mainland', 'adjusted', [1, 1, 1, 1, 1]).trim).toEqual(squeezeAdjacentMarks(clusters, 'mainland').trim);
  });
  it('leaves a mark next to an ideograph alone', () => {
    expect(widths('好，好')).toEqual([1, 1, 1]);
  });
});
