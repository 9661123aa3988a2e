/**
 * OpenCC converters, built once per process and only when an edition needs
 * one (building the Simplified→Taiwan converter costs ~0.1–0.5 s).
 */
import { Converter } from 'opencc-js';
import type { Script } from '../book/types.js';

/** Traditional variant of the Traditional edition: OpenCC's locales. */
export type Variant = 'twp' | 'tw' | 'hk' | 't';

const cache = new Map<string, (text: string) => string>();

export function converter(from: Script, to: Script, variant: Variant): (text: string) => string {
  const key = `${from}>${to}>${variant}`;
  let convert = cache.get(key);
  if (!convert) {
    convert = build(from, to, variant);
    cache.set(key, convert);
  }
  return convert;
}

function build(from: Script, to: Script, variant: Variant): (text: string) => string {
  if (from === to) return (text: string) => text;
  return to === 'Hant' ? Converter({ from: 'cn', to: variant }) : Converter({ from: variant, to: 'cn' });
}
