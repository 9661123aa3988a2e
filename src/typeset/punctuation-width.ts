/**
 * Punctuation width adjustment (clreq `#punctuation_width_adjustment`). A
 * full-width mark is ink in one half of the em box and blank in the other. When
 * two marks meet (。」 ，「 ）（ 「『), the blank between them is removed until
 * the pair holds only ½ em of white: the pair is 1.5 em wide, not 2. Taiwan
 * style's stops are centred, so a pair with one keeps a little more (。」 is
 * 1.75 em). At `full` width every mark keeps its em, with no white to squeeze,
 * trim or shrink.
 */
import { punctuationBlank, type PunctuationStyle, type PunctuationWidth } from './char-classes.js';
import type { Cluster } from './types.js';

/** White space of a mark, in em, on each side of its ink. */
export interface SideBlank {
  lead: number;
  trail: number;
}

export interface PunctuationWidths {
  /** Blank still left in each cluster after squeezing (what justification may shrink and line ends may trim). */
  blank: SideBlank[];
  /** Blank removed from each cluster by squeezing. */
  trim: SideBlank[];
}

/** The ½ em of white a pair of adjacent marks keeps. */
export const PAIR_WHITE = 0.5;

export function squeezeAdjacentMarks(clusters: readonly Cluster[], style: PunctuationStyle, width: PunctuationWidth = 'adjusted'): PunctuationWidths {
  const blank = clusters.map((c): SideBlank => (width === 'adjusted' && c.kind === 'punct' ? punctuationBlank(c.text, style) : { lead: 0, trail: 0 }));
  const trim = clusters.map((): SideBlank => ({ lead: 0, trail: 0 }));
  for (let i = 0; i + 1 < clusters.length; i++) {
    const a = blank[i]!;
    const b = blank[i + 1]!;
    const hasBlank = (s: SideBlank) => s.lead + s.trail > 0;
    if (!hasBlank(a) || !hasBlank(b)) continue;
    let excess = a.lead + a.trail + b.lead + b.trail - PAIR_WHITE;
    // Only the white between the two inks may go: the outer sides keep the text's rhythm.
    const fromA = Math.min(excess, a.trail);
    a.trail -= fromA;
    trim[i]!.trail += fromA;
    excess -= fromA;
    const fromB = Math.min(Math.max(excess, 0), b.lead);
    b.lead -= fromB;
    trim[i + 1]!.lead += fromB;
  }
  return { blank, trim };
}
