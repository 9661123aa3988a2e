/**
 * OpenCC converters. A full converter loads every entry of its dictionaries
 * into opencc-js's tries (~0.2–0.5 s cold, and much garbage), though a book
 * meets a few thousand of the ~100k phrases. `converterForText` builds one
 * from the entries that can match the given text, with the same result on it:
 * a phrase can only match where all its characters occur, and each stage of
 * OpenCC's chain (normalisation, segmentation, conversion groups) can only
 * see characters of the text or of replacements kept in earlier stages.
 */
import { ConverterBuilder, type DictGroup, type DictLike, type LocalePreset } from 'opencc-js/core';
import * as preset from 'opencc-js/preset';
import type { Script } from '../book/types.js';

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

/**
 * A converter for `text` and any text made of its characters (each string a
 * book will pass to it, joined): it gives what `converter` gives on those.
 */
export function converterForText(from: Script, to: Script, variant: Variant, text: string): Convert {
  if (from === to) return (value) => value;
  const seen = new Uint8Array(0x10000);
  markCharacters(text, 0, text.length, seen);
  const configs = new Proxy(preset.configs as unknown as Record<string, Config>, {
    get: (all, name) => (typeof name === 'string' && all[name] ? pruneConfig(all[name], seen) : undefined),
  });
  return ConverterBuilder({ from: preset.from, to: preset.to, configs } as unknown as LocalePreset)(localeOptions(from, to, variant));
}

/**
 * UTF-16 code units stand for characters: a phrase whose every unit was seen
 * may still not occur (that only keeps an entry too many), but one with an
 * unseen unit cannot.
 */
function markCharacters(text: string, start: number, end: number, seen: Uint8Array): void {
  for (let i = start; i < end; i++) seen[text.charCodeAt(i)] = 1;
}

/** The stages in the order OpenCC runs them; each group's replacements widen what later stages see. */
function pruneConfig(config: Config, seen: Uint8Array): Config {
  // Group by group: each sees the replacements of the groups before it.
  const chain = (groups: readonly DictGroup[]): DictGroup[] =>
    groups.map((group) => {
      const pruned = group.map((dict) => pruneDict(dict, seen));
      for (const dict of pruned) markReplacements(dict, seen);
      return pruned;
    });
  const normalizationChain = config.normalizationChain && chain(config.normalizationChain);
  const segmentation = config.segmentation === undefined ? undefined : typeof config.segmentation === 'string' ? pruneDict(config.segmentation, seen) : dictionaries(config.segmentation).map((dict) => pruneDict(dict, seen));
  const conversionChain = chain(config.conversionChain);
  return { ...(normalizationChain ? { normalizationChain } : {}), ...(segmentation !== undefined ? { segmentation } : {}), conversionChain };
}

/** The preset's dictionaries are strings (its typings also allow arrays of pairs, which it does not use). */
function dictionaries(group: DictLike | DictGroup): string[] {
  if (Array.isArray(group) && group.every((dict): dict is string => typeof dict === 'string')) return group;
  throw new TypeError('opencc-js preset dictionaries are expected as strings');
}

/**
 * The entries (`source target|…`) whose source is made of seen units, in
 * their order (a later duplicate still wins). A dictionary left with none
 * keeps its first entry, which cannot match (it has an unseen unit): opencc-js
 * reads an empty dictionary string as a malformed entry.
 */
function pruneDict(dict: DictLike, seen: Uint8Array): string {
  if (typeof dict !== 'string') throw new TypeError('opencc-js preset dictionaries are expected as strings');
  const kept: string[] = [];
  for (let start = 0; start < dict.length; ) {
    let end = dict.indexOf('|', start);
    if (end < 0) end = dict.length;
    const space = dict.indexOf(' ', start);
    let matchable = space > start && space < end;
    for (let i = start; matchable && i < space; i++) matchable = seen[dict.charCodeAt(i)] === 1;
    if (matchable) kept.push(dict.slice(start, end));
    start = end + 1;
  }
  if (kept.length === 0) return dict.slice(0, dict.includes('|') ? dict.indexOf('|') : dict.length);
  return kept.join('|');
}

/** Marks every unit after each entry's source: its replacement (and any alternatives). */
function markReplacements(dict: DictLike, seen: Uint8Array): void {
  if (typeof dict !== 'string') return;
  for (let start = 0; start < dict.length; ) {
    let end = dict.indexOf('|', start);
    if (end < 0) end = dict.length;
    const space = dict.indexOf(' ', start);
    if (space > start && space < end) markCharacters(dict, space + 1, end, seen);
    start = end + 1;
  }
}
