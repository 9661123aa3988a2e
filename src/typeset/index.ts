/** Chinese line layout: pure rules shared by the PDF writer (and mirrored by the EPUB stylesheet). */

export { breakObeysProhibitions, breakOpportunities } from './break-opportunities.js';
export * from './char-classes.js';
export { cjkLatinGap } from './cjk-latin-spacing.js';
export { justifyLine, type SetLine } from './justify.js';
export { type Align, type LaidLine, layoutParagraph, type ParagraphLayout, type ParagraphOptions, type PlacedCluster } from './layout-paragraph.js';
export { breakLines, type LineBreaks } from './line-break.js';
export { lineEndTrim, lineStartTrim } from './line-end-trim.js';
export { type ClusterMetrics, type LineMeasurer, lineMeasurer } from './line-metrics.js';
export { avoidLonelyLastLine, contentChars, MIN_LAST_LINE_CHARS } from './lonely-last-line.js';
export { cachedMeasure } from './measure-cache.js';
export { PAIR_WHITE, type PunctuationWidths, type SideBlank, squeezeAdjacentMarks } from './punctuation-width.js';
export type { Cluster, ClusterKind, FaceKey, MeasureText, Run } from './types.js';
export { splitOverlong, toClusters } from './unbreakable-units.js';
