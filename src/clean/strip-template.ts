/**
 * Residue of the page's markup and templates left in the text: `{{…}}`,
 * `<%…%>`, HTML tags whole or cut (`</p>`, `/p>`), and character entities
 * (`&nbsp;` becomes a space, `&amp;` an ampersand).
 */
import { editLine, type LineRoot, liveLines, removeLine } from './line-tree.js';
import type { CleanPlugin } from './plugin.js';
import { defineRule } from './rule.js';

const templateCode = /\{\{[^{}\n]{0,80}\}\}|\{%[^%\n]{0,80}%\}|<%[^%\n]{0,80}%>/g;
const htmlTag =
  /<\/?[a-z][a-z0-9]{0,10}\b(?:\s[^<>\n]{0,160})?\/?>|<\/?[a-z][a-z0-9]{0,10}\b[^<>\n]{0,160}$|(?<![A-Za-z<])\/(?:p|div|span|a|b|strong|em|font|li|td)>/gi;
const entities: Readonly<Record<string, string>> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ensp: ' ',
  emsp: ' ',
  mdash: '—',
  hellip: '…',
  ldquo: '“',
  rdquo: '”',
  middot: '·',
};
const entity = /&(nbsp|amp|lt|gt|quot|apos|ensp|emsp|mdash|hellip|ldquo|rdquo|middot);|&#(\d{2,6});|&#x([0-9a-f]{2,5});/gi;

/** What is left of a line of markup: bullets, spaces and marks, no words. */
const noWords = /^[\s•·●○◆◇■□▪*\-.,，。|]*$/;

export const stripTemplate: CleanPlugin = () => (tree: LineRoot, file) => {
  for (const node of liveLines(tree)) {
    const before = node.value;
    editLine(file, node, 'strip-template', templateCode, () => '');
    editLine(file, node, 'strip-template', htmlTag, () => '');
    editLine(file, node, 'strip-template', entity, (m) => {
      if (m[1]) return entities[m[1].toLowerCase()] ?? null;
      const code = Number.parseInt(m[2] ?? m[3]!, m[2] ? 10 : 16);
      return code >= 0x20 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : null;
    });
    if (node.value !== before && before.trim() !== '' && noWords.test(node.value))
      removeLine(file, node, 'strip-template', 'line of markup', { severity: 'info' });
  }
};

export const stripTemplateRule = defineRule({
  name: 'strip-template',
  reports: {
    'strip-template': {
      stage: 'clean',
      severity: 'info',
      summary: 'markup and template residue: `{{…}}`, `<%…%>`, HTML tags whole or cut (`/p>`), character entities',
    },
  },
  phase: 'repair',
  after: ['strip-toc'],
  examples: {
    ok: [{ input: '读书的意义在于思考，我们要边读边想。' }],
    notOk: [{ input: '《飞鸟集》/p>\n飞鸟的象征是自由。{{ad_slot}}我们要读懂它。', output: '《飞鸟集》\n飞鸟的象征是自由。我们要读懂它。' }],
  },
  plugin: stripTemplate,
});
