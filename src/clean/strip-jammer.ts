/**
 * Anti-copy jammers and injected site marks inside kept lines: a site name with
 * its address (`小荷作文网 www.example.cn`), an address in brackets, the same
 * site name elsewhere on the page once its address has named it, a page
 * counter (`第1页共1页`), a truncation notice (`此处隐藏N个字`), a random run of
 * Latin letters and digits between Chinese characters, and a stray backtick.
 */

import { escapeRegExp } from '../util/regexp.js';
import { editLine, type LineRoot, liveLines } from './line-tree.js';
import { han } from './patterns.js';
import type { CleanPlugin } from './plugin.js';
import { defineRule } from './rule.js';

const domain = String.raw`(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|cn|tw|hk|cc|info|top|xyz|me|co)(?:/[\w./?=&%-]*)?`;
/** A short Han name right before an address, set off by a space: the site signing the text. */
const namedAddress = new RegExp(`(?<=^|[\\s，,。])([${han}]{2,8})\\s+(${domain})`, 'gi');
const bracketedAddress = new RegExp(`[(（]\\s*${domain}\\s*[)）]`, 'gi');
const pageCounter = /第\s*\d+\s*[页頁]\s*[,，]?\s*共\s*\d+\s*[页頁]/g;
/** A paywall or truncation notice spliced into the text: `……此处隐藏10304个字……`. */
const truncation =
  /\s*[….]*\s*(?:此处|此處)(?:隐藏|隱藏|省略)\s*\d+\s*(?:个|個)?字\s*[….]*|\s*[….]*\s*(?:剩余|剩餘|余下|餘下)\s*\d+\s*字(?:未显示|未顯示)?\s*[….]*/g;
const strayMark = new RegExp(`(?<=[${han}][,.;:!?，。、“”]?)\`+(?=[,.;:!?，。、“”]?[${han}])`, 'g');
/** A random run of Latin letters and digits spliced between Chinese characters: `学习aK3kd9Sx心得`. */
// A word inside it (four lowercase letters in a row, as in `iPhone12Pro`) means a name, not noise.
const asciiJammer = new RegExp(
  `(?<=[${han}，。、])(?![A-Za-z0-9]*[a-z]{4})(?=[A-Za-z0-9]*[a-z])(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*\\d)[A-Za-z0-9]{8,24}(?=[${han}，。、])`,
  'g',
);

export const stripJammer: CleanPlugin = () => (tree: LineRoot, file) => {
  const lines = liveLines(tree);
  // Site names the page itself ties to an address.
  const names = new Set<string>();
  for (const node of lines) for (const match of node.value.matchAll(namedAddress)) names.add(match[1]!);
  const learned = [...names].map(escapeRegExp).join('|');
  // The name again without its address, with a slogan after it: ` 稿子汇，范文学习文库`.
  const signedName = learned ? new RegExp(`\\s*(?:${learned})(?:[,，][${han}]{2,10})?(?=\\s|$)`, 'g') : null;
  for (const node of lines) {
    editLine(file, node, 'strip-jammer', pageCounter, () => '');
    editLine(file, node, 'strip-jammer', truncation, () => '');
    editLine(file, node, 'strip-jammer', strayMark, () => '');
    editLine(file, node, 'strip-jammer', asciiJammer, () => '');
    editLine(file, node, 'strip-jammer', namedAddress, () => '');
    editLine(file, node, 'strip-jammer', bracketedAddress, () => '');
    if (signedName && node.value.trim() !== '') {
      editLine(file, node, 'strip-jammer', signedName, (m) => (m.index === 0 && m[0].trim().length === node.value.trim().length ? null : ''));
    }
  }
};

export const stripJammerRule = defineRule({
  name: 'strip-jammer',
  reports: {
    'strip-jammer': {
      stage: 'clean',
      severity: 'info',
      summary: 'anti-copy jammers inside a line: a site name with its address, a bracketed address, a page counter, a stray backtick',
    },
  },
  phase: 'repair',
  after: ['strip-name-dots'],
  examples: {
    ok: [{ input: '请访问官方网站了解更多信息，网址见附件。' }, { input: '型号为ABC12345的设备运行良好，编号X1Y2Z3W4，他用iPhone12Pro手机拍照。' }],
    notOk: [
      {
        input: '小荷作文网 www.example.cn“校庆日”讲的是良子和正子的故事。\n这是一篇淚與笑交融的`作品。第1页共1页',
        output: '“校庆日”讲的是良子和正子的故事。\n这是一篇淚與笑交融的作品。',
      },
      { input: '学习心得\n我们要认真学习aK3kd9SxQ党的理论，这是一段正文……此处隐藏1024个字……', output: '学习心得\n我们要认真学习党的理论，这是一段正文' },
    ],
  },
  plugin: stripJammer,
});
