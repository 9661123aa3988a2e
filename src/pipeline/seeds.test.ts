/**
 * The five seeds through the front half: 14 articles with their titles,
 * subtitles, dates and heading outline (golden file, `UPDATE=1` to
 * regenerate), and the laws every cleaning must obey.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { readSources } from '../build/read-book.js';
import { cleanFile, finishFile } from '../clean/clean.js';
import { cleanedLines, createLineTree } from '../clean/line-tree.js';
import { loadManifest } from '../manifest/manifest.js';

const project = join(import.meta.dirname, '..', '..');
const sources = readSources(loadManifest(join(project, 'sources', 'book.yaml')));
const articles = sources.flatMap((source) => source.articles);

describe('seeds', () => {
  it('give 14 articles with the expected heads and outlines', () => {
    const outline = articles.map((article) => ({
      file: article.file.replace(/^.*sources\//, ''),
      title: article.title,
      subtitle: article.subtitle,
      author: article.author,
      role: article.role,
      date: article.date,
      source: article.source,
      script: article.script,
      headings: article.blocks.filter((block) => block.kind === 'heading').map((block) => `${block.level} ${block.text}`),
      kinds: article.blocks.map((block) => block.kind[0]).join(''),
    }));
    const golden = join(import.meta.dirname, '__fixtures__', 'seeds.golden.json');
    const actual = `${JSON.stringify(outline, null, 2)}\n`;
    if (process.env.UPDATE === '1') writeFileSync(golden, actual);
    if (!existsSync(golden)) expect.fail(`${golden} is missing: run with UPDATE=1 and review it`);
    expect(actual).toBe(readFileSync(golden, 'utf8'));
    expect(articles).toHaveLength(14);
    expect(articles.map((article) => article.title)).toEqual([
      '新时代呼唤新担当　新时代需要新作为',
      '学懂　弄通　做实',
      '美好蓝图已绘就，凝心聚力谱新篇',
      '接好全面推进乡村振兴的“接力棒”',
      '生活品质靠“全心全意为人民服务”来改善',
      '学深悟透　抓紧抓实',
      '2020群众路线心得体会应该怎么写',
      '踐行群眾路線　永葆為民宗旨',
      '基層幹部要以「三念」護航「十四五」',
      '银行党的群众路线学习心得（二）',
      '银行党的群众路线学习心得（一）',
      '党群众路线学习心得',
      '党的群众路线学习心得',
      '“党的群众路线”学习心得',
    ]);
  });

  it('have no errors or warnings once the shipped corrections apply', () => {
    const problems = sources.flatMap((source) => source.file.messages.filter((message) => message.fatal !== undefined));
    expect(problems.map((message) => `${message.file}:${message.line} ${message.reason}`)).toEqual([]);
  });

  it('restore the damaged proverb in seed 002', () => {
    const text = articles[7]!.blocks.map((block) => (block.lead ?? '') + block.text).join('\n');
    expect(text).toContain('“水能載舟，亦能覆舟。”任何政黨或政權的前途');
    expect(text).not.toMatch(/[\ue000-\uf8ff\ufffd?]/);
  });

  it('strip every kind of boilerplate the seeds carry', () => {
    const text = articles.map((article) => JSON.stringify(article)).join('\n');
    for (const boilerplate of [
      '当前位置',
      '访问手机版',
      '本文由',
      'Copyright',
      'ICP',
      '訪問者',
      '相關焦點',
      '笔杆子家园作者原创投稿',
      '(yè)',
      '習.近平',
      '返回首頁',
    ]) {
      expect(text).not.toContain(boilerplate);
    }
  });
});

describe('laws of cleaning', () => {
  it('give every raw line exactly one fate, in file order', () => {
    for (const source of sources) {
      const raw = readFileSync(source.path, 'utf8')
        .replace(/^\ufeff/, '')
        .split(/\r\n|\r|\n/);
      if (raw[raw.length - 1] === '') raw.pop();
      expect(source.tree.children.map((node) => node.line)).toEqual(raw.map((_, i) => i + 1));
      for (const node of source.tree.children) expect(['content', 'changed', 'metadata', 'removed']).toContain(node.fate);
    }
  });

  it('remove, lift or change nothing without a message on that line naming the rule', () => {
    for (const source of sources) {
      for (const node of source.tree.children) {
        if (node.fate === 'content') {
          expect(node.value).toBe(node.raw);
          continue;
        }
        const onLine = source.file.messages.filter((message) => message.line === node.line && message.ruleId === node.rule);
        expect(onLine.length, `${source.path}:${node.line} (${node.fate})`).toBeGreaterThan(0);
      }
    }
  });

  it('are idempotent: cleaning the cleaned text changes nothing', () => {
    for (const source of sources) {
      const cleaned = cleanedLines(source.tree);
      const tree = createLineTree(cleaned);
      const file = new VFile({ path: source.path });
      cleanFile(tree, file);
      finishFile(tree, file, { betweenDocuments: new Set(), withinDocument: new Set() });
      const changes = file.messages.filter((message) => message.ruleId !== 'article-split');
      expect(changes.map((message) => `${message.line}: ${message.reason}`)).toEqual([]);
    }
  });
});
