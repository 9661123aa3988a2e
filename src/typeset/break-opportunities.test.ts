import { describe, expect, it } from 'vitest';
import { breakOpportunities } from './break-opportunities.js';
import { toClusters } from './unbreakable-units.js';

function breaksIn(text: string): string {
  const clusters = toClusters([{ text, face: 'body' }]);
  const allowed = breakOpportunities(clusters, text, 'basic');
  return clusters.map((c, i) => (allowed[i] ? '|' : '') + c.text).join('');
}

describe('break opportunities', () => {
  it('breaks between ideographs but not before stops or closing marks, nor after opening ones', () => {
    expect(breaksIn('他说：“好。”')).toBe('他|说：|“好。”');
  });
  it('breaks around quotes where UAX #14 LB19 would not', () => {
    expect(breaksIn('说“我')).toBe('说|“我');
  });
  it('breaks after spaces between Latin words, never inside', () => {
    expect(breaksIn('open source')).toBe('open |source');
    expect(breaksIn('增GDP长')).toBe('增|GDP|长');
  });
});
