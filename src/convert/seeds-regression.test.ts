/**
 * The wrong characters the seeds' Traditional edition once held (leftovers
 * of Simplified in a source already Traditional, segmentation errors of
 * OpenCC's longest match, questionable defaults), with no phrase pinned in
 * the manifest: none may come back.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBook } from '../build/read-book.js';
import { loadManifest } from '../manifest/manifest.js';
import { convertBook } from './to-script.js';

const manifest = loadManifest(join(import.meta.dirname, '..', '..', 'sources', 'book.yaml'));
const { book } = readBook(manifest);
const options = { variant: manifest.conversion.variant, dictionary: {}, keep: [] };
const editionText = (lang: 'zh-Hans' | 'zh-Hant') => {
  const { book: converted, warnings } = convertBook(book, lang, options);
  const text = converted.articles.map((a) => [a.title, a.subtitle ?? '', ...a.blocks.map((b) => (b.lead ?? '') + b.text)].join('\n')).join('\n');
  return { text, warnings };
};

const wrongInTraditional = [
  '干部',
  '聯系',
  '奮斗',
  '關系',
  '戰斗',
  '取決于',
  '敢于',
  '那么',
  '什么',
  '怎么',
  '規范',
  '之后',
  '先后',
  '放松',
  '鉆空子',
  '細致',
  '反復',
  '復雜',
  '公裡',
  '堅定製度',
  '中國製度',
  '指明瞭',
  '共生髮展',
  '倡行併發揚光大',
  '於都',
  '新徵程',
];

describe('the seeds without pinned phrases', () => {
  const hant = editionText('zh-Hant');
  it.each(wrongInTraditional)('zh-Hant holds no %s', (wrong) => {
    const at = hant.text.indexOf(wrong);
    expect(at, hant.text.slice(Math.max(0, at - 8), at + 8)).toBe(-1);
  });

  it('zh-Hant holds no 于 but in names (于謙, 于都)', () => {
    expect(hant.text.replace(/于(?=[謙都])/g, '').includes('于')).toBe(false);
  });

  it('the manifest pins nothing, and neither edition has an ambiguity left', () => {
    expect(Object.values(manifest.conversion.dictionary).flatMap((pins) => Object.keys(pins ?? {}))).toEqual([]);
    expect(hant.warnings).toEqual([]);
    expect(editionText('zh-Hans').warnings).toEqual([]);
  });

  it('zh-Hans has the particle 着 after verbs, never 著', () => {
    const hans = editionText('zh-Hans').text;
    expect(hans.match(/[随隨朝决決体體现現]著/g)).toBeNull();
    expect(hans).toContain('随着');
  });
});
