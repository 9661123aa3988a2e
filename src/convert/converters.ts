/**
 * OpenCC converters. A full converter loads every entry of its dictionaries
 * into opencc-js's tries (~0.2–0.5 s cold, and much garbage), though a book
 * meets a few thousand of the ~100k phrases. `converterForTexts` runs OpenCC's
 * chain (normalisation, segmentation, conversion groups) over a book's texts
 * stage by stage, each stage with only the entries its input can match
 * (`TextSample`), and gives the same results.
 */
import { ConverterBuilder, Trie, type DictGroup, type DictLike, type LocalePreset } from 'opencc-js/core';
import * as preset from 'opencc-js/preset';
import type { Script } from '../book/types.js';
import { forEachEntry } from './dictionary-entries.js';
import { TextSample } from './text-sample.js';

/** Traditional variant of the Traditional edition: OpenCC's locales. */
export type Variant = 'twp' | 'tw' | 'hk' | 't';

export type Convert = (text: string) => string;

/** One OpenCC configuration as opencc-js's preset spells it (`s2twp`, `tw2sp`…). */
interface Config {
  normalizationChain?: readonly DictGroup[];
  segmentation?: DictLike | DictGroup;
  conversionChain: readonly DictGroup[];
}

const full = ConverterBuilder(preset as unknown as LocalePreset);
const cache = new Map<string, Convert>();

function localeOptions(from: Script, to: Script, variant: Variant): { from: string; to: string } {
  return to === 'Hant' ? { from: 'cn', to: variant } : { from: variant, to: 'cn' };
}

/** The converter for any text, built once per process. */
export function converter(from: Script, to: Script, variant: Variant): Convert {
  if (from === to) return (text) => text;
  const key = `${from}>${to}>${variant}`;
  let convert = cache.get(key);
  if (!convert) cache.set(key, (convert = full(localeOptions(from, to, variant))));
  return convert;
}

/** The preset's configuration for a conversion (opencc-js names them `s2twp`, `tw2sp`…). */
function configFor(to: Script, variant: Variant): Config {
  const name = to === 'Hant' ? `s2${variant}` : variant === 'twp' ? 'tw2sp' : `${variant}2s`;
  const config = (preset.configs as unknown as Record<string, Config | undefined>)[name];
  if (!config) throw new Error(`opencc-js has no configuration ${name}`);
  return config;
}

/**
 * The converter for `texts` (each string the book will pass to it): their
 * results are computed here at once, any other string goes to `converter`.
 */
export function converterForTexts(from: Script, to: Script, variant: Variant, texts: readonly string[]): Convert {
  if (from === to) return (value) => value;
  const config = configFor(to, variant);
  const unique = [...new Set(texts)];
  // A stage that changed nothing leaves the sample as it was; segments hold no pair their text lacks.
  const pruner = (sample: TextSample) => {
    const pruned = new Map<string, string>();
    return (dict: string) => pruned.get(dict) ?? pruned.set(dict, pruneDict(dict, sample)).get(dict)!;
  };
  let current = unique;
  let prune = pruner(new TextSample(current));
  for (const group of config.normalizationChain ?? []) {
    const trie = trieFor(group, prune);
    const next = current.map((text) => trie.convert(text));
    if (next.some((text, i) => text !== current[i])) prune = pruner(new TextSample(next));
    current = next;
  }
  let segments: string[][];
  if (config.segmentation === undefined) segments = current.map((text) => [text]);
  else {
    const trie = trieFor(typeof config.segmentation === 'string' ? [config.segmentation] : config.segmentation, prune);
    segments = current.map((text) => trie.segment(text));
  }
  for (const [i, group] of config.conversionChain.entries()) {
    if (i > 0) prune = pruner(new TextSample(segments.flat()));
    const trie = trieFor(group, prune);
    segments = segments.map((parts) => parts.map((part) => trie.convert(part)));
  }
  const results = new Map(unique.map((text, i) => [text, segments[i]!.join('')]));
  return (value) => results.get(value) ?? converter(from, to, variant)(value);
}

/** A trie of the group's entries that may match in the sample (`prune`), loaded as opencc-js loads a group. */
function trieFor(group: DictLike | DictGroup, prune: (dict: string) => string): Trie {
  const trie = new Trie();
  // opencc-js reads an empty dictionary string as a malformed entry: leave such out.
  trie.loadDictGroup(dictionaries(group).map(prune).filter((dict) => dict !== ''));
  return trie;
}

/** The preset's dictionaries are strings (its typings also allow arrays of pairs, which it does not use). */
function dictionaries(group: DictLike | DictGroup): string[] {
  if (Array.isArray(group) && group.every((dict): dict is string => typeof dict === 'string')) return group;
  throw new TypeError('opencc-js preset dictionaries are expected as strings');
}

/** The entries (`source target|…`) whose source may occur in the sample, in their order (a later duplicate still wins). */
function pruneDict(dict: string, sample: TextSample): string {
  const kept: string[] = [];
  forEachEntry(dict, (start, space, end) => {
    if (sample.mayContain(dict, start, space)) kept.push(dict.slice(start, end));
  });
  return kept.join('|');
}
