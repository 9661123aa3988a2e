/** Shared types of the paragraph layout. Widths inside the layout are in em; output positions in pt. */

/** A face identifier chosen by the caller (`body`, `bold`, `fallback0`…); layout never interprets it. */
export type FaceKey = string;

/** A run of text in one face (a bold run-in lead followed by body text is two runs). */
export interface Run {
  text: string;
  face: FaceKey;
}

/** Advance width of `text` set in `face`, in em (font units / unitsPerEm). */
export type MeasureText = (text: string, face: FaceKey) => number;

export type ClusterKind = 'ideograph' | 'punct' | 'inseparable' | 'latin' | 'space';

/** The smallest unit the line breaker moves: one CJK character, one Latin word, one —— or ……. */
export interface Cluster {
  text: string;
  face: FaceKey;
  kind: ClusterKind;
  /** Offset of the cluster's first UTF-16 unit in the paragraph text. */
  start: number;
}
