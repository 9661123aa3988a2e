/**
 * Lays out one paragraph: clusters → widths → line breaks → justified lines.
 * Pure: the caller supplies a measuring function, so tests need no PDF library.
 */
import { breakOpportunities } from './break-opportunities.js';
import type { ProhibitionLevel, PunctuationStyle, PunctuationWidth } from './char-classes.js';
import { CJK_LATIN_MIN_RATIO, cjkLatinGap } from './cjk-latin-spacing.js';
import { justifyLine } from './justify.js';
import { breakLines, type Fill } from './line-break.js';
import { lineEndTrim, lineStartTrim } from './line-end-trim.js';
import { type ClusterMetrics, lineMeasurer } from './line-metrics.js';
import { avoidLonelyLastLine, contentChars, MIN_LAST_LINE_CHARS } from './lonely-last-line.js';
import { squeezeAdjacentMarks } from './punctuation-width.js';
import type { Cluster, FaceKey, MeasureText, Run } from './types.js';
import { splitOverlong, toClusters } from './unbreakable-units.js';

export type Align = 'justify' | 'start' | 'center' | 'end';

export interface ParagraphOptions {
  /** The measure, pt. */
  width: number;
  /** Font size, pt (1 em). */
  fontSize: number;
  /** Offset of the first line from the left of the measure, pt (2 em for body text). */
  firstLineIndent?: number;
  /** Offset of the other lines, pt (a hanging indent). */
  restIndent?: number;
  align?: Align;
  prohibition?: ProhibitionLevel;
  punctuation?: PunctuationStyle;
  /** Punctuation width adjustment (default: adjusted). */
  punctuationWidth?: PunctuationWidth;
  /** CJK–Latin gap, em. */
  cjkLatinSpace?: number;
  /** Fill lines as far as shrinking allows, to take the fewest lines (default: natural fill). */
  fill?: Fill;
  /** Offsets in the text where a phrase starts: with `fill: 'balanced'`, lines break there when they can. */
  phraseStarts?: ReadonlySet<number>;
  /** Rebreak so that the last line holds at least two characters (default: yes). */
  avoidLonelyLastLine?: boolean;
}

/** One cluster placed on a line. All lengths in pt, x from the left of the measure. */
export interface PlacedCluster {
  text: string;
  face: FaceKey;
  /** Offset in the paragraph text. */
  start: number;
  /** Left edge of the cluster's box as set. */
  x: number;
  /** Width of the box as set. */
  width: number;
  /** Where to put the glyphs' origin (left of the box minus white that was squeezed away). */
  drawX: number;
  /** Natural advance of the glyphs, as the font sets them. */
  advance: number;
}

export interface LaidLine {
  clusters: PlacedCluster[];
  text: string;
  /** Offset range in the paragraph text. */
  start: number;
  end: number;
  /** Left and right edge of the set line, pt from the left of the measure. */
  left: number;
  right: number;
  /** Last line of the paragraph (set at natural width). */
  last: boolean;
  /** Space added at each cluster boundary to justify, pt. */
  expansion: number;
  /** Could not be shrunk to fit (only with clusters wider than the measure). */
  overfull: boolean;
}

export interface ParagraphLayout {
  text: string;
  lines: LaidLine[];
  /** Breaks made against a prohibition because no allowed break existed. */
  forcedBreaks: number;
}

interface PreparedClusters {
  clusters: Cluster[];
  /** Break allowed before `i` only because cluster `i-1` was too long to keep whole. */
  emergency: Set<number>;
}

/**
 * A chain of clusters with no allowed break between them (an opening quote, a
 * long URL, a stop) must fit on one line. When it cannot, its Latin words and
 * dash runs are cut into pieces of at most half a line — an emergency, but
 * better than overflowing the measure or breaking a prohibition.
 */
function prepareClusters(runs: readonly Run[], text: string, measure: MeasureText, maxWidth: number, level: ProhibitionLevel): PreparedClusters {
  const whole = toClusters(runs);
  const allowed = breakOpportunities(whole, text, level);
  const tooWide = new Set<number>();
  for (let from = 0; from < whole.length; ) {
    let to = from + 1;
    let width = measure(whole[from]!.text, whole[from]!.face);
    while (to < whole.length && !allowed[to]) {
      width += measure(whole[to]!.text, whole[to]!.face) + 0.25;
      to++;
    }
    if (width > maxWidth) for (let i = from; i < to; i++) tooWide.add(i);
    from = to;
  }
  const clusters: Cluster[] = [];
  const emergency = new Set<number>();
  whole.forEach((cluster, i) => {
    const splittable = cluster.kind === 'latin' || cluster.kind === 'inseparable';
    if (!tooWide.has(i) || !splittable || measure(cluster.text, cluster.face) <= maxWidth / 2) {
      clusters.push(cluster);
      return;
    }
    splitOverlong(cluster, (piece) => measure(piece, cluster.face) <= maxWidth / 2).forEach((piece, k) => {
      if (k > 0) emergency.add(clusters.length);
      clusters.push(piece);
    });
  });
  return { clusters, emergency };
}

