/** A font-free measure for tests: CJK 1 em, Latin ½ em per character, space ¼ em, — like Noto (0.89 em). */
import { isCjk, isSpace } from '../char-classes.js';
import type { MeasureText } from '../types.js';

export const fakeMeasure: MeasureText = (text) => {
  let width = 0;
  for (const char of text) {
    if (char === '—') width += 0.89;
    else if (isSpace(char)) width += 0.25;
    else if (isCjk(char)) width += 1;
    else width += 0.5;
  }
  return width;
};
