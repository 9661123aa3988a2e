/**
 * Rule `strip-emoji` (info): emoji in running text (`👉`, `🎒`, `✈️`, `👩‍⚕️`),
 * which scraped pages scatter as decoration and a book's text faces do not
 * have: each is taken out whole, with its skin tone, variation selector and
 * joined parts, and reported. Symbols that are also text (`♀`, `♥`, `✈`,
 * `©` without the emoji selector) stay: the faces have many of them, and a
 * missing one is named by the build.
 */
import { editLine, type LineRoot, liveLines } from './line-tree.js';
import type { CleanPlugin } from './plugin.js';
import { defineRule } from './rule.js';

/** A pictograph of the emoji planes, or a text symbol asked to look like one (U+FE0F). */
const emojiBase = '(?:[\\u{1F000}-\\u{1FAFF}][\\u{FE0F}\\u{1F3FB}-\\u{1F3FF}]?|\\p{Extended_Pictographic}\\u{FE0F})';
/** Joined sequences (`👩‍⚕️`) and keycaps go whole. */
const emoji = new RegExp(`${emojiBase}(?:\\u{200D}(?:${emojiBase}|\\p{Extended_Pictographic}))*\\u{20E3}?`, 'gu');

export const stripEmoji: CleanPlugin = () => (tree: LineRoot, file) => {
  for (const node of liveLines(tree)) editLine(file, node, 'strip-emoji', emoji, () => '');
};

export const stripEmojiRule = defineRule({
  name: 'strip-emoji',
  reports: {
    'strip-emoji': { stage: 'clean', severity: 'info', summary: 'an emoji in the text (👉, ✈️, 👩‍⚕️), which a book’s faces do not have' },
  },
  phase: 'repair',
  after: ['repair-compat-ideographs'],
  examples: {
    ok: [{ input: '版权所有 © 2020 某某网\n男女生比例♀♂各半，我♥读书。' }],
    notOk: [
      {
        input: '✈️海外实习心得\n👉这次实习让我学到了很多🎒，也认识了许多👩‍⚕️医生朋友。',
        output: '海外实习心得\n这次实习让我学到了很多，也认识了许多医生朋友。',
      },
    ],
  },
  plugin: stripEmoji,
});
