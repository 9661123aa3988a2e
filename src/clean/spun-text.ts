/**
 * Spun text: a search-engine spinner splices pieces of one keyword line into
 * the sentences of a page (`时，何写那种萦绕心头的出打情绪`), and it deals the
 * pieces out in the same order again and again: 何写 … 出打 … 故事感 … 肤浅 …
 * 评论, then 何写 … 出打 … once more. The evidence is that cycle. A page's
 * own repeated words come back in no fixed order; five or more distinct
 * pieces that always follow one another, a few characters apart, inside
 * running text, are the spinner's. Where each piece starts and ends is then
 * read from word frequencies: the cut that leaves the likeliest text.
 */
import { splitWords, standsAlone, textCost } from '../words/split.js';
import { fullLexicon, type Lexicon } from '../words/word-list.js';

/** A repeated piece and where it occurs (UTF-16 offsets into the page text). */
export interface SplicedPiece {
  text: string;
  at: number[];
}

const shortestPiece = 2;
const longestPiece = 16;
/** More occurrences than this are a page's own vocabulary, not a spinner's deal. */
const mostOccurrences = 40;
/** How many of the longest chains are checked against every occurrence (natural text has many short ones). */
const triedChains = 20;
/** The spinner's cycle: at least this many distinct pieces in a fixed order. */
const shortestCycle = 5;
/** One piece follows the previous one within this many characters. */
const nextWithin = 80;

const hanChar = /\p{Script=Han}/u;
const isHan = (ch: string | undefined) => ch !== undefined && hanChar.test(ch);

/**
 * The spliced pieces of a page, or none. `text` is the page (its lines joined
 * by newlines); `lexicon` is read only when a cycle is found.
 */
export function findSplicedPieces(text: string, lexicon: () => Lexicon = fullLexicon): SplicedPiece[] {
  const repeats = maximalRepeats(text);
  if (repeats.size < shortestCycle) return [];
  const cycle = longestCycle(repeats);
  if (cycle.length < shortestCycle) return [];
  const pieces = cycle.map((piece) => ({ text: piece, at: repeats.get(piece)! }));
  // A passage the page repeats with small edits also comes back in order, but
  // with the same words between its pieces; a spinner's pieces stand in new text.
  if (gapLikeness(text, pieces) > 0.25) return [];
  // A menu printed twice is a cycle too, but its items stand between spaces
  // and bars; spliced pieces sit inside running text.
  const inside = pieces.flatMap((piece) => piece.at.map((at) => isHan(text[at - 1]) && isHan(text[at + piece.text.length])));
  if (inside.filter(Boolean).length * 2 < inside.length) return [];
  const words = lexicon();
  const trimmed = pieces.map((piece) => trimPiece(text, piece, words));
  // Pieces cut from a keyword line at random are seldom words; the page's own
  // repeats mostly are (or are words with a particle).
  const notWords = (list: readonly string[]) => list.filter((piece) => !isWordLike(piece, words)).length / Math.max(1, list.length);
  const others = [...repeats.keys()].filter((piece) => !cycle.includes(piece));
  if (notWords(trimmed.map((piece) => piece.text)) < Math.max(0.5, notWords(others) + 0.3)) return [];
  return trimmed;
}

/** Whether the likeliest split of `piece` has only words of two or more characters and characters that stand alone. */
function isWordLike(piece: string, lexicon: Lexicon): boolean {
  return splitWords(piece, lexicon).every((word) => word.length > 1 || standsAlone(word));
}

/**
 * Han strings of 2–16 characters that occur at least twice and cannot be
 * widened: their occurrences differ in the character before and in the one
 * after (else the wider string is the repeat).
 */
function maximalRepeats(text: string): Map<string, number[]> {
  const han = Uint8Array.from(text, (ch) => (isHan(ch) ? 1 : 0));
  const hanAt = (i: number) => i >= 0 && i < text.length && han[i] === 1;
  const found = new Map<string, number[]>();
  // Starts of strings of the previous length that occur twice or more: only they can grow into longer repeats.
  let repeated = Uint8Array.from(han);
  for (let length = shortestPiece; length <= longestPiece; length++) {
    const seen = new Map<string, number[]>();
    for (let start = 0; start + length <= text.length; start++) {
      if (repeated[start] !== 1 || !hanAt(start + length - 1)) continue;
      const piece = text.slice(start, start + length);
      const at = seen.get(piece);
      if (at) at.push(start);
      else seen.set(piece, [start]);
    }
    repeated = new Uint8Array(text.length);
    for (const [piece, at] of seen) {
      if (at.length < 2) continue;
      for (const p of at) repeated[p] = 1;
      if (at.length > mostOccurrences) continue;
      const first = at[0]!;
      const sameBefore = at.every((p) => hanAt(p - 1) && text[p - 1] === text[first - 1]);
      const sameAfter = at.every((p) => hanAt(p + length) && text[p + length] === text[first + length]);
      if (!sameBefore && !sameAfter) found.set(piece, at);
    }
    if (!repeated.includes(1)) break;
  }
  return found;
}

