/**
 * The package's schema.org accessibility metadata (EPUB Accessibility 1.1),
 * stated from what the writer actually put in the book: every claim here
 * follows from a fact the caller passes, never from a wish.
 */
import type { Element } from 'xast';
import type { Lang } from '../../book/types.js';
import { labels } from '../present/words.js';
import { x } from './xml.js';

export interface AccessibilityFacts {
  lang: Lang;
  /** A cover image with alternative text. */
  cover: boolean;
  /**
   * Page-break markers and a page list from a print edition, named here. The
   * package names it in `dc:source` (EPUB 3.2's way): epubcheck 4.2 (Debian's)
   * rejects EPUB Accessibility 1.1's `a11y:pageBreakSource` as undefined.
   */
  pageBreakSource: string | null;
}

/**
 * Conformance holds because of what the writer guarantees and CI checks (Ace
 * by DAISY with 0 violations, epubcheck clean): text only with languages
 * marked, headings in order, every `epub:type` with its DPUB-ARIA role, the
 * reading order the spine's, alternative text on the one image, no colour
 * carrying meaning, relative sizes, and page navigation when it claims it.
 */
export const conformance = 'EPUB Accessibility 1.1 - WCAG 2.1 Level AA';

export function accessibilityMetadata(facts: AccessibilityFacts): Element[] {
  const features = ['structuralNavigation', 'tableOfContents', 'readingOrder', 'displayTransformability'];
  if (facts.cover) features.push('alternativeText');
  if (facts.pageBreakSource) features.push('pageBreakMarkers', 'pageNavigation', 'printPageNumbers');
  const summary = labels[facts.lang].accessibilitySummary({ printPages: facts.pageBreakSource !== null, cover: facts.cover });
  return [
    x('meta', { property: 'schema:accessMode' }, 'textual'),
    ...(facts.cover ? [x('meta', { property: 'schema:accessMode' }, 'visual')] : []),
    x('meta', { property: 'schema:accessModeSufficient' }, 'textual'),
    ...features.sort().map((feature) => x('meta', { property: 'schema:accessibilityFeature' }, feature)),
    x('meta', { property: 'schema:accessibilityHazard' }, 'none'),
    x('meta', { property: 'schema:accessibilitySummary' }, summary),
    x('meta', { property: 'dcterms:conformsTo' }, conformance),
    x('meta', { property: 'a11y:certifiedBy' }, 'wenji'),
  ];
}
