/**
 * The rule registry: every rule id the cleaner and structure detector report
 * under, with its stage, default severity and a one-line description. The
 * README's rule table is generated from this list.
 */
export type RuleStage = 'read' | 'fix' | 'clean' | 'structure' | 'convert' | 'render';

export interface RuleInfo {
  stage: RuleStage;
  severity: 'info' | 'warning' | 'error';
  summary: string;
}

export const rules = {
  'decode': { stage: 'read', severity: 'info', summary: 'decode the file (UTF-8, UTF-16, GB18030/GBK, Big5)' },
  'empty-source': { stage: 'read', severity: 'error', summary: 'a source with no text left to print' },
  'apply-fix': { stage: 'fix', severity: 'info', summary: 'correction from the source’s `.fixes.yaml`' },
  'stale-fix': { stage: 'fix', severity: 'error', summary: 'a correction whose text no longer occurs in the source' },
  'strip-toc': { stage: 'clean', severity: 'info', summary: 'a document’s own table of contents (entries with page numbers)' },
  'normalize-space': { stage: 'clean', severity: 'info', summary: 'tabs, NBSP and other odd spaces, ideographic space runs, trailing spaces' },
  'strip-indent': { stage: 'clean', severity: 'info', summary: 'indentation typed as spaces at a line’s start' },
  'repair-mojibake': { stage: 'fix', severity: 'info', summary: 'a run decoded with the wrong codec (UTF-8 read as GBK, Big5 or Latin-1; GBK or Big5 read as UTF-8, Latin-1 or each other) read again with the right one, when nothing was lost' },
  'encoding-damage': { stage: 'clean', severity: 'error', summary: 'unrepairable damage: private-use or replacement characters, `?!` runs, runs a misreading with lost bytes explains, an unedited `wenji fix` placeholder' },
  'strip-chrome': { stage: 'clean', severity: 'info', summary: 'site chrome: breadcrumbs, mobile-site links, tool bars, the site crediting itself' },
  'lift-meta': { stage: 'clean', severity: 'info', summary: 'page meta bar (date, source, author) lifted into the article’s metadata' },
  'strip-footer': { stage: 'clean', severity: 'info', summary: 'page footer: link rows, copyright, ICP numbers, credits, visitor counters' },
  'strip-share-header': { stage: 'clean', severity: 'info', summary: 'a document-sharing site’s header: file size, page count, upload notice and disclaimers' },
  'strip-blurb': { stage: 'clean', severity: 'info', summary: 'the site introducing its page (`以下是小编为大家整理的…`), found by several cues of the site’s voice' },
  'strip-head': { stage: 'clean', severity: 'info', summary: 'above the title: site name, column name, one-item-per-line menu, headline list, earlier copies of the title' },
  'strip-related': { stage: 'clean', severity: 'info', summary: 'related-article block with its list' },
  'strip-repeated': { stage: 'clean', severity: 'info', summary: 'a line repeated between articles or documents (a disclaimer)' },
  'duplicate-title': { stage: 'clean', severity: 'info', summary: 'page title repeating the article title (with the author glued on)' },
  'strip-template': { stage: 'clean', severity: 'info', summary: 'markup and template residue: `{{…}}`, `<%…%>`, HTML tags whole or cut (`/p>`), character entities' },
  'strip-jammer': { stage: 'clean', severity: 'info', summary: 'anti-copy jammers inside a line: a site name with its address, a bracketed address, a page counter, a stray backtick' },
  'strip-seo': { stage: 'clean', severity: 'info', summary: 'commercial words injected for search engines (a gambling brand’s login entry, a ghost-writing advert)' },
  'title-decoration': { stage: 'clean', severity: 'info', summary: 'what a site adds to a title: tags, labels, count suffixes, word counts, site-name tails; an author or date glued to it is lifted' },
  'strip-pinyin': { stage: 'clean', severity: 'info', summary: 'pinyin left by a converter after a character: 企業(yè)' },
  'strip-name-dots': { stage: 'clean', severity: 'info', summary: 'a dot inserted between Chinese characters: 習.近平' },
  'fullwidth-punctuation': { stage: 'clean', severity: 'info', summary: 'half-width , : ; ? ! ( ) in Chinese text made full-width (GB/T 15834)' },
  'normalize-ellipsis': { stage: 'clean', severity: 'info', summary: 'ellipsis typed as „„, ... or 。。。 made ……' },
  'copyright-sign': { stage: 'clean', severity: 'info', summary: '`Copyright?` or `(c)` made ©' },
  'zero-in-numeral': { stage: 'clean', severity: 'info', summary: 'Latin 0 inside Chinese numerals made 〇: 二0三五' },
  'stray-space': { stage: 'clean', severity: 'info', summary: 'a space between Chinese characters in running text' },
  'title-space': { stage: 'clean', severity: 'info', summary: 'a space run inside a title made one ideographic space' },
  'article-split': { stage: 'structure', severity: 'info', summary: 'a compilation split into articles' },
  'toc-mismatch': { stage: 'structure', severity: 'warning', summary: 'the document’s own table of contents disagrees with the titles found' },
  'no-title': { stage: 'structure', severity: 'warning', summary: 'an article without a recognisable title' },
  'ambiguous-conversion': { stage: 'convert', severity: 'warning', summary: 'a character with several targets in the other script that no phrase decides' },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof rules;

export function describeRule(id: RuleId): RuleInfo {
  return rules[id];
}

/** The rule table for the README, as Markdown. */
export function ruleTableMarkdown(): string {
  const rows = Object.entries(rules).map(([id, info]) => `| \`${id}\` | ${info.stage} | ${info.severity} | ${info.summary} |`);
  return ['| rule | stage | severity | what it does |', '|---|---|---|---|', ...rows].join('\n');
}
