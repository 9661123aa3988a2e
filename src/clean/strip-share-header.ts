/**
 * A document-sharing site's header above the text: file size, page count,
 * upload notice and its numbered disclaimers, the service's QQ number.
 */
import { removeLine, type LineRoot } from './line-tree.js';
import { shareCues } from './lexicon.js';
import { isParagraph } from './line-features.js';
import { pageZones } from './page-zones.js';
import type { CleanPlugin } from './plugin.js';

const bulletPrefix = /^(?:[\s•·●○◆■□▪*-]+|\d{1,2}[.、]\s*)*/;
const fileSize = /^\d+(\.\d+)?\s*[KMG]B$/i;
const pageCount = /^\d+\s*[页頁]$/;
const minimumCues = 2;

export const stripShareHeader: CleanPlugin = () => (tree: LineRoot, file) => {
  // From the top down to the first paragraph that is not itself a notice.
  for (const line of pageZones(tree).lines) {
    const text = line.text.replace(bulletPrefix, '');
    const cues = shareCues.filter((cue) => text.includes(cue)).length;
    if (fileSize.test(text) || pageCount.test(text)) removeLine(file, line.node, 'strip-share-header', 'document size or page count');
    else if (cues >= minimumCues || (line.features.hasPhone && line.features.han <= 12))
      removeLine(file, line.node, 'strip-share-header', 'document-share notice', { severity: 'info' });
    else if (isParagraph(line.features, line.text)) return;
  }
};
