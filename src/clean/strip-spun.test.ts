/**
 * Spun text beyond the rule's examples: pieces found in a line longer than
 * one stretch are cut at the right offsets, and the repeats that ordinary
 * pages are made of (a menu printed twice, a paragraph said twice, a refrain)
 * are never taken for a spinner's cycle.
 */
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { cleanedLines, createLineTree } from './line-tree.js';
import { stripSpun } from './strip-spun.js';

const base =
  '读书是一件快乐的事情，每当我翻开一本新书，总能感到一种特别的喜悦。书中的人物仿佛活了过来，和我一起经历他们的悲欢离合。读完以后，我常常会静静地想一想，把心里的感受写下来。这样的习惯让我慢慢学会了思考，也让我更加热爱生活。老师说，写感受不要空喊口号，要写出自己真实的想法。我记住了这句话，每次动笔之前都先问问自己：我到底被什么打动了？';
/** The same text with five pieces of a keyword line dealt in turn, twice. */
const pieces = ['样写', '出一', '篇感人', '读书笔', '记心得'];
function spin(text: string): string {
  let out = '';
  let dealt = 0;
  let since = 0;
  for (const ch of text) {
    out += ch;
    if (++since >= 14 && /\p{Script=Han}/u.test(ch)) {
      out += pieces[dealt++ % pieces.length];
      since = 0;
    }
  }
  return out;
}

function run(lines: string[]): { lines: string[]; rules: string[] } {
  const tree = createLineTree(lines);
  const file = new VFile({ path: 'page.txt' });
  stripSpun()(tree, file);
  return { lines: cleanedLines(tree), rules: file.messages.map((message) => String(message.ruleId)) };
}

describe('strip-spun', () => {
  it('cuts the pieces out of a line far longer than one stretch, at their own offsets', () => {
    // Plain numbered sentences before the spun part: no cycle of their own.
    const filler = Array.from({ length: 1000 }, (_, n) => `第${n}号句子`).join('，');
    const { lines, rules } = run([`${filler}。${spin(base)}`]);
    expect(lines).toEqual([`${filler}。${base}`]);
    expect(rules.length).toBeGreaterThanOrEqual(10);
    expect(new Set(rules)).toEqual(new Set(['strip-spun']));
  });

  it('cuts pieces dealt across several lines', () => {
    const spun = spin(base + base.slice(0, 40));
    const cut = spun.indexOf('。') + 1;
    expect(run([spun.slice(0, cut), spun.slice(cut)]).lines.join('')).toBe(base + base.slice(0, 40));
  });

  it('leaves a menu printed twice, a paragraph said twice and a refrain alone', () => {
    const menu = '首页 新闻中心 党建工作 学习园地 理论文章 心得体会 联系我们';
    const refrain = '不忘初心，牢记使命，';
    const lines = [menu, base, refrain + base.slice(0, 30), refrain + base.slice(30, 60), base, menu];
    expect(run(lines)).toEqual({ lines, rules: [] });
  });
});
