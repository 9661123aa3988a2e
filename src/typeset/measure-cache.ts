/**
 * Measuring is the hot path of layout: a book measures the same few thousand
 * characters millions of times. Advances are cached per (face, text).
 */
import type { FaceKey, MeasureText } from './types.js';

export function cachedMeasure(measure: MeasureText): MeasureText {
  const byFace = new Map<FaceKey, Map<string, number>>();
  return (text, face) => {
    let cache = byFace.get(face);
    if (!cache) {
      cache = new Map();
      byFace.set(face, cache);
    }
    let width = cache.get(text);
    if (width === undefined) {
      width = measure(text, face);
      cache.set(text, width);
    }
    return width;
  };
}
