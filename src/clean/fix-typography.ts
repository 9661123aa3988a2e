/**
 * Typographic repairs inside Chinese text, each under its own rule id:
 * half-width punctuation made full-width (GB/T 15834) where Chinese surrounds
 * it, ellipses, the copyright sign, a Latin zero among Chinese numerals, stray
 * spaces inside running text, and space runs inside titles.
 */

import type { VFile } from 'vfile';
import { editLine, type LineNode, type LineRoot, liveLines } from './line-tree.js';
import { cjk, fullWidthOf, han } from './patterns.js';
import type { CleanPlugin } from './plugin.js';
import { defineRule } from './rule.js';

const cjkChar = new RegExp(`[${cjk}]`);
const isCjk = (ch: string | undefined): boolean => ch !== undefined && cjkChar.test(ch);
/** ASCII marks that stand in a run together (`))`, `?!`): context is read past them, so a run turns as one. */
const markRun = /[(),:;?!]/;

/** The nearest character before (step -1) or after (step 1) `index` that is not a mark of a run. */
function contextChar(text: string, index: number, step: 1 | -1): string | undefined {
  for (let i = index + step; i >= 0 && i < text.length; i += step) {
    if (!markRun.test(text[i]!)) return text[i];
  }
  return undefined;
}

/** `, : ; ? !` with Chinese on either side. */
const looseMark = /[,:;?!]/g;
/** `.` after Han where a sentence ends: at line end, before a space or a new Han clause. */
const fullStop = new RegExp(`(?<=[${han}])[.．](?=\\s*$|[${han}“「])`, 'g');
/** A parenthesised span (no nesting), or a lone parenthesis. */
const parenthesis = /\(([^()\n]*)\)|[()]/g;
export const ellipsis = new RegExp(`„{2,}|(?<=[${cjk}])\\.{3,6}|。{3,}|(?<!…)…(?!…)|…{3,}`, 'g');
const copyright = /copyright\s*\?|\(c\)(?=\s*\d{4})/gi;
const cnNumeral = '〇一二三四五六七八九';
const zeroAmongNumerals = new RegExp(`(?<=[${cnNumeral}][0０oOＯ○]*)[0０oOＯ○](?=[0０oOＯ○]*[${cnNumeral}年])`, 'g');
const spaceInProse = new RegExp(`(?<=[${cjk}]) +(?=[${cjk}])`, 'g');
const spaceInTitle = new RegExp(`(?<=[${han}”」》）])[ \u3000]+(?=[${han}“「《（])`, 'g');
/** Prose is long or punctuated; a shorter line without sentence marks may be a title. */
const proseMinimum = 40;

/** A full stop or semicolon anywhere, or a question or exclamation mark before the end, makes a sentence. */
const sentenceInside = /[。；;]|[？！?!](?=.*\S)/;

function isProse(node: LineNode): boolean {
  return [...node.value].length >= proseMinimum || sentenceInside.test(node.value.trim());
}

function fullWidthPunctuation(file: VFile, node: LineNode): void {
  editLine(file, node, 'fullwidth-punctuation', fullStop, () => '。');
  editLine(file, node, 'fullwidth-punctuation', looseMark, (m) => {
    const text = m.input;
    const before = text[m.index - 1];
    const after = text[m.index + 1];
    // A colon between digits is a time (21:17); ASCII on both sides is Latin text.
    if (m[0] === ':' && /\d/.test(before ?? '') && /\d/.test(after ?? '')) return null;
    return isCjk(before) || isCjk(after) || isCjk(contextChar(text, m.index, -1)) || isCjk(contextChar(text, m.index, 1)) ? fullWidthOf[m[0]]! : null;
  });
  editLine(file, node, 'fullwidth-punctuation', parenthesis, (m) => {
    const text = m.input;
    const before = text[m.index - 1];
    const after = text[m.index + m[0].length];
    if (m[1] === undefined) {
      const chinese = isCjk(before) || isCjk(after) || isCjk(contextChar(text, m.index, -1)) || isCjk(contextChar(text, m.index, 1));
      return chinese ? fullWidthOf[m[0]]! : null;
    }
    const around = isCjk(contextChar(text, m.index, -1)) || isCjk(contextChar(text, m.index + m[0].length - 1, 1));
    const chinese = isCjk(before) || isCjk(after) || around || /[\u3400-\u9fff]/.test(m[1]);
    return chinese ? `（${m[1]}）` : null;
  });
}

