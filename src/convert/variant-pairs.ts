/**
 * Characters the Traditional script writes either way (台/臺, 布/佈, 群/羣):
 * neither form is a leftover of Simplified, so the repair of mixed script
 * keeps the text's own, and the gold evaluation does not count one for the
 * other as an error.
 */
/** Spelling pairs both allowed by the Taiwan standard (or by OpenCC's Traditional). */
export const allowedVariants: readonly (readonly [string, string])[] = [
  ['台', '臺'],
  ['裡', '裏'],
  ['佈', '布'],
  ['峰', '峯'],
  ['群', '羣'],
  ['線', '綫'],
  ['污', '汙'],
  ['床', '牀'],
  ['嘆', '歎'],
  ['痴', '癡'],
  ['鉤', '鈎'],
  ['脣', '唇'],
  ['眾', '衆'],
  ['為', '爲'],
  ['說', '説'],
  ['偽', '僞'],
  ['啟', '啓'],
  ['稅', '税'],
  ['銳', '鋭'],
  ['脫', '脱'],
  ['閱', '閲'],
  ['悅', '悦'],
  ['溫', '温'],
  ['抬', '擡'],
  ['蔥', '葱'],
  ['麵', '麪'],
  ['雞', '鷄'],
  ['嘗', '嚐'],
  ['祕', '秘'],
  ['豔', '艷'],
  ['恆', '恒'],
  ['嫻', '嫺'],
  ['氳', '氲'],
  ['鏽', '銹'],
  ['繡', '綉'],
  ['獃', '呆'],
  // MOE's dictionary of variants: 溼 and 濕 are both standard forms, each a variant of the other, used alike.
  ['溼', '濕'],
];

const variantKey = (a: string, b: string) => (a < b ? a + b : b + a);
const variantSet = new Set(allowedVariants.map(([a, b]) => variantKey(a, b)));
export const isAllowedVariant = (a: string, b: string): boolean => variantSet.has(variantKey(a, b));
