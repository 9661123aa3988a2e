/**
 * Punctuation width adjustment (clreq `#punctuation_width_adjustment`). A
 * full-width mark is ink in one half of the em box and blank in the other. When
 * two marks meet (。」 ，「 ）（ 「『), the blank between them is removed until
 * the pair holds only ½ em of white: the pair is 1.5 em wide, not 2. Taiwan
 * style's stops are centred, so a pair with one keeps a little more (。」 is
 * 1.75 em). At `full` width every mark keeps its em, with no white to squeeze,
 * trim or shrink.
 */
import { type PunctuationStyle, type PunctuationWidth, punctuationBlank } from './char-classes.js';
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

/**
 * The blank of a mark set `advance` em wide. The classes assume a full em; a
 * face with proportional marks (a Japanese face's “ ” are Latin-width) has
 * already taken that much blank out, so only what is left may be squeezed.
 */
function blankAt(char: string, style: PunctuationStyle, advance: number | undefined): SideBlank {
  const { lead, trail } = punctuationBlank(char, style);
  const lost = advance === undefined ? 0 : Math.max(0, 1 - advance);
  return lost === 0 ? { lead, trail } : { lead: Math.max(0, lead - lost), trail: Math.max(0, trail - lost) };
}

/** `advances`: each cluster's width in em as its face sets it (a full em when left out). */
export function squeezeAdjacentMarks(
  clusters: readonly Cluster[],
  style: PunctuationStyle,
  width: PunctuationWidth = 'adjusted',
  advances?: readonly number[],
): PunctuationWidths {
  const blank = clusters.map((c, i): SideBlank => (width === 'adjusted' && c.kind === 'punct' ? blankAt(c.text, style, advances?.[i]) : { lead: 0, trail: 0 }));
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
