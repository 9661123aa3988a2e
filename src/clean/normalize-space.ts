/**
 * Odd spaces: tabs, NBSP and other Unicode spaces, runs of ideographic space,
 * trailing spaces, and indentation typed as spaces. Not NFKC: that would
 * rewrite CJK compatibility ideographs.
 */
import { editLine, type LineRoot, liveLines } from './line-tree.js';
import type { CleanPlugin } from './plugin.js';
import { defineRule } from './rule.js';

/** Unicode spaces other than U+0020 and U+3000, plus zero-width characters. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: zero-width joiners are listed one by one on purpose: each is removed alone, not as part of a sequence
const oddSpace = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f]+|[\u200b\u200c\u200d\u2060\ufeff]+/g;
/** A run of spaces holding an ideographic one is one ideographic space. */
const ideographicRun = /(?=[ \u3000]{2})[ \u3000]*\u3000[ \u3000]*/g;
const leading = /^[ \u3000]+/g;
/** `? ? ? ? 使用微信已經…`: indentation whose ideographic spaces a bad encoding made `?`, two or more set apart by spaces. */
const lostIndent = /^(?:\?[ \u3000]+){2,}(?=[^\s?])|^(?:\?[ \u3000]*)+$/g;
const trailing = /[ \u3000]+$/g;

export const normalizeSpace: CleanPlugin = () => (tree: LineRoot, file) => {
  for (const node of liveLines(tree)) {
    editLine(file, node, 'normalize-space', oddSpace, (m) => (/^[\u200b-\u200d\u2060\ufeff]/.test(m[0]) ? '' : ' '));
    editLine(file, node, 'normalize-space', ideographicRun, () => '\u3000');
    editLine(file, node, 'normalize-space', trailing, () => '');
    editLine(file, node, 'strip-indent', leading, () => '');
    editLine(file, node, 'strip-indent', lostIndent, () => '');
  }
};

export const normalizeSpaceRule = defineRule({
  name: 'normalize-space',
  reports: {
    'normalize-space': { stage: 'clean', severity: 'info', summary: 'tabs, NBSP and other odd spaces, ideographic space runs, trailing spaces' },
    'strip-indent': { stage: 'clean', severity: 'info', summary: 'indentation typed as spaces at a line’s start, or lost to `? ? ?` in a bad encoding' },
  },
  phase: 'repair',
  after: ['strip-seo'],
  examples: {
    ok: [{ input: '学习使人进步。' }],
    notOk: [
      { input: '    学习使人进步。  \n\u00a0实践出真知。', output: '学习使人进步。\n实践出真知。' },
      // Ideographic indentation lost to `?` in a bad encoding: the line of them goes, the run before the text too.
      {
        input: '微信情緣\n? ? ? ?\n? ? ? ? 使用微信已經兩年多了，朋友們都說我是個老用戶。',
        output: '微信情緣\n\n使用微信已經兩年多了，朋友們都說我是個老用戶。',
      },
    ],
  },
  plugin: normalizeSpace,
});
