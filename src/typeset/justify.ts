/**
 * Justification (clreq `#procedures_for_inter-character_spacing_reduction` and
 * `…expansion`). A line too wide is shrunk: leftover punctuation white and
 * CJK–Latin gaps give way in proportion. A line too narrow is expanded by the
 * same amount at every boundary between clusters — never inside a Latin word or
 * number, which is one cluster. The last line of a paragraph keeps its natural width.
 */
import type { ClusterMetrics } from './line-metrics.js';
import type { SideBlank } from './punctuation-width.js';

export interface SetLine {
  /** Left edge of each cluster's box, em from the line start. */
  x: number[];
  /** Set width of each cluster, em. */
  width: number[];
  /** White removed from the left of each box by shrinking (the glyph moves left by this). */
  leadCut: number[];
  /** Width of the set line, em. */
  setWidth: number;
  /** Space added at each boundary, em. */
  expansion: number;
  /** True when even full shrinking could not make the line fit. */
  overfull: boolean;
}

export function justifyLine(m: ClusterMetrics, blank: readonly SideBlank[], from: number, to: number, available: number, stretch: boolean): SetLine {
  const n = to - from;
  const width: number[] = [];
  const gap: number[] = [];
  const shrink: number[] = [];
  const gapShrink: number[] = [];
  for (let i = from; i < to; i++) {
    let w = m.width[i]!;
    let s = m.shrink[i]!;
    if (i === to - 1) {
      w -= m.endTrim[i]!;
      s = Math.max(0, s - m.endTrim[i]!);
    }
    if (i === from && n > 1) w -= m.startTrim[i]!;
    width.push(Math.max(0, w));
    shrink.push(s);
    gap.push(i === from ? 0 : m.gap[i]!);
    gapShrink.push(i === from ? 0 : m.gapShrink[i]!);
  }
  const natural = width.reduce((a, b) => a + b, 0) + gap.reduce((a, b) => a + b, 0);
  const leadCut = new Array<number>(n).fill(0);
  let expansion = 0;
  let overfull = false;
  if (natural > available) {
    const capacity = shrink.reduce((a, b) => a + b, 0) + gapShrink.reduce((a, b) => a + b, 0);
    const ratio = capacity > 0 ? Math.min(1, (natural - available) / capacity) : 0;
    overfull = natural - capacity * ratio > available + 1e-6;
    for (let k = 0; k < n; k++) {
      const cut = shrink[k]! * ratio;
      width[k] = width[k]! - cut;
      // An opening mark's white is on its left: cutting it moves the glyph left.
      leadCut[k] = Math.min(cut, blank[from + k]!.lead);
      gap[k] = gap[k]! - gapShrink[k]! * ratio;
    }
  } else if (stretch) {
    // Spaces trimmed away at either end take no share of the expansion.
    let first = 0;
    let last = n - 1;
    while (first < last && width[first] === 0) first++;
    while (last > first && width[last] === 0) last--;
    if (last > first) expansion = (available - natural) / (last - first);
    for (let k = first + 1; k <= last; k++) gap[k] = gap[k]! + expansion;
  }
  const x: number[] = [];
  let pen = 0;
  for (let k = 0; k < n; k++) {
    pen += gap[k]!;
    x.push(pen);
    pen += width[k]!;
  }
  return { x, width, leadCut, setWidth: pen, expansion, overfull };
}
