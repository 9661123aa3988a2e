/**
 * Measuring is the hot path of layout: a book measures the same few thousand
 * characters millions of times. Advances are cached per (face, text).
 */
import type { FaceKey, MeasureText } from './types.js';

export function cachedMeasure(measure: MeasureText): MeasureText {
  const byFace = new Map<FaceKey, Map<string, number>>();
  return (text, face) => {
    let cache = byFace.get(face);
    if (!cache) byFace.set(face, (cache = new Map()));
    let width = cache.get(text);
    if (width === undefined) cache.set(text, (width = measure(text, face)));
    return width;
  };
}
