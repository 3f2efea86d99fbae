/**
 * Months as the calendar's URLs name them (`2024-10`): the app's 往期 pages and the pipeline's
 * sitemaps count the same months, from the oldest dated edition's to the newest's.
 */
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/u;

export function isMonth(value: string | undefined): value is string {
  return value !== undefined && MONTH.test(value);
}

/** The month of a date: `2024-10-31` -> `2024-10`. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The month `count` months after `month` (before it, when negative). */
export function addMonths(month: string, count: number): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (number - 1) + count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `first` to `last`, oldest first: one calendar page each. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  for (let month = first; month <= last; month = addMonths(month, 1)) months.push(month);
  return months;
}
