/**
 * The cleaner, top to bottom. Two passes, because repetition is judged over
 * the whole book: pass one strips what each file shows on its own, pass two
 * strips lines repeated between files and repairs the text.
 */
import type { VFile } from 'vfile';
import { applyFixes, type Fix } from './apply-fixes.js';
import { detectDamage } from './detect-damage.js';
import { duplicateTitle } from './duplicate-title.js';
import { fixTypography } from './fix-typography.js';
import type { LineRoot } from './line-tree.js';
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

/** Pass one: everything a single file shows about itself. */
export function cleanFile(tree: LineRoot, file: VFile, fixes?: FileFixes): void {
  run(tree, file, [
    ...(fixes && fixes.fixes.length > 0 ? [applyFixes(fixes)] : []),
    repairMojibake(),
    stripToc(),
    normalizeSpace(),
    detectDamage(),
    stripPinyin(),
    stripTemplate(),
    stripJammer(),
    stripSeo(),
    stripNameDots(),
    stripRelated(),
    stripChrome(),
    stripShareHeader(),
    stripBlurb(),
    stripFooter(),
    duplicateTitle(),
    stripHead(),
    stripTitleDecoration(),
  ]);
}

/** Pass two: repetition across the book, then typographic repairs. */
export function finishFile(tree: LineRoot, file: VFile, repeated: RepeatedLines): void {
  run(tree, file, [stripRepeated({ repeated }), fixTypography()]);
}
