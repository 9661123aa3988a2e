/** Calendar dates as the manifest writes them (`YYYY-MM-DD`), checked for existence: no 2026-02-30. */

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** Why `text` is not a calendar date, or null when it is one. */
export function calendarDateProblem(text: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return `expected a date YYYY-MM-DD, got \`${text}\``;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1000) return `the year ${match[1]} is out of range (1000–9999)`;
  if (month < 1 || month > 12) return `${text} has no month ${month}`;
  if (day < 1 || day > daysInMonth(year, month)) return `${text} does not exist: ${year}-${match[2]} has ${daysInMonth(year, month)} days`;
  return null;
}

/** The latest instant the book's dates can name (9999-12-31T23:59:59Z), in seconds since 1970. */
export const maxEpochSeconds = 253_402_300_799;

/** Why `value` is not a usable `SOURCE_DATE_EPOCH`, or null. */
export function epochProblem(value: string): string | null {
  if (!/^\d+$/.test(value)) return `SOURCE_DATE_EPOCH=${JSON.stringify(value)} is not a whole number of seconds since 1970-01-01`;
  if (Number(value) > maxEpochSeconds) return `SOURCE_DATE_EPOCH=${value} is after the year 9999`;
  return null;
}
