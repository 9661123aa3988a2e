/**
 * Design decisions of the print edition that the theme does not (yet) carry.
 * Lengths in body em unless named otherwise; kept here so they are one place to change.
 */
export const DESIGN = {
  /** Drop before an article's title, in body lines. */
  articleHeadDrop: 2,
  /** Space between the article head (byline) and the text, in body lines. */
  articleHeadAfter: 2,
  /** Space between title and subtitle, and subtitle and byline, em. */
  headGap: 0.6,
  /** Title page: the book title's size as a multiple of the article title size. */
  titlePageScale: 1.5,
  /** Title page: where the title sits, as a fraction of the text height. */
  titlePageTitleAt: 0.28,
  /** Running head baseline above the text block, pt. */
  runningHeadRaise: 22,
  /** Folio baseline below the text block, pt. */
  folioDrop: 26,
  /** TOC: width reserved for the page number, em. */
  tocNumberWidth: 3,
  /** TOC: leader dot pitch and radius, pt. */
  leaderPitch: 4,
  leaderRadius: 0.45,
  /** Rule under the running head, pt (0 for none). */
  runningHeadRule: 0.3,
} as const;
