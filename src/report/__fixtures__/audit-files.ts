/** A small clean report with every fate, a warning, errors (one with no line) and hostile text. */
import type { CleanJsonFile } from '../clean-json.js';

export const hostileTitle = 'Essays <b> & \u0007 "quoted"';

export const auditFiles: CleanJsonFile[] = [
  {
    path: 'sources/a<b>&.txt',
    encoding: 'utf-8',
    articles: [{ title: '標題 <i>&', subtitle: null, author: '作者', role: null, date: '2020-01-02', source: null, script: 'Hant', line: 2, blocks: [] }],
    lines: [
      { line: 1, fate: 'removed', rule: 'strip-chrome', text: '首頁 > 正文 <script>alert(1)</script>' },
      { line: 2, fate: 'changed', rule: 'fullwidth-punctuation', text: '同志們:', cleaned: '同志們：' },
      { line: 3, fate: 'content', rule: null, text: '控制\u0007字符\u202E反向 & 完' },
      { line: 4, fate: 'metadata', rule: 'lift-meta', text: '2020-01-02 来源:某网' },
    ],
    messages: [
      { line: 1, column: 1, severity: 'info', rule: 'strip-chrome', reason: 'Removed breadcrumb: `首頁 > 正文`' },
      { line: 2, column: 4, severity: 'info', rule: 'fullwidth-punctuation', reason: 'Changed `:` to `：`', actual: ':', expected: '：' },
      { line: 3, column: 3, severity: 'error', rule: 'encoding-damage', reason: 'Unexpected control character <BEL> & more' },
      { line: 3, column: 5, severity: 'warning', rule: 'ambiguous-conversion', reason: 'Unexpected `后`' },
      { line: 4, column: 1, severity: 'info', rule: 'lift-meta', reason: 'Lifted `2020-01-02 来源:某网` into metadata (date=2020-01-02)' },
    ],
  },
  {
    path: 'sources/b.txt',
    encoding: 'gb18030',
    articles: [],
    lines: [{ line: 1, fate: 'changed', rule: 'stray-space', text: '中 文,', cleaned: '中文，' }],
    messages: [
      { line: 1, column: 2, severity: 'info', rule: 'stray-space', reason: 'Changed ` ` to ``' },
      { line: 1, column: 4, severity: 'info', rule: 'fullwidth-punctuation', reason: 'Changed `,` to `，`' },
      { line: null, column: null, severity: 'error', rule: 'empty-source', reason: 'Unexpected empty source' },
      { line: 9, column: 1, severity: 'warning', rule: 'no-title', reason: 'Unexpected article without a title' },
    ],
  },
];