/** How alike the texts between consecutive pieces are from one turn of the cycle to the next (0 to 1: the same text, or the share of character pairs in common). */
function gapLikeness(text: string, pieces: readonly SplicedPiece[]): number {
  const order = pieces.flatMap((piece) => piece.at.map((at) => ({ at, end: at + piece.text.length }))).sort((x, y) => x.at - y.at);
  const k = pieces.length;
  const gaps = order.slice(0, -1).map((occurrence, i) => text.slice(occurrence.end, order[i + 1]!.at));
  let likeness = 0;
  let compared = 0;
  for (let i = 0; i + k < gaps.length; i++) {
    const earlier = gaps[i]!;
    const later = gaps[i + k]!;
    compared++;
    if (earlier === later) likeness++;
    else {
      const a = bigrams(earlier);
      const b = bigrams(later);
      let shared = 0;
      for (const pair of a) if (b.has(pair)) shared++;
      likeness += shared / Math.max(1, Math.min(a.size, b.size));
    }
  }
  return compared === 0 ? 0 : likeness / compared;
}

function bigrams(text: string): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) found.add(text.slice(i, i + 2));
  return found;
}

/**
 * Whether the pieces' occurrences, in text order, run through the pieces in
 * turn (p1 p2 … pk p1 p2 …) as one stream, each soon after the one before:
 * a page's own words that recur in order recur in a passage far away.
 */
function inTurn(cycle: readonly string[], repeats: Map<string, number[]>): boolean {
  const order = cycle.flatMap((piece, index) => repeats.get(piece)!.map((at) => ({ at, index }))).sort((x, y) => x.at - y.at);
  const first = order[0]?.index ?? 0;
  return order.every(({ at, index }, step) => index === (first + step) % cycle.length && (step === 0 || at - order[step - 1]!.at <= nextWithin));
}

/**
 * The longest run of distinct repeats dealt in turn. Each piece's first two
 * occurrences must each come soon after the previous piece's (a chain in two
 * dimensions, found by dynamic programming over the repeats in text order);
 * the best chains are then checked against every occurrence.
 */
function longestCycle(repeats: Map<string, number[]>): string[] {
  const pieces = [...repeats].map(([text, at]) => ({ text, first: at[0]!, second: at[1]! })).sort((a, b) => a.first - b.first || a.second - b.second);
  const n = pieces.length;
  const length = new Int32Array(n).fill(1);
  const previous = new Int32Array(n).fill(-1);
  const soonAfter = (earlier: number, size: number, later: number) => later >= earlier + size && later <= earlier + size + nextWithin;
  for (let j = 0; j < n; j++) {
    const b = pieces[j]!;
    for (let i = j - 1; i >= 0; i--) {
      const a = pieces[i]!;
      if (b.first - a.first > longestPiece + nextWithin) break;
      if (length[i]! + 1 > length[j]! && soonAfter(a.first, a.text.length, b.first) && soonAfter(a.second, a.text.length, b.second)) {
        length[j] = length[i]! + 1;
        previous[j] = i;
      }
    }
  }
  const ends = [...length.keys()].filter((j) => length[j]! >= shortestCycle).sort((x, y) => length[y]! - length[x]! || x - y);
  for (const end of ends.slice(0, triedChains)) {
    const chain: string[] = [];
    for (let at = end; at >= 0; at = previous[at]!) chain.unshift(pieces[at]!.text);
    // Distinct pieces only, and one stream over all their occurrences; else try a shorter tail.
    for (let from = 0; chain.length - from >= shortestCycle; from++) {
      const cycle = chain.slice(from);
      if (new Set(cycle).size === cycle.length && inTurn(cycle, repeats)) return cycle;
    }
  }
  return [];
}

/**
 * The part of a repeat that was spliced in: both copies of `的出打` keep the
 * page's own 的. Of every cut, the one whose removal leaves text around each
 * occurrence with the fewest characters stranded outside words, then the
 * likeliest such text, each removed character weighed at about the cost of a
 * character of text (so removing more is no free win).
 */
function trimPiece(text: string, piece: SplicedPiece, lexicon: Lexicon): SplicedPiece {
  const context = 8;
  const perCharacter = 6;
  const length = piece.text.length;
  let best = { stranded: Infinity, cost: Infinity, from: 0, to: length };
  for (let from = 0; from < length; from++) {
    for (let to = from + shortestPiece; to <= length; to++) {
      let stranded = 0;
      let cost = 0;
      for (const at of piece.at) {
        cost += (to - from) * perCharacter;
        const left = text.slice(Math.max(0, at - context), at + from);
        const right = text.slice(at + to, at + length + context);
        const words = splitWords(left + right, lexicon);
        stranded += words.filter((word) => word.length === 1 && !standsAlone(word)).length;
        cost += textCost(left + right, lexicon);
      }
      if (stranded < best.stranded || (stranded === best.stranded && cost < best.cost)) best = { stranded, cost, from, to };
    }
  }
  return { text: piece.text.slice(best.from, best.to), at: piece.at.map((at) => at + best.from) };
}
