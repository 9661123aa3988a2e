import { datePattern } from './patterns.js';

/** The first date in a text as ISO `YYYY-MM-DD`, or null if none is valid. */
export function findIsoDate(text: string): string | null {
  const match = datePattern.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
