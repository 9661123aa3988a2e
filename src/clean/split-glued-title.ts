/**
 * A title glued to the paragraph it heads, split where it ends (the line stays
 * one raw line; the structure stage reads it as two):
 * `两学一做心得体会：学习教育谨防“看起来很美”气势恢宏的…` on a page that opens
 * with a paragraph, and a compilation's part heading anywhere,
 * `散文读后感1从古至今…`.
 */
import type { VFile } from 'vfile';
import { escapeRegExp } from '../util/regexp.js';
import { isParagraph } from './line-features.js';
import { editLine, type LineRoot, report } from './line-tree.js';
import { pageZones, type ZonedLine } from './page-zones.js';
import type { CleanPlugin } from './plugin.js';
import { defineRule } from './rule.js';

/** Words that name the kind of piece a title announces. */
const genreWords = /心得|体会|體會|感想|感悟|读后感|讀後感|观后感|觀後感|有感|启示|啟示|随笔|隨筆|评论|評論|时评|時評|札记|札記|笔记|筆記/;
const gluedTitleMax = 40;
const gluedTitleMin = 6;
/** `散文读后感1从古至今…`: a part heading (genre and number) run into its first sentence. */
const gluedPart =
  /^([^，。！？,!?：:\s]{2,30}?(?:读后感|讀後感|观后感|觀後感|心得体会|心得體會|心得|体会|體會))\s*(\d{1,2}|篇[一二三四五六七八九十\d]{1,3})(?=[\u3400-\u9fff“「])/;

/**
 * The length (UTF-16) of a title printed twice and glued at the head of the
 * line, `《海棠依旧》观后感《海棠依旧》观后感《海棠依旧》这部…` (a page's document
 * name run into its heading): the shortest prefix of six characters or more
 * (four of them different) that the line repeats at once, holding Han and no
 * sentence or clause mark.
 */
export function doubledTitleLength(text: string): number | null {
  for (let n = gluedTitleMin; n <= gluedTitleMax && 2 * n <= text.length; n++) {
    const prefix = text.slice(0, n);
    if (/[。！？；，,!?;]/.test(prefix)) return null;
    // A title has several characters of its own (哈哈哈哈哈哈 repeats, but is no title).
    if (text.startsWith(prefix, n) && /[\u3400-\u9fff]/.test(prefix) && new Set(prefix).size >= 4) return n;
  }
  return null;
}

/**
 * The title is a prefix that names its genre, ends with a closing quote or
 * book-title mark and holds no sentence or clause mark; the paragraph goes on
 * in Han right after it. A title printed twice keeps one copy.
 */
function splitTitle(file: VFile, line: ZonedLine): void {
  const doubled = doubledTitleLength(line.node.value);
  if (doubled !== null) {
    const title = line.node.value.slice(0, doubled);
    editLine(file, line.node, 'split-glued-title', new RegExp(`^${escapeRegExp(title)}${escapeRegExp(title)}`, 'g'), () => title);
    line.node.marks.add('title');
    if (line.node.value.length > doubled) {
      line.node.titleEnd = doubled;
      report(file, line.node, 'split-glued-title', `Split the title \`${title}\` from the paragraph glued to it`, { index: doubled });
    }
    return;
  }
  const text = line.node.value;
  const close = /[”」》』]/g;
  for (let match = close.exec(text); match && match.index < gluedTitleMax; match = close.exec(text)) {
    const end = match.index + 1;
    const prefix = text.slice(0, end);
    if (/[。！？；，,!?;]/.test(prefix) || !genreWords.test(prefix) || [...prefix].length < gluedTitleMin) continue;
    if (!/^[\u3400-\u9fff]/.test(text.slice(end))) continue;
    line.node.titleEnd = end;
    line.node.marks.add('title');
    report(file, line.node, 'split-glued-title', `Split the title \`${prefix}\` from the paragraph glued to it`, { index: end });
    return;
  }
}

function splitPart(file: VFile, line: ZonedLine): void {
  if (line.node.titleEnd !== undefined || !isParagraph(line.features, line.text)) return;
  const match = gluedPart.exec(line.node.value);
  if (!match) return;
  line.node.titleEnd = match[0].length;
  report(file, line.node, 'split-glued-title', `Split the part heading \`${match[0]}\` from the paragraph glued to it`, { index: match[0].length });
}

export const splitGluedTitle: CleanPlugin = () => (tree: LineRoot, file) => {
  const { lines, bodyStart } = pageZones(tree);
  const first = lines[0];
  // A page without a head: its first line may carry the title.
  if (first && bodyStart === 0 && first.node.titleEnd === undefined && !first.node.marks.has('title')) splitTitle(file, first);
  for (const line of lines) splitPart(file, line);
};

export const splitGluedTitleRule = defineRule({
  name: 'split-glued-title',
  reports: {
    'split-glued-title': { stage: 'clean', severity: 'info', summary: 'a title or a part heading glued to the paragraph it heads, split where it ends' },
  },
  phase: 'classify',
  after: ['strip-head'],
  examples: {
    ok: [{ input: '“不忘初心”是我们党的一句口号，也是我们每个人的座右铭。' }, { input: '哈哈哈哈哈哈哈哈哈哈哈哈，今天真开心，我们一起去了公园。' }],
    notOk: [
      {
        input: '两学一做心得体会：学习教育谨防“看起来很美”气势恢宏的手抄党章，制作精美的学习记录本，这些方式看起来很美。',
        output: '两学一做心得体会：学习教育谨防“看起来很美”\n气势恢宏的手抄党章，制作精美的学习记录本，这些方式看起来很美。',
      },
      {
        input: '《故乡》读后感《故乡》读后感《故乡》这篇小说写的是作者回乡的见闻，读来令人感慨。',
        output: '《故乡》读后感\n《故乡》这篇小说写的是作者回乡的见闻，读来令人感慨。',
      },
      {
        input: '散文读后感\n散文读后感1从古至今，先哲们告诉我们读书是一件多么美好的事，这是毋庸置疑的。',
        output: '散文读后感\n散文读后感1\n从古至今，先哲们告诉我们读书是一件多么美好的事，这是毋庸置疑的。',
      },
    ],
  },
  plugin: splitGluedTitle,
});
