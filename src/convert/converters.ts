/**
 * The conversion engine: OpenCC's dictionaries (opencc-js) and chain
 * (normalisation, segmentation, conversion groups), with two changes:
 * segmentation is the most probable split over all dictionary and
 * frequency-list words (`segment.ts`) instead of the longest match from the
 * left, and the reviewed phrase dictionary (`reviewed-phrases.ts`) goes first.
 *
 * A full engine loads every entry of its dictionaries (~0.2–0.5 s cold), though
 * a book meets a few thousand of the ~100k phrases. `converterForTexts` runs
 * the chain over a book's texts stage by stage, each stage with only the
 * entries its input can match (`TextSample`), and gives the same results.
 */
import { ConverterBuilder, type DictGroup, type DictLike, type LocalePreset, Trie } from 'opencc-js/core';
import STPhrases from 'opencc-js/dict/STPhrases';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import * as preset from 'opencc-js/preset';
import type { Script } from '../book/types.js';
import { unifyCompatIdeographs } from '../util/compat-ideographs.js';
import { simplifiedView } from '../words/character-views.js';
import { forEachEntry } from '../words/dictionary-entries.js';
import { fullLexicon, type Lexicon, lexiconFor } from '../words/word-list.js';
import { withContext } from './lone-context.js';
import { reviewedDictionary, taiwanStandardDictionary } from './reviewed-phrases.js';
import { bestSplit, segmentText, splitScore, type Vocabulary } from './segment.js';
import { TextSample } from './text-sample.js';

/** Traditional variant of the Traditional edition: OpenCC's locales. */
export type Variant = 'twp' | 'tw' | 'hk' | 't';

export type Convert = (text: string) => string;

/** A converted text, and where the engine had no word to decide by. */
export interface Conversion {
  text: string;
  /** UTF-16 indices (in the input) of characters that stood alone in their segment. */
  alone: number[];
}

export type ConvertDetailed = (text: string) => Conversion;

/** One OpenCC configuration as opencc-js's preset spells it (`s2twp`, `tw2sp`…). */
interface Config {
  normalizationChain?: readonly DictGroup[];
  segmentation?: DictLike | DictGroup;
  conversionChain: readonly DictGroup[];
}

/** The preset's configuration for a conversion (opencc-js names them `s2twp`, `tw2sp`…). */
function configFor(to: Script, variant: Variant): Config {
  const name = to === 'Hant' ? `s2${variant}` : variant === 'twp' ? 'tw2sp' : `${variant}2s`;
  const config = (preset.configs as unknown as Record<string, Config | undefined>)[name];
  if (!config) throw new Error(`opencc-js has no configuration ${name}`);
  return config;
}

/** The preset's dictionaries are strings (its typings also allow arrays of pairs, which it does not use). */
function dictionaries(group: DictLike | DictGroup): string[] {
  if (Array.isArray(group) && group.every((dict): dict is string => typeof dict === 'string')) return group;
  if (typeof group === 'string') return [group];
  throw new TypeError('opencc-js preset dictionaries are expected as strings');
}

/** The chain with the reviewed phrases first in the group that converts between the scripts. */
interface Chain {
  to: Script;
  normalization: string[][];
  /** Dictionaries whose keys are words to segment by. */
  phrases: string[];
  /** The reviewed phrases (a dictionary string). */
  reviewed: string;
  /** OpenCC's phrases between the scripts (STPhrases or TSPhrases). */
  scriptPhrases: string;
  conversion: string[][];
}

function chainFor(to: Script, variant: Variant): Chain {
  const config = configFor(to, variant);
  const scriptPhrases = to === 'Hant' ? STPhrases : TSPhrases;
  const reviewed = reviewedDictionary(to, variant);
  const taiwan = to === 'Hant' ? taiwanStandardDictionary(variant) : '';
  const conversion = config.conversionChain.map((group, index) => {
    const dicts = dictionaries(group);
    if (dicts.includes(scriptPhrases)) return reviewed !== '' ? [reviewed, ...dicts] : dicts;
    // The Taiwan-standard forms go first in the regional group that follows the script group.
    return index === 1 && taiwan !== '' ? [taiwan, ...dicts] : dicts;
  });
  const segmentation = config.segmentation === undefined ? [scriptPhrases] : dictionaries(config.segmentation);
  return {
    to,
    normalization: (config.normalizationChain ?? []).map(dictionaries),
    phrases: reviewed === '' ? segmentation : [reviewed, ...segmentation],
    reviewed,
    scriptPhrases,
    conversion,
  };
}

