import { datePattern } from './patterns.js';

/** `中華民國91年3月19日`: a year of the Republic of China era (1912 = year 1). */
const rocDate = /(?:中華民國|中华民国|民國|民国)\s*(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const rocOffset = 1911;
const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** `Wednesday, February 4, 2015`: a blog platform's English date header. */
const englishDate = new RegExp(`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,\\s*)?(${months.join('|')})\\s+(\\d{1,2}),\\s*(\\d{4})`, 'i');

/** An English date line as ISO, or null. */
export function findEnglishDate(text: string): string | null {
  const match = englishDate.exec(text);
  if (!match) return null;
  return iso(Number(match[3]), months.indexOf(match[1]!.toLowerCase()) + 1, Number(match[2]));
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2100) return null;
  // A calendar date: 2026-02-30 is not one.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first date in a text as ISO `YYYY-MM-DD`, or null if none is valid. */
export function findIsoDate(text: string): string | null {
  const roc = rocDate.exec(text);
  const match = datePattern.exec(text);
  if (roc && (!match || roc.index < match.index)) return iso(Number(roc[1]) + rocOffset, Number(roc[2]), Number(roc[3]));
  if (!match) return null;
  return iso(Number(match[1]), Number(match[2]), Number(match[3]));
}
