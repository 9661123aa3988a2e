/**
 * Quotation marks follow the edition: “”‘’ in Simplified, 「」『』 in
 * Traditional (GB/T 15834 and the Taiwan standard). The mapping is one to one,
 * so nesting (double outside, single inside) is preserved both ways.
 */
import type { Script } from '../book/types.js';

const toCorner: Readonly<Record<string, string>> = { '“': '「', '”': '」', '‘': '『', '’': '』' };
const toCurly: Readonly<Record<string, string>> = { '「': '“', '」': '”', '『': '‘', '』': '’' };

export function convertQuotes(text: string, to: Script): string {
  return to === 'Hant' ? text.replace(/[“”‘’]/g, (mark) => toCorner[mark]!) : text.replace(/[「」『』]/g, (mark) => toCurly[mark]!);
}
