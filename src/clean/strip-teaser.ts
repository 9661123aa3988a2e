/**
 * A site's teaser between the title and the text (`推荐阅读：…`, `【导读】…`, a
 * summary) that only repeats the opening of the text below it: the text is
 * printed once, in its place.
 */
import { isParagraph } from './line-features.js';
import { type LineRoot, removeLine } from './line-tree.js';
import { pageZones } from './page-zones.js';
import type { CleanPlugin } from './plugin.js';
import { defineRule } from './rule.js';

/** A teaser this long is evidence; a shorter line may be a heading that the text happens to repeat. */
const teaserMinimum = 12;
/** How much of a teaser's opening must recur below. */
const teaserOpening = 24;
const label = /^(?:[^:：，。]{1,6}[:：]|[【[][^】\]]{1,6}[】\]])\s*/;

export const stripTeaser: CleanPlugin = () => (tree: LineRoot, file) => {
  const { lines, bodyStart } = pageZones(tree);
  const titleIndex = lines.findIndex((line) => line.node.marks.has('title'));
  if (titleIndex === -1) return;
  for (let i = titleIndex + 1; i <= bodyStart && i < lines.length; i++) {
    const teaser = lines[i]!;
    // A subtitle (`——学习…心得体会`) may recur in every article of a compilation: it is not a teaser.
    if (/^(——|—|--)/.test(teaser.text) || lines.slice(i + 1).some((later) => later.text === teaser.text)) continue;
    const text = teaser.text
      .replace(label, '')
      .replace(/[…。.]+$/, '')
      .replace(/\s+/g, '');
    if ([...text].length < teaserMinimum) continue;
    // The text below, run together: a teaser may copy a heading and the start of the paragraph under it.
    const below = lines
      .slice(i + 1)
      .map((later) => later.text.replace(/\s+/g, ''))
      .join('');
    const opening = [...text].slice(0, teaserOpening).join('');
    const repeats = below.length > text.length && below.includes(opening) && lines.slice(i + 1).some((later) => isParagraph(later.features, later.text));
    if (repeats) removeLine(file, teaser.node, 'strip-teaser', 'teaser repeating the text below it', { severity: 'info' });
  }
};

export const stripTeaserRule = defineRule({
  name: 'strip-teaser',
  reports: {
    'strip-teaser': {
      stage: 'clean',
      severity: 'info',
      summary: 'a teaser between the title and the text that repeats the opening of the text (`推荐阅读：…`, `【导读】…`)',
    },
  },
  phase: 'classify',
  after: ['strip-head'],
  examples: {
    ok: [{ input: '学习心得\n——学习十九届五中全会精神心得体会\n全会精神内涵丰富，我们要认真学习，学深悟透。' }],
    notOk: [
      {
        input:
          '群众路线心得\n推荐阅读：群众路线是我们党的生命线和根本工作路线。\n群众路线是我们党的生命线和根本工作路线。我们要深入学习，贯彻到工作的各个方面。',
        output: '群众路线心得\n群众路线是我们党的生命线和根本工作路线。我们要深入学习，贯彻到工作的各个方面。',
      },
    ],
  },
  plugin: stripTeaser,
});