/** The box of a cluster: a dash or ellipsis pair is a 2-em unit with the glyphs centred in it. */
function boxOf(cluster: Cluster, advance: number): { box: number; inkOffset: number } {
  if (cluster.kind !== 'inseparable') return { box: advance, inkOffset: 0 };
  const box = Math.max(advance, Array.from(cluster.text).length);
  return { box, inkOffset: (box - advance) / 2 };
}

/** Demerits of a break inside a phrase: a balanced title takes one only to even out lines by more than a few em. */
const INSIDE_PHRASE = 100;

const insidePhrase = (clusters: readonly Cluster[], starts: ReadonlySet<number>) => (to: number) => (starts.has(clusters[to]!.start) ? 0 : INSIDE_PHRASE);

export function layoutParagraph(runs: readonly Run[], options: ParagraphOptions, measure: MeasureText): ParagraphLayout {
  const fs = options.fontSize;
  const align = options.align ?? 'justify';
  const style = options.punctuation ?? 'mainland';
  const level = options.prohibition ?? 'basic';
  const space = options.cjkLatinSpace ?? 0.25;
  const firstIndent = options.firstLineIndent ?? 0;
  const restIndent = options.restIndent ?? 0;
  const text = runs.map((r) => r.text).join('');
  const available = (line: number) => (options.width - (line === 0 ? firstIndent : restIndent)) / fs;
  const narrowest = (options.width - Math.max(firstIndent, restIndent)) / fs;

  const { clusters, emergency } = prepareClusters(runs, text, measure, narrowest, level);
  if (clusters.length === 0) return { text, lines: [], forcedBreaks: 0 };
  const advance = clusters.map((c) => measure(c.text, c.face));
  const boxes = clusters.map((c, i) => boxOf(c, advance[i]!));
  const { blank, trim } = squeezeAdjacentMarks(clusters, style, options.punctuationWidth ?? 'adjusted', advance);
  const allowed = breakOpportunities(clusters, text, level).map((ok, i) => ok || emergency.has(i));
  const gap = clusters.map((c, i) => (i === 0 ? 0 : cjkLatinGap(clusters[i - 1]!, c, space)));
  const width = clusters.map((_, i) => boxes[i]!.box - trim[i]!.lead - trim[i]!.trail);
  const metrics: ClusterMetrics = {
    width,
    gap,
    gapShrink: gap.map((g) => g * (1 - CJK_LATIN_MIN_RATIO)),
    shrink: blank.map((b) => b.lead + b.trail),
    endTrim: clusters.map((c, i) => lineEndTrim(c, blank[i]!, width[i]!)),
    startTrim: clusters.map((c, i) => lineStartTrim(c, width[i]!)),
    allowed,
  };
  const lm = lineMeasurer(metrics);
  const wantsEvenEnd = options.avoidLonelyLastLine ?? true;
  const broken = breakLines(lm, allowed, (first) => available(first ? 0 : 1), {
    fill: options.fill ?? 'natural',
    ...(wantsEvenEnd ? { lonelyLastLine: (from: number) => contentChars(clusters, from, clusters.length) < MIN_LAST_LINE_CHARS } : {}),
    ...(options.phraseStarts ? { breakPenalty: insidePhrase(clusters, options.phraseStarts) } : {}),
  });
  const ends = wantsEvenEnd ? avoidLonelyLastLine(clusters, lm, allowed, broken.ends, available) : broken.ends;

  const lines: LaidLine[] = [];
  let from = 0;
  ends.forEach((to, lineIndex) => {
    const last = to === clusters.length;
    const avail = available(lineIndex);
    const set = justifyLine(metrics, blank, from, to, avail, align === 'justify' && !last);
    const indent = lineIndex === 0 ? firstIndent : restIndent;
    const slack = (avail - set.setWidth) * fs;
    const shift = align === 'center' ? slack / 2 : align === 'end' ? slack : 0;
    const origin = indent + Math.max(0, shift);
    const placed: PlacedCluster[] = [];
    for (let i = from; i < to; i++) {
      const k = i - from;
      const c = clusters[i]!;
      const x = origin + set.x[k]! * fs;
      const inkShift = boxes[i]!.inkOffset - trim[i]!.lead - set.leadCut[k]!;
      placed.push({ text: c.text, face: c.face, start: c.start, x, width: set.width[k]! * fs, drawX: x + inkShift * fs, advance: advance[i]! * fs });
    }
    const lineText = placed.map((p) => p.text).join('');
    const start = clusters[from]!.start;
    lines.push({
      clusters: placed,
      text: lineText,
      start,
      end: start + lineText.length,
      left: origin,
      right: origin + set.setWidth * fs,
      last,
      expansion: set.expansion * fs,
      overfull: set.overfull,
    });
    from = to;
  });
  return { text, lines, forcedBreaks: broken.forced };
}
