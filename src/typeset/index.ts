/** Chinese line layout: pure rules shared by the PDF writer (and mirrored by the EPUB stylesheet). */
export * from './char-classes.js';
export { breakOpportunities, breakObeysProhibitions } from './break-opportunities.js';
export { cjkLatinGap } from './cjk-latin-spacing.js';
export { justifyLine, type SetLine } from './justify.js';
export { breakLines, type LineBreaks } from './line-break.js';
export { lineEndTrim, lineStartTrim } from './line-end-trim.js';
export { lineMeasurer, type ClusterMetrics, type LineMeasurer } from './line-metrics.js';
export { avoidLonelyLastLine, contentChars, MIN_LAST_LINE_CHARS } from './lonely-last-line.js';
export { cachedMeasure } from './measure-cache.js';
export { squeezeAdjacentMarks, PAIR_WHITE, type SideBlank, type PunctuationWidths } from './punctuation-width.js';
export { splitOverlong, toClusters } from './unbreakable-units.js';
export { layoutParagraph, type Align, type LaidLine, type ParagraphLayout, type ParagraphOptions, type PlacedCluster } from './layout-paragraph.js';
export type { Cluster, ClusterKind, FaceKey, MeasureText, Run } from './types.js';