/** Repairs feed each other (a mark made full-width puts dots in Chinese context): a few rounds reach the fixed point. */
const maxRounds = 4;

/** A pair of straight double quotes with Chinese inside or around it: `"走群众路线"`. */
const straightQuotes = /"([^"\n]{1,120})"/g;

function curlyQuotes(file: VFile, node: LineNode): void {
  // Only a line whose straight quotes pair up: an odd one out cannot be told open from close.
  if ((node.value.match(/"/g)?.length ?? 0) % 2 !== 0) return;
  editLine(file, node, 'curly-quotes', straightQuotes, (m) => {
    const chinese = /[\u3400-\u9fff]/.test(m[1]!) || isCjk(m.input[m.index - 1]) || isCjk(m.input[m.index + m[0].length]);
    return chinese ? `“${m[1]}”` : null;
  });
}

function repairOnce(file: VFile, node: LineNode): void {
  editLine(file, node, 'normalize-ellipsis', ellipsis, () => '……');
  editLine(file, node, 'zero-in-numeral', zeroAmongNumerals, () => '〇');
  fullWidthPunctuation(file, node);
  curlyQuotes(file, node);
  if (isProse(node)) editLine(file, node, 'stray-space', spaceInProse, () => '');
  else editLine(file, node, 'title-space', spaceInTitle, () => '\u3000');
}

/**
 * `Copyright?` and `(c)` made © before any rule reads the line: the sign
 * changes how long a line is and what it looks like, so it is repaired first.
 */
export const repairSigns: CleanPlugin = () => (tree: LineRoot, file) => {
  for (const node of liveLines(tree)) editLine(file, node, 'copyright-sign', copyright, () => '©');
};

export const fixTypography: CleanPlugin = () => (tree: LineRoot, file) => {
  for (const node of liveLines(tree)) {
    for (let round = 0; round < maxRounds; round++) {
      const before = node.value;
      repairOnce(file, node);
      if (node.value === before) break;
    }
  }
};

export const fixTypographyRule = defineRule({
  name: 'fix-typography',
  reports: {
    'fullwidth-punctuation': { stage: 'clean', severity: 'info', summary: 'half-width , : ; ? ! ( ) in Chinese text made full-width (GB/T 15834)' },
    'normalize-ellipsis': { stage: 'clean', severity: 'info', summary: 'ellipsis typed as „„, ... or 。。。 made ……' },
    'zero-in-numeral': { stage: 'clean', severity: 'info', summary: 'Latin 0 inside Chinese numerals made 〇: 二0三五' },
    'stray-space': { stage: 'clean', severity: 'info', summary: 'a space between Chinese characters in running text' },
    'title-space': { stage: 'clean', severity: 'info', summary: 'a space run inside a title made one ideographic space' },
    'curly-quotes': { stage: 'clean', severity: 'info', summary: 'straight double quotes paired around Chinese made “…”' },
  },
  phase: 'repair',
  after: ['encoding-damage'],
  examples: {
    ok: [{ input: '学习使人进步，实践出真知。' }, { input: 'Time is money, said he.' }],
    notOk: [
      {
        input: '学深悟透  抓紧抓实\n到二0三五年,我们要(基本)实现现代化...这是 目标。',
        output: '学深悟透　抓紧抓实\n到二〇三五年，我们要（基本）实现现代化……这是目标。',
      },
      {
        input: '学习"走群众路线"心得体会\n初级读者往往陷入"故事梗概+形容词"的窠臼。',
        output: '学习“走群众路线”心得体会\n初级读者往往陷入“故事梗概+形容词”的窠臼。',
      },
    ],
  },
  plugin: fixTypography,
});

export const repairSignsRule = defineRule({
  name: 'copyright-sign',
  reports: {
    'copyright-sign': { stage: 'clean', severity: 'info', summary: '`Copyright?` or `(c)` made ©' },
  },
  phase: 'repair',
  after: ['strip-template'],
  examples: {
    ok: [{ input: '版权所有，翻印必究。' }],
    notOk: [
      {
        input: '书的扉页印着 Copyright? 2020 字样，我们查了出处。\n后面还有正文，我们继续学习。',
        output: '书的扉页印着 © 2020 字样，我们查了出处。\n后面还有正文，我们继续学习。',
      },
    ],
  },
  plugin: repairSigns,
});
