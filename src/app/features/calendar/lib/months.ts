import type { Manifest } from '../../../../contract/bundle.ts';
import { monthOf, monthsBetween } from '../../../../contract/months.ts';

export { addMonths, isMonth, monthOf } from '../../../../contract/months.ts';

/** `2024-10` -> `2024年10月`. */
export function monthLabel(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return `${year}年${number}月`;
}

/** The months the calendar has, from the oldest dated edition's to the newest's; undefined when nothing is dated. */
export interface MonthRange {
  first: string;
  last: string;
}

export function calendarRange(manifest: Pick<Manifest, 'editions' | 'firstDate'>): MonthRange | undefined {
  const newest = manifest.editions.find((edition) => edition.date)?.date;
  if (!newest || !manifest.firstDate) return undefined;
  return { first: monthOf(manifest.firstDate), last: monthOf(newest) };
}

export function inRange(month: string, range: MonthRange): boolean {
  return month >= range.first && month <= range.last;
}

/** The nearest month of the range: where a step past either end lands. */
export function clampMonth(month: string, range: MonthRange): string {
  return month < range.first ? range.first : month > range.last ? range.last : month;
}

/** Every month of the range, oldest first: one prerendered page each. */
export function monthsOf(range: MonthRange): string[] {
  return monthsBetween(range.first, range.last);
}

/**
 * The month's weeks as a calendar prints them, Monday first: each week seven days of the month
 * (`YYYY-MM-DD`), or null for the cells before the 1st and after the last day.
 */
export function monthWeeks(month: string): (string | null)[][] {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(year, number, 0)).getUTCDate();
  // getUTCDay: 0 is Sunday; Monday-first columns put it last.
  const lead = (new Date(Date.UTC(year, number - 1, 1)).getUTCDay() + 6) % 7;
  const cells: (string | null)[] = [...Array<null>(lead).fill(null)];
  for (let day = 1; day <= days; day++) cells.push(`${month}-${String(day).padStart(2, '0')}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let at = 0; at < cells.length; at += 7) weeks.push(cells.slice(at, at + 7));
  return weeks;
}
