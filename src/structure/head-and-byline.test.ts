/**
 * Titles and writers as pages print them: labelled bylines with a bar or an
 * affiliation, a page opening with its byline, a writer's unit and name glued
 * to the title, a site account in the meta bar, marks above the title.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processSources } from '../pipeline/front.js';

const folder = mkdtempSync(join(tmpdir(), 'wenji-head-'));
let counter = 0;
function article(lines: string[]) {
  const path = join(folder, `page-${++counter}.txt`);
  writeFileSync(path, lines.join('\n'));
  const [source] = processSources([{ path }]);
  return source!.articles[0]!;
}

const prose = '读书让我们看见更大的世界，也让我们懂得如何面对自己，这是我这一年最深的体会。';
const more = '从那以后，我每天都抽出一个小时读书，把读到的好句子抄在本子上，反复琢磨。';

describe('titles and writers', () => {
  it('reads a byline labelled with a bar (文｜某某) that opens a page as its writer, not its title', () => {
    const result = article(['文｜傅杨清', prose, more]);
    expect(result.author).toBe('傅杨清');
    expect(result.title).not.toContain('傅杨清');
  });

  it('splits a labelled byline into the name and the affiliation after it', () => {
    const result = article(['深刻與感人的體驗', '文：吳穎和　中華民國四健會協會', prose, more]);
    expect([result.title, result.author, result.role]).toEqual(['深刻與感人的體驗', '吳穎和', '中華民國四健會協會']);
  });

  it('takes the unit and name glued to the title after a dash, or a class and name after a space, as the writer', () => {
    const result = article(['我们为什么要读书-2017级41班　肖玉', prose, more]);
    expect([result.title, result.author, result.role]).toEqual(['我们为什么要读书', '肖玉', '2017级41班']);
    const spaced = article(['考卷請聽我說 612 謝子星', prose, more]);
    expect([spaced.title, spaced.author, spaced.role]).toEqual(['考卷請聽我說', '謝子星', '612']);
  });

  it('prints no writer for a site account in the meta bar (作者:管理员)', () => {
    const result = article(['我们为什么要读书', '来源:昌乐一中 时间:2017/11/1 14:18:25 作者:管理员 点击量:', prose, more]);
    expect(result.author).toBeNull();
    expect(result.title).toBe('我们为什么要读书');
  });

  it('drops a line of marks above the title (::: of Taiwan government pages)', () => {
    const result = article([':::', '深刻與感人的體驗', prose, more]);
    expect(result.title).toBe('深刻與感人的體驗');
    expect(result.blocks.map((block) => block.text)).not.toContain(':::');
  });
});
