/**
 * Where the phrases of a title start, so that a title set on several lines
 * breaks between words (生活品质靠“全心全意 / 为人民服务”来改善), not inside
 * one. Words come from the segmentation conversion uses: the most probable
 * split by jieba's word frequencies, read through each character's Simplified
 * form. The frequency list is read only when some title needs more than one
 * line, and pruned to the words the book's titles can hold.
 */

import { segmentText } from '../../convert/segment.js';
import { TextSample } from '../../convert/text-sample.js';
import { simplifiedView } from '../../words/character-views.js';
import { type Lexicon, lexiconFor } from '../../words/word-list.js';

/** Offsets (UTF-16) in a title where a word starts, 0 and the end excluded. */
export type PhraseStarts = (title: string) => ReadonlySet<number>;

/** Phrase starts for titles out of `titles` (the book's, all known before any is set). */
export function titlePhrases(titles: readonly string[]): PhraseStarts {
  let lexicon: Lexicon | undefined;
  return (title) => {
    lexicon ??= lexiconFor(new TextSample(titles.map((t) => simplifiedView(Array.from(t)).join(''))));
    const chars = Array.from(title);
    const bounds = segmentText(chars, simplifiedView(chars), { lexicon, isPhrase: () => false, isReviewed: () => false });
    const offsets = new Set<number>();
    let offset = 0;
    let at = 0;
    for (const bound of bounds.slice(1, -1)) {
      while (at < bound) offset += chars[at++]!.length;
      offsets.add(offset);
    }
    return offsets;
  };
}
