/**
 * Design decisions of the print edition that the theme does not (yet) carry.
 * Lengths in body em unless named otherwise, never fixed points where they must
 * follow the page size; kept here so they are one place to change.
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
  titlePageTitleAt: 0.2,
  /** Title page: space between the subtitle and the editor line, in title-page title sizes. */
  titlePageEditorGap: 2.5,
  /** Imprint: its text size as a multiple of the body size, its label column in its em. */
  imprintScale: 0.82,
  imprintLabelWidth: 5,
  /** Imprint: rule above the rows, pt. */
  imprintRule: 0.4,
  /** Back cover: where the description starts, as a fraction of the text height. */
  backCoverTextAt: 0.3,
  /** Running head baseline above the text block, as a fraction of the top margin (22 pt of A5's 56). */
  runningHeadRaise: 22 / 56,
  /** Folio baseline below the text block, as a fraction of the bottom margin (26 pt of A5's 56). */
  folioDrop: 26 / 56,
  /** TOC: width reserved for the page number, em. */
  tocNumberWidth: 3,
  /** TOC: leader dots every this many em, on a grid from the text block's left edge. */
  leaderPitch: 1 / 3,
  /** TOC: white between a title's end and the first dot, em. */
  leaderGap: 1,
  /** TOC: white between the last dot and the widest page number, em. */
  leaderEndGap: 0.5,
  /** Rule under the running head, pt (0 for none). */
  runningHeadRule: 0.3,
} as const;
