/**
 * A scraped page often prints its title twice: once as the page title (often
 * with the author's name glued on) and once as the article title. Keep the
 * second; lift the glued name as the author.
 */
import { type LineRoot, liftLine, liveLines, removeLine } from './line-tree.js';
import { sentencePunct } from './patterns.js';
import type { CleanPlugin } from './plugin.js';
import { defineRule } from './rule.js';

/** How far below the page title the article title may repeat it. */
const lookahead = 6;
const nameMaxLength = 8;

export const duplicateTitle: CleanPlugin = () => (tree: LineRoot, file) => {
  const lines = liveLines(tree).filter((node) => node.value.trim() !== '');
  const first = lines[0];
  if (!first) return;
  const page = first.value.trim();
  for (const node of lines.slice(1, 1 + lookahead)) {
    const title = node.value.trim();
    if (title.length < 4 || sentencePunct.test(title)) continue;
    if (title === page) {
      removeLine(file, first, 'duplicate-title', 'page title repeating the article title');
      return;
    }
    if (page.startsWith(title)) {
      const rest = page.slice(title.length).trim();
      if (rest && [...rest].length <= nameMaxLength && !sentencePunct.test(rest) && /^\s/.test(page.slice(title.length))) {
        liftLine(file, first, 'duplicate-title', { author: rest });
        return;
      }
    }
  }
};

export const duplicateTitleRule = defineRule({
  name: 'duplicate-title',
  reports: {
    'duplicate-title': { stage: 'clean', severity: 'info', summary: 'page title repeating the article title (with the author glued on)' },
  },
  phase: 'classify',
  after: ['strip-footer'],
  examples: {
    ok: [{ input: '踐行群眾路線\n群眾路線是黨的生命線，我們要堅持不懈。' }],
    notOk: [
      {
        input: '踐行群眾路線 永葆為民宗旨 楊潤智\n踐行群眾路線　永葆為民宗旨\n群眾路線是黨的生命線，我們要堅持不懈。',
        output: '踐行群眾路線　永葆為民宗旨\n群眾路線是黨的生命線，我們要堅持不懈。',
      },
    ],
  },
  plugin: duplicateTitle,
});