/** The entries (`source target|…`) whose source may occur in the sample, in their order. */
function pruneDict(dict: string, sample: TextSample | null): string {
  if (!sample) return dict;
  const kept: string[] = [];
  forEachEntry(dict, (start, space, end) => {
    if (sample.mayContain(dict, start, space)) kept.push(dict.slice(start, end));
  });
  return kept.join('|');
}

const memos = new WeakMap<Chain, Map<string, unknown>>();
function memo<T>(chain: Chain, key: string, make: () => T): T {
  let table = memos.get(chain);
  if (!table) {
    table = new Map();
    memos.set(chain, table);
  }
  if (!table.has(key)) table.set(key, make());
  return table.get(key) as T;
}

function buildTrie(dicts: readonly string[]): Trie {
  const trie = new Trie();
  // opencc-js reads an empty dictionary string as a malformed entry: leave such out.
  trie.loadDictGroup(dicts.filter((dict) => dict !== ''));
  return trie;
}

function collectKeys(dicts: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const dict of dicts) forEachEntry(dict, (start, space) => keys.add(dict.slice(start, space)));
  return keys;
}

/**
 * Converts `texts` through the chain: normalisation, segmentation,
 * conversion groups. With `prune`, each stage loads only the entries its input
 * can match.
 */
function runChain(chain: Chain, from: Script, texts: readonly string[], prune: boolean, lexicon?: Lexicon): Conversion[] {
  const pruner = (current: readonly string[]) => {
    const sample = prune ? new TextSample(current) : null;
    return (dicts: readonly string[]) => dicts.map((dict) => pruneDict(dict, sample));
  };
  // Unpruned, the tries and key sets are the same for every call: built once per chain.
  const trieOf = prune
    ? buildTrie
    : (dicts: readonly string[]) =>
        memo(chain, `trie:${dicts.join('\u0000').length}:${dicts.length}:${dicts.map((d) => d.slice(0, 16)).join('|')}`, () => buildTrie(dicts));
  const keysOf = prune
    ? collectKeys
    : (dicts: readonly string[]) => memo(chain, `keys:${dicts.length}:${dicts.map((d) => d.slice(0, 16)).join('|')}`, () => collectKeys(dicts));
  // Compatibility ideographs first: dictionaries key the unified ones (復辟, not U+F966 辟).
  let current = texts.map(unifyCompatIdeographs);
  let pruned = pruner(current);
  for (const group of chain.normalization) {
    const trie = trieOf(pruned(group));
    const next = current.map((text) => trie.convert(text));
    if (next.some((text, i) => text !== current[i])) pruned = pruner(next);
    current = next;
  }
  const chars = current.map((text) => [...text]);
  const views = from === 'Hans' ? chars : chars.map(simplifiedView);
  const phraseKeys = keysOf(pruned(chain.phrases));
  const reviewedKeys = keysOf(pruned([chain.reviewed]));
  const vocabulary = {
    lexicon: lexicon ?? (prune ? lexiconFor(new TextSample(views.map((view) => view.join('')))) : fullLexicon()),
    isPhrase: (word: string) => phraseKeys.has(word),
    isReviewed: (word: string) => reviewedKeys.has(word),
  };
  const alone: number[][] = [];
  let segments = chars.map((text, t) => {
    const bounds = segmentText(text, views[t]!, vocabulary);
    const parts: string[] = [];
    const single: number[] = [];
    let offset = 0;
    for (let b = 1; b < bounds.length; b++) {
      const part = text.slice(bounds[b - 1]!, bounds[b]!).join('');
      if (bounds[b]! - bounds[b - 1]! === 1) single.push(offset);
      parts.push(part);
      offset += part.length;
    }
    alone.push(single);
    return parts;
  });
  // The group between the scripts converts word by word; the regional groups (variants, Taiwan or
  // Hong Kong vocabulary) match across words, as OpenCC's do across its unsegmented runs. A word is
  // split further only where the segmentation is still the text's own (the group between the
  // scripts comes first, as from Simplified).
  for (const [i, group] of chain.conversion.entries()) {
    if (i > 0) pruned = pruner(segments.map((parts) => parts.join('')));
    const trie = trieOf(pruned(group));
    segments = group.includes(chain.scriptPhrases)
      ? segments.map((parts) =>
          parts.map((part, p) => withContext(chain.to, parts, p, i === 0 ? convertWord(part, from, trie, vocabulary) : trie.convert(part), vocabulary)),
        )
      : segments.map((parts) => [trie.convert(parts.join(''))]);
  }
  return segments.map((parts, t) => ({ text: parts.join(''), alone: alone[t]! }));
}

