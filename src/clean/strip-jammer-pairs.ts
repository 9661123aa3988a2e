/**
 * Anti-copy character pairs: some sites splice two random characters before
 * most commas and full stops (`談到了卡夫卡谁尸，還談到了…`). A page's own
 * clauses end in words; where most of a page's clauses end in two characters
 * that are no word and join none before them, the pairs are the site's. The
 * clauses are read through the Simplified character view (the word list's
 * script), so a Traditional page is judged as a Simplified one.
 */
import { simplifiedView } from '../words/character-views.js';
import { splitWords, standsAlone } from '../words/split.js';
import { fullLexicon, type Lexicon } from '../words/word-list.js';
import { editLine, type LineNode, type LineRoot, liveLines } from './line-tree.js';
import type { CleanPlugin } from './plugin.js';
import { defineRule } from './rule.js';

/** The Han run that ends a clause, before its mark. */
const clauseEnd = /(\p{Script=Han}{2,12})(?=[，。,.!?！？；;])/gu;
/** Fewer clauses than this say nothing about a page. */
const fewestClauses = 8;
const fewestPairs = 5;
/** Share of clauses ending in a pair: natural pages stay under 0.17 (105 pages and the seeds), the one jammed page is at 0.74. */
const pairShare = 0.4;
/** Before the word list is read: random pairs are characters the page uses nowhere else. */
const loneShare = 0.3;

interface ClauseEnd {
  node: LineNode;
  /** UTF-16 offset of the last two characters in the line. */
  at: number;
  pair: string;
  run: string[];
}

export const stripJammerPairs: CleanPlugin = () => (tree: LineRoot, file) => {
  const lines = liveLines(tree);
  const ends: ClauseEnd[] = [];
  const uses = new Map<string, number>();
  for (const node of lines) {
    for (const ch of node.value) uses.set(ch, (uses.get(ch) ?? 0) + 1);
    for (const match of node.value.matchAll(clauseEnd)) {
      const run = [...match[1]!];
      const pair = run.slice(-2).join('');
      ends.push({ node, at: match.index + match[1]!.length - pair.length, pair, run });
    }
  }
  if (ends.length < fewestClauses) return;
  const lone = ends.filter(({ run }) => run.slice(-2).every((ch) => uses.get(ch) === 1)).length;
  if (lone < ends.length * loneShare) return;
  const lexicon = fullLexicon();
  const jammed = ends.filter((end) => endsInPair(end.run, lexicon));
  if (jammed.length < fewestPairs || jammed.length < ends.length * pairShare) return;
  // Random pairs seldom repeat; a word the page ends clauses with again and again is its own.
  if (new Set(jammed.map((end) => end.pair)).size < jammed.length * 0.8) return;
  const cuts = new Map<LineNode, Set<number>>();
  for (const end of jammed) cuts.set(end.node, (cuts.get(end.node) ?? new Set()).add(end.at));
  for (const [node, at] of cuts) {
    editLine(file, node, 'strip-jammer-pairs', /\p{Script=Han}{2}(?=[，。,.!?！？；;])/gu, (match) => (at.has(match.index) ? '' : null), {
      severity: 'warning',
    });
  }
};

/** Whether a clause ends in two characters that neither form a word nor stand alone, after a clause that ends in words. */
function endsInPair(run: readonly string[], lexicon: Lexicon): boolean {
  const words = splitWords(simplifiedView(run).join(''), lexicon);
  const last = words.at(-1);
  const before = words.at(-2);
  if (last === undefined || before === undefined || last.length !== 1 || before.length !== 1) return false;
  return !standsAlone(last) && !standsAlone(before) && (words.length >= 3 || run.length === 2);
}

export const stripJammerPairsRule = defineRule({
  name: 'strip-jammer-pairs',
  reports: {
    'strip-jammer-pairs': {
      stage: 'clean',
      severity: 'warning',
      summary: 'anti-copy character pairs spliced before most of a page’s commas and full stops',
    },
  },
  phase: 'repair',
  after: ['strip-jammer'],
  examples: {
    ok: [
      {
        input:
          '週末的早晨，我常常帶著一本書走到公園，找一張長椅坐下來。陽光穿過樹葉，落在書頁上，風吹過來的時候，紙頁輕輕翻動。我讀得很慢，有時候讀完一段，就抬頭看看遠處的孩子，想一想書裡的人物。這樣的時光不需要很長，一個小時就足夠了，回家的路上，心裡總是安安靜靜的。',
      },
    ],
    notOk: [
      {
        input:
          '週末的早晨蝌琥，我常常帶著一本書走到公園瓤缨，找一張長椅坐下來砧鲶。陽光穿過樹葉檩萼，落在書頁上鳝瘴，風吹過來的時候蓖笆，紙頁輕輕翻動嗳髌。我讀得很慢碴橼，有時候讀完一段骷瞥，就抬頭看看遠處的孩子嶙镣，想一想書裡的人物蚌隘。這樣的時光不需要很長瘪鳍，一個小時就足夠了犁蚤，回家的路上榛饺，心裡總是安安靜靜的鹌藓。',
        output:
          '週末的早晨，我常常帶著一本書走到公園，找一張長椅坐下來。陽光穿過樹葉，落在書頁上，風吹過來的時候，紙頁輕輕翻動。我讀得很慢，有時候讀完一段，就抬頭看看遠處的孩子，想一想書裡的人物。這樣的時光不需要很長，一個小時就足夠了，回家的路上，心裡總是安安靜靜的。',
      },
    ],
  },
  plugin: stripJammerPairs,
});
