/**
 * Corrections kept as data beside each raw file (`<name>.fixes.yaml`): exact
 * text → replacement, with a reason. Applied before every other rule; a
 * correction whose text no longer occurs is an error, so fixes never rot.
 */
import type { Fix } from '../read/read-fixes.js';
import { escapeRegExp } from '../util/regexp.js';
import { editLine, type LineRoot, liveLines, report } from './line-tree.js';
import type { CleanPlugin } from './plugin.js';
import { defineRule } from './rule.js';

export interface ApplyFixesOptions {
  fixes: readonly Fix[];
  /** Path of the fixes file, for messages. */
  fixesFile: string;
}

export const applyFixes: CleanPlugin<ApplyFixesOptions> =
  ({ fixes, fixesFile }) =>
  (tree: LineRoot, file) => {
    fixes.forEach((fix, index) => {
      let applied = 0;
      for (const node of liveLines(tree)) {
        applied += editLine(file, node, 'apply-fix', new RegExp(escapeRegExp(fix.text), 'g'), () => fix.replace);
      }
      if (applied === 0) {
        const where = `correction #${index + 1} in ${fixesFile}`;
        // Said precisely when the text is there after all: across lines, or taken by an earlier correction.
        const inRaw = tree.children.find((node) => node.raw.includes(fix.text));
        const earlier = inRaw ? fixes.findIndex((other, j) => j < index && inRaw.raw.includes(other.text)) : -1;
        const reason = /[\r\n]/.test(fix.text)
          ? `Unexpected ${where} spanning ${fix.text.split(/\r\n|\r|\n/).length} lines (${fix.reason}), expected text within one line: corrections apply line by line, so write one per line`
          : inRaw && earlier >= 0
            ? `Unexpected ${where}: \`${fix.text}\` occurs, but correction #${earlier + 1} changed it first (${fix.reason}); merge the two corrections into one`
            : `Unexpected stale ${where}: \`${fix.text}\` does not occur (${fix.reason}); update or delete it`;
        const at = inRaw ?? tree.children[0];
        if (at) report(file, at, 'stale-fix', reason);
        else file.message(reason, { ruleId: 'stale-fix', source: 'wenji' }).fatal = true;
      }
    });
  };

export const applyFixesRule = defineRule<ApplyFixesOptions>({
  name: 'apply-fix',
  reports: {
    'apply-fix': { stage: 'fix', severity: 'info', summary: 'correction from the source’s `.fixes.yaml`' },
    'stale-fix': { stage: 'fix', severity: 'error', summary: 'a correction whose text no longer occurs in the source' },
  },
  phase: 'repair',
  after: [],
  examples: {
    ok: [{ input: '学习使人进步，实践出真知。' }],
    notOk: [
      {
        input: '學習使人進步，實踐出真?!。',
        fixes: [{ text: '真?!', replace: '真知', reason: 'bytes lost in decoding' }],
        output: '學習使人進步，實踐出真知。',
      },
    ],
  },
  plugin: applyFixes,
});
