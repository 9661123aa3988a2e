/**
 * Line-end trimming (GB/T 15834 §5.1.10): a mark that ends a line loses the
 * blank after its ink, so the right edge of the text block stays straight.
 * A trailing space hangs past the line end entirely.
 */
import type { SideBlank } from './punctuation-width.js';
import type { Cluster } from './types.js';

/** Width (em) a cluster gives up when it ends a line. */
export function lineEndTrim(cluster: Cluster, blank: SideBlank, width: number): number {
  if (cluster.kind === 'space') return width;
  return blank.trail;
}

/** Width (em) a cluster gives up when it starts a line: only spaces vanish there. */
export function lineStartTrim(cluster: Cluster, width: number): number {
  return cluster.kind === 'space' ? width : 0;
}
