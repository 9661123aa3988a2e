/**
 * Site chrome on a line of its own: breadcrumbs, navigation rows, buttons and
 * widgets, counters, jammer lines, the site crediting itself, and the page's
 * meta bar. A meta bar that carries a date, source or author is lifted into
 * the article's metadata instead of dropped. A line that reads as prose is
 * never chrome here.
 */
import { isBracketButton, isBreadcrumb, isClickLine, isCounter, isJammerLine, isNavRow } from './chrome-shapes.js';
import { isParagraph } from './line-features.js';
import { liftLine, removeLine, type LineRoot } from './line-tree.js';
import { readMetaBar } from './meta-bar.js';
import { pageZones } from './page-zones.js';
import { chromePhrases, sentencePunct, siteCredit } from './patterns.js';
import type { CleanPlugin } from './plugin.js';

const chromeLineMaxLength = 60;

function hasChromePhrase(text: string): boolean {
  return chromePhrases.some((phrase) => text.includes(phrase));
}

function withoutChrome(text: string): string {
  return chromePhrases.reduce((rest, phrase) => rest.split(phrase).join(' '), text);
}

export const stripChrome: CleanPlugin = () => (tree: LineRoot, file) => {
  const { lines, bodyStart } = pageZones(tree);
  lines.forEach(({ node, text, features }, index) => {
    // A meta bar sits above the text (or right under the title); a `日期：` line after prose is a signature.
    const inHead = index <= bodyStart;
    if (isBreadcrumb(text, features)) return removeLine(file, node, 'strip-chrome', 'breadcrumb');
    if (siteCredit.test(text)) return removeLine(file, node, 'strip-chrome', 'site credit', { severity: 'info' });
    const meta = readMetaBar(text, inHead);
    if (meta) {
      if (Object.keys(meta).length > 0) return liftLine(file, node, 'lift-meta', meta);
      return removeLine(file, node, 'strip-chrome', 'page meta bar');
    }
    if (isParagraph(features, text)) return;
    if (isCounter(text)) return removeLine(file, node, 'strip-chrome', 'counter');
    if (isJammerLine(text, features)) return removeLine(file, node, 'strip-chrome', 'site address or jammer line');
    if (isNavRow(text, features)) return removeLine(file, node, 'strip-chrome', 'navigation row');
    if (isClickLine(text, features) || isBracketButton(text, features)) return removeLine(file, node, 'strip-chrome', 'button or widget');
    if (hasChromePhrase(text) && features.length <= chromeLineMaxLength && !sentencePunct.test(withoutChrome(text))) {
      removeLine(file, node, 'strip-chrome', 'site navigation');
    }
  });
};
