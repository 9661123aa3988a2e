/**
 * Chinese numbering, the backbone of an essay's structure: `一、` `（一）`
 * `第一，` `1.` `（1）` `①`, and the ordinal phrases that open run-in leads
 * (`一是`, `首先，`).
 */
const cn = '一二三四五六七八九十';

export type NumberingStyle = 'cn-comma' | 'cn-paren' | 'cn-ordinal' | 'arabic' | 'arabic-paren' | 'circled';

export const numberingPatterns: ReadonlyArray<{ style: NumberingStyle; pattern: RegExp }> = [
  { style: 'cn-comma', pattern: new RegExp(`^[${cn}]{1,3}、`) },
  { style: 'cn-paren', pattern: new RegExp(`^[（(][${cn}]{1,3}[）)]`) },
  { style: 'cn-ordinal', pattern: new RegExp(`^第[${cn}]{1,3}[，,、：:]`) },
  { style: 'arabic', pattern: /^\d{1,2}[、.．](?!\d)/ },
  { style: 'arabic-paren', pattern: /^[（(]\d{1,2}[）)]/ },
  { style: 'circled', pattern: /^[①-⑳]/ },
];

/** Styles that number list items rather than sections. */
export const itemStyles: ReadonlySet<NumberingStyle> = new Set(['arabic-paren', 'circled']);

export function numberingOf(text: string): { style: NumberingStyle; marker: string } | null {
  for (const { style, pattern } of numberingPatterns) {
    const match = pattern.exec(text);
    if (match) return { style, marker: match[0] };
  }
  return null;
}

/** `一是` `二要` `三则`: an enumerated point opening a paragraph. */
export const ordinalPoint = new RegExp(`^[${cn}]{1,3}(是|要|则|則|来|來|方面)`);
/** `首先，` `其次，` `最后，`: sequence words opening a paragraph. */
export const sequenceWord = /^(首先|其次|再次|再者|然后|然後|最后|最後|此外|另外|第[一二三四五六七八九十]{1,3})[，,]/;
