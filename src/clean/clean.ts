/**
 * The cleaner, top to bottom. Two passes, because repetition is judged over
 * the whole book: pass one repairs the text and strips what each file shows
 * on its own, pass two strips lines repeated between files. Repairs come
 * first so that every rule reads a line as it will be printed, and cleaning
 * the cleaned text again changes nothing.
 */
import type { VFile } from 'vfile';
import { applyFixes, type Fix } from './apply-fixes.js';
import { detectDamage } from './detect-damage.js';
import { duplicateTitle } from './duplicate-title.js';
import { fixTypography, repairSigns } from './fix-typography.js';
import { liveLines, type LineRoot } from './line-tree.js';
import { normalizeSpace } from './normalize-space.js';
import { repairMojibake } from './repair-mojibake.js';
import type { CleanTransformer } from './plugin.js';
import { stripBlurb } from './strip-blurb.js';
import { stripChrome } from './strip-chrome.js';
import { stripHead } from './strip-head.js';
import { stripSeo } from './strip-seo.js';
import { stripTitleDecoration } from './strip-title-decoration.js';
import { stripShareHeader } from './strip-share-header.js';
import { stripTemplate } from './strip-template.js';
import { stripJammer } from './strip-jammer.js';
import { stripFooter } from './strip-footer.js';
import { stripNameDots } from './strip-name-dots.js';
import { stripPinyin } from './strip-pinyin.js';
import { stripRelated } from './strip-related.js';
import { stripRepeated, type RepeatedLines } from './repeated-lines.js';
import { stripToc } from './strip-toc.js';

export interface FileFixes {
  fixes: readonly Fix[];
  fixesFile: string;
}

function run(tree: LineRoot, file: VFile, transformers: CleanTransformer[]): void {
  for (const transform of transformers) transform(tree, file);
}

/** Rules that decide which lines are the page's and which the site's. */
const classifiers: CleanTransformer[] = [stripRelated(), stripChrome(), stripShareHeader(), stripBlurb(), stripFooter(), duplicateTitle(), stripHead()];
/** A removal can expose more chrome (a footer's anchor, a title's copy): rounds until nothing moves. */
const maxRounds = 3;

function liveCount(tree: LineRoot): number {
  return liveLines(tree).length;
}

/** Pass one: everything a single file shows about itself. */
export function cleanFile(tree: LineRoot, file: VFile, fixes?: FileFixes): void {
  run(tree, file, [
    ...(fixes && fixes.fixes.length > 0 ? [applyFixes(fixes)] : []),
    repairMojibake(),
    stripToc(),
    stripTemplate(),
    repairSigns(),
    stripPinyin(),
    stripNameDots(),
    stripJammer(),
    stripSeo(),
    normalizeSpace(),
    detectDamage(),
    fixTypography(),
  ]);
  for (let round = 0; round < maxRounds; round++) {
    const before = liveCount(tree);
    for (const node of tree.children) node.marks.delete('title');
    run(tree, file, classifiers);
    if (liveCount(tree) === before) break;
  }
  run(tree, file, [stripTitleDecoration()]);
}

/** Pass two: repetition across the book. */
export function finishFile(tree: LineRoot, file: VFile, repeated: RepeatedLines): void {
  run(tree, file, [stripRepeated({ repeated })]);
}
