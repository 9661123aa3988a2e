import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks } from './json-chunks.js';

describe('jsonChunks', () => {
  it('gives JSON.stringify(value, null, 2) byte for byte, in pieces', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 7 }), (value) => {
        expect([...jsonChunks(value)].join('')).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 500 },
    );
    const report = { files: [{ path: 'a.txt', lines: [{ line: 1, text: '“引”\n', cleaned: undefined }], messages: [] }], empty: {} };
    expect([...jsonChunks(report)].join('')).toBe(JSON.stringify(report, null, 2));
    expect([...jsonChunks(report)].length).toBeGreaterThan(5);
  });
});
