/**
 * The site introducing its own page above the text: `以下是小编为大家整理的…，
 * 供大家参考`, `…范文网为您提供…`. Found by the site's voice (a persona, the
 * reader addressed, talk of collecting and recommending), not by its words
 * alone: a line needs several cues and must sit above the body it introduces.
 */
import { strongBlurbCues } from './lexicon.js';
import { type LineRoot, removeLine } from './line-tree.js';
import { pageZones } from './page-zones.js';
import type { CleanPlugin } from './plugin.js';
import { defineRule } from './rule.js';

/** Distinct cues a line needs (a strong cue counts twice). */
const minimumScore = 4;
/** Without a cue of the site's persona or service, a line needs more. */
const unaidedScore = 6;
/** Blurbs introduce the text: they sit within this many lines of the top or of a part heading. */
const headWindow = 12;
/** A compilation's part heading (`…心得体会 篇1`, `【篇一】`), which a blurb may also precede. */
const partHeading = /(?<![（(【[\d])篇\s*[一二三四五六七八九十\d]{1,3}\s*$|^[【[]?篇[一二三四五六七八九十\d]+|^第[一二三四五六七八九十\d]{1,3}篇/;

export const stripBlurb: CleanPlugin = () => (tree: LineRoot, file) => {
  const { lines } = pageZones(tree);
  const firstPart = lines.findIndex((line) => partHeading.test(line.text) && line.features.length <= 40);
  // Blurbs introduce the text: above the first part heading of a compilation, else near the top.
  const limit = firstPart === -1 ? 0 : firstPart;
  lines.forEach((line, index) => {
    if (index >= Math.max(limit, headWindow)) return;
    const strong = strongBlurbCues.some((cue) => line.text.includes(cue));
    if (line.features.blurbScore < (strong ? minimumScore : unaidedScore) || line.features.han < 16) return;
    removeLine(file, line.node, 'strip-blurb', `site intro blurb (${line.features.blurbScore} cues)`, { severity: 'info' });
  });
};

export const stripBlurbRule = defineRule({
  name: 'strip-blurb',
  reports: {
    'strip-blurb': {
      stage: 'clean',
      severity: 'info',
      summary: 'the site introducing its page (`以下是小编为大家整理的…`), found by several cues of the site’s voice',
    },
  },
  phase: 'classify',
  after: ['strip-share-header'],
  examples: {
    ok: [{ input: '读书心得\n我希望大家都能多读书，这对我们的成长很有帮助。' }],
    notOk: [
      {
        input: '读书心得\n以下是小编为大家精心整理的读书心得，供大家参考，希望对您有所帮助。\n读书心得 篇1\n读书使人明智，我们要多读书、读好书。',
        output: '读书心得\n读书心得　篇1\n读书使人明智，我们要多读书、读好书。',
      },
    ],
  },
  plugin: stripBlurb,
});
