/**
 * `JSON.stringify(value, null, 2)` in pieces, byte for byte: the outer levels
 * are written element by element, so a report of a large source (tens of
 * megabytes of JSON) is never one string in memory.
 */

/** Levels written element by element; below them each element is stringified whole. */
const splitDepth = 4;

export function* jsonChunks(value: unknown, depth = 0): Generator<string> {
  const pad = (level: number) => '  '.repeat(level);
  if (depth >= splitDepth || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    yield (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${pad(depth)}`);
    return;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return yield '[]';
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '' : ','}\n${pad(depth + 1)}`;
      const item: unknown = value[i];
      // As JSON.stringify does: what JSON cannot hold becomes null inside a list.
      yield* item === undefined || typeof item === 'function' || typeof item === 'symbol' ? ['null'] : jsonChunks(item, depth + 1);
    }
    yield `\n${pad(depth)}]`;
    return;
  }
  const entries = Object.entries(value).filter(([, item]) => item !== undefined && typeof item !== 'function' && typeof item !== 'symbol');
  if (entries.length === 0) return yield '{}';
  yield '{';
  for (const [i, [key, item]] of entries.entries()) {
    yield `${i === 0 ? '' : ','}\n${pad(depth + 1)}${JSON.stringify(key)}: `;
    yield* jsonChunks(item, depth + 1);
  }
  yield `\n${pad(depth)}}`;
}
