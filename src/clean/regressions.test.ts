/**
 * Named regressions of the cleaner: each case pins a way text was once lost or
 * changed twice, with the input written out here.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { processSources } from '../pipeline/front.js';
import { cleanFile, finishFile } from './clean.js';
import { cleanedLines, createLineTree } from './line-tree.js';
import { findRepeatedLines } from './repeated-lines.js';

const folder = mkdtempSync(join(tmpdir(), 'wenji-regressions-'));
let counter = 0;
function source(text: string): string {
  const path = join(folder, `page-${++counter}.txt`);
  writeFileSync(path, text);
  return path;
}

const prose = (n: number) => `这是第${n}段正文，我们要认真学习，把理论学深悟透，真正做到学以致用、知行合一。`;

/** Clean lines once more as they came out; report what changed the second time. */
function recleanChanges(lines: string[]): string[] {
  const tree = createLineTree(lines);
  const file = new VFile({ path: 'again.txt' });
  cleanFile(tree, file);
  finishFile(tree, file, findRepeatedLines([tree]));
  // Errors are diagnoses, not changes: damage found again is still damage.
  return file.messages.filter((message) => message.ruleId !== 'article-split' && message.fatal !== true).map((message) => `${message.line}: ${message.reason}`);
}

describe('cleaning regressions', () => {
  it('repeated-sentence-kept: a sentence an author repeats inside one article stays, twice, and the article is not split', () => {
    const refrain = '不忘初心，方得始终。';
    const [result] = processSources([{ path: source(['初心的力量', prose(1), refrain, prose(2), refrain, prose(3)].join('\n')) }]);
    expect(result!.articles).toHaveLength(1);
    const text = result!.articles[0]!.blocks.map((block) => block.text);
    expect(text.filter((line) => line === refrain)).toHaveLength(2);
    expect(result!.tree.children.every((node) => node.fate !== 'removed')).toBe(true);
  });

  it('source-listed-twice: every line of a source listed twice reaches the book both times', () => {
    const path = source(['学习的体会', '学习心得体会', prose(1), prose(2)].join('\n'));
    const results = processSources([{ path }, { path }]);
    for (const result of results) {
      expect(result.tree.children.filter((node) => node.fate === 'removed')).toEqual([]);
      expect(result.articles[0]!.title).toBe('学习的体会');
    }
  });

  it('chrome-repeated-between-documents: a short line two pages share goes, prose they share stays', () => {
    const slogan = '欢迎访问学习资料共享站点';
    const shared = prose(9);
    const a = source(['第一页的标题', slogan, prose(1), shared].join('\n'));
    const b = source(['第二页的标题', slogan, prose(2), shared].join('\n'));
    for (const result of processSources([{ path: a }, { path: b }])) {
      expect(result.tree.children[1]!.fate).toBe('removed');
      expect(result.tree.children[3]!.fate).not.toBe('removed');
    }
  });

  it('related-list-in-article-one: a related list inside the first article of a compilation removes nothing after it', () => {
    const text = [
      '第一篇：学习心得',
      prose(1),
      '相关阅读',
      '• 如何做好社区工作',
      '• 基层干部的担当',
      '第二篇：工作体会',
      prose(2),
      '第三篇：读书笔记',
      prose(3),
    ].join('\n');
    const [result] = processSources([{ path: source(text) }]);
    expect(result!.articles.map((article) => article.title)).toEqual(['学习心得', '工作体会', '读书笔记']);
    expect(result!.tree.children.filter((node) => node.fate === 'removed').map((node) => node.line)).toEqual([3, 4, 5]);
  });

  it('marker-after-line-separator: a bare `第三篇` split off by U+2028 stays as the title of its article', () => {
    const [result] = processSources([{ path: source(`第一篇：学习心得\n${prose(1)}\u2028第三篇\n${prose(3)}\n`) }]);
    expect(result!.articles.map((article) => article.title)).toEqual(['学习心得', '第三篇']);
    expect(result!.articles[1]!.blocks.map((block) => block.text)).toEqual([prose(3)]);
  });

  it('paren-run-idempotent: `讲))4话` turns as one run, and cleaning it again changes nothing', () => {
    const [result] = processSources([{ path: source(`第一讲\n这是第一讲))4话的内容，我们要认真学习。\n`) }]);
    const cleaned = cleanedLines(result!.tree);
    expect(cleaned[1]).toBe('这是第一讲））4话的内容，我们要认真学习。');
    expect(recleanChanges(cleaned)).toEqual([]);
  });

  it('is idempotent on random mixes of the text it repairs (property)', () => {
    const token = fc.constantFrom(
      '学习',
      '心得',
      '我们',
      '，',
      ',',
      ')',
      '(',
      '))',
      '((',
      '?',
      '!',
      '?!',
      '…',
      '...',
      '。。。',
      ' ',
      '　',
      '  ',
      '4',
      '2019',
      '.',
      '二0二一',
      'Copyright?',
      '(c)',
      '習.近平',
      '企業(yè)',
      'www.example.com',
      '`',
      '&nbsp;',
      '/p>',
      '第1页共1页',
      '首页 > 正文',
    );
    const line = fc.array(token, { minLength: 1, maxLength: 14 }).map((tokens) => tokens.join(''));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
        const tree = createLineTree(lines);
        const file = new VFile({ path: 'random.txt' });
        cleanFile(tree, file);
        finishFile(tree, file, findRepeatedLines([tree]));
        const once = cleanedLines(tree);
        expect(recleanChanges(once)).toEqual([]);
      }),
      { numRuns: 500, seed: 202615213 },
    );
  });
});
