/**
 * A document-sharing site's header above the text: file size, page count,
 * upload notice and its numbered disclaimers, the service's QQ number.
 */

import { shareCues } from './lexicon.js';
import { isParagraph } from './line-features.js';
import { type LineRoot, removeLine } from './line-tree.js';
import { pageZones } from './page-zones.js';
import type { CleanPlugin } from './plugin.js';
import { defineRule } from './rule.js';

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

export const stripShareHeaderRule = defineRule({
  name: 'strip-share-header',
  reports: {
    'strip-share-header': {
      stage: 'clean',
      severity: 'info',
      summary: 'a document-sharing site’s header: file size, page count, upload notice and disclaimers',
    },
  },
  phase: 'classify',
  after: ['strip-chrome'],
  examples: {
    ok: [{ input: '参观学习心得\n本次参观让我们受益匪浅，文档资料也很丰富。' }],
    notOk: [
      {
        input:
          '• 24.50 KB\n参观学习心得\n• 2页\n1. 本文档由用户上传，本站不保证质量，付费下载前请阅读全部内容。\n本次参观让我们受益匪浅，我们要把学到的用到工作中去。',
        output: '参观学习心得\n本次参观让我们受益匪浅，我们要把学到的用到工作中去。',
      },
    ],
  },
  plugin: stripShareHeader,
});
