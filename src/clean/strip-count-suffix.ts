/**
 * A listing's count or part suffix on a title or a part heading: `(精选6篇)`,
 * `【精彩多篇】`, `(篇四)`. Taken off before any rule reads the line, so that a
 * decorated title and its plain copy read alike, and cleaning the cleaned text
 * again finds nothing new.
 */
import { isParagraph, lineFeatures } from './line-features.js';
import { editLine, type LineRoot, liveLines } from './line-tree.js';
import type { CleanPlugin } from './plugin.js';
import { defineRule } from './rule.js';

const cnCount = '一二三四五六七八九十百两兩';
export const countSuffix = new RegExp(
  `[（(【\\[]\\s*(?:精选|精選|通用|精品|实用|實用|热门|熱門|推荐|推薦|优秀|優秀|精彩|最新|经典|經典|专业|專業|必备|必備|范文|範文|模板|汇总|彙總|大全)?\\s*(?:\\d+|[${cnCount}]+|多)\\s*篇\\s*[)）】\\]]` +
    `|[（(]\\s*篇\\s*[${cnCount}\\d]{1,3}\\s*[)）]` +
    // Bare, after the genre it counts: `《老师·好》观后感9篇`, `心得体会范文5篇`.
    `|(?<=(?:读后感|讀後感|观后感|觀後感|心得体会|心得體會|心得|体会|體會|感想|范文|範文|作文|演讲稿|演講稿)(?:\\d+字)?)\\s*(?:精选|精選)?\\s*(?:\\d{1,3}|[${cnCount}]{1,3})\\s*篇$`,
  'g',
);
/** Suffixes sit on headings: a line longer than this is text. */
const headingMax = 64;

export const stripCountSuffix: CleanPlugin = () => (tree: LineRoot, file) => {
  for (const node of liveLines(tree)) {
    const text = node.value.trim();
    if (!text) continue;
    const features = lineFeatures(text);
    if (isParagraph(features, text) || features.length > headingMax) continue;
    editLine(file, node, 'count-suffix', countSuffix, () => '');
  }
};

export const stripCountSuffixRule = defineRule({
  name: 'count-suffix',
  reports: {
    'count-suffix': {
      stage: 'clean',
      severity: 'info',
      summary: 'a listing’s count or part suffix on a title or part heading: `(精选6篇)`, `【精彩多篇】`, `(篇四)`',
    },
  },
  phase: 'repair',
  after: ['fix-typography'],
  examples: {
    ok: [
      { input: '银行党的群众路线学习心得（二）\n群众路线是党的根本路线，我们要认真学习。' },
      { input: '读书心得\n这学期我读了三篇\n每一篇都让我有新的收获，也让我想起了小时候的事情。' },
    ],
    notOk: [
      {
        input: '读后感【精选7篇】\n读后感【精选7篇】一\n飞鸟的象征是什么？是自由。我们要读懂它。',
        output: '读后感\n读后感一\n飞鸟的象征是什么？是自由。我们要读懂它。',
      },
      {
        input: '《老师·好》观后感9篇\n这部电影讲的是一位老师和他的学生们的故事，看完以后我久久不能平静。',
        output: '《老师·好》观后感\n这部电影讲的是一位老师和他的学生们的故事，看完以后我久久不能平静。',
      },
    ],
  },
  plugin: stripCountSuffix,
});