/** How much more probable (as a factor) a word's own split must be than OpenCC's cut of it to replace it (互相冲突: ~10⁶, 相冲突: ~300; the temple 天后宫, split 天|后宫: ~40). */
const resplitMargin = Math.log(100);

/**
 * Converts one segment. A word of the frequency list that no conversion
 * dictionary lists (互相冲突) is converted by its own best split into words
 * of the list (互相|冲突) where OpenCC's longest match from the left cuts it
 * at least 100 times less probably (互|相冲|突); where the two are close (天后|宫 against
 * 天|后宫 in the temple name 天后宫) or the split needs a phrase the list
 * lacks (丁丁|当当), OpenCC's match stays.
 */
function convertWord(part: string, from: Script, trie: Trie, vocabulary: Vocabulary): string {
  const chars = [...part];
  if (chars.length < 3 || vocabulary.isPhrase(part) || vocabulary.isReviewed(part)) return trie.convert(part);
  const view = from === 'Hans' ? chars : simplifiedView(chars);
  const whole = view.join('');
  const inner: Vocabulary = {
    ...vocabulary,
    lexicon: { ...vocabulary.lexicon, count: (word) => (word === whole ? undefined : vocabulary.lexicon.count(word)) },
  };
  const { bounds, score } = bestSplit(chars, view, inner);
  const greedy = [0];
  for (const piece of trie.segment(part)) greedy.push(greedy.at(-1)! + [...piece].length);
  if (score - splitScore(chars, view, greedy, inner) < resplitMargin) return trie.convert(part);
  const pieces: string[] = [];
  for (let b = 1; b < bounds.length; b++) {
    const [start, end] = [bounds[b - 1]!, bounds[b]!];
    if (end - start > 1 && vocabulary.lexicon.count(view.slice(start, end).join('')) === undefined) return trie.convert(part);
    pieces.push(chars.slice(start, end).join(''));
  }
  return pieces.map((piece) => trie.convert(piece)).join('');
}

const chains = new Map<string, Chain>();
function chainOf(to: Script, variant: Variant): Chain {
  const key = `${to}>${variant}`;
  let chain = chains.get(key);
  if (!chain) {
    chain = chainFor(to, variant);
    chains.set(key, chain);
  }
  return chain;
}

const fullEngines = new Map<string, ConvertDetailed>();

/** The engine for any text, with the whole dictionaries (built once per process). */
export function detailedConverter(from: Script, to: Script, variant: Variant): ConvertDetailed {
  if (from === to) return (text) => ({ text, alone: [] });
  const key = `${from}>${to}>${variant}`;
  let convert = fullEngines.get(key);
  if (!convert) {
    const chain = chainOf(to, variant);
    const lexicon = fullLexicon();
    convert = (text) => runChain(chain, from, [text], false, lexicon)[0]!;
    fullEngines.set(key, convert);
  }
  return convert;
}

/** The converter for any text. */
export function converter(from: Script, to: Script, variant: Variant): Convert {
  const convert = detailedConverter(from, to, variant);
  return (text) => convert(text).text;
}

/**
 * The converter for `texts` (each string the book will pass to it): their
 * results are computed here at once, any other string goes to the full engine.
 */
export function converterForTexts(from: Script, to: Script, variant: Variant, texts: readonly string[]): ConvertDetailed {
  if (from === to) return (text) => ({ text, alone: [] });
  const unique = [...new Set(texts)];
  const results = runChain(chainOf(to, variant), from, unique, true);
  const byText = new Map(unique.map((text, i) => [text, results[i]!]));
  return (value) => byText.get(value) ?? detailedConverter(from, to, variant)(value);
}

const plainCache = new Map<string, Convert>();
const plainBuilder = ConverterBuilder(preset as unknown as LocalePreset);
/** Plain opencc-js with the same configuration, for comparison. */
export function plainOpencc(from: Script, to: Script, variant: Variant): Convert {
  if (from === to) return (text) => text;
  const key = `${from}>${to}>${variant}`;
  let convert = plainCache.get(key);
  if (!convert) {
    convert = plainBuilder(to === 'Hant' ? { from: 'cn', to: variant } : { from: variant, to: 'cn' });
    plainCache.set(key, convert);
  }
  return convert;
}
