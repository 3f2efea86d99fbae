import { describe, expect, it } from 'vitest';
import { addMonths, calendarRange, clampMonth, isMonth, monthLabel, monthsOf, monthWeeks } from './months.ts';

describe('months', () => {
  it('steps across years', () => {
    expect(addMonths('2024-12', 1)).toBe('2025-01');
    expect(addMonths('2024-01', -1)).toBe('2023-12');
    expect(addMonths('2024-10', -12)).toBe('2023-10');
  });

  it('reads only real months', () => {
    expect(isMonth('2024-10')).toBe(true);
    expect(isMonth('2024-13')).toBe(false);
    expect(isMonth('2024-1')).toBe(false);
    expect(isMonth(undefined)).toBe(false);
    expect(monthLabel('2024-03')).toBe('2024年3月');
  });

  it('spans the oldest to the newest dated edition, and clamps steps to it', () => {
    const range = calendarRange({ editions: [{ id: '2025-02-01', date: '2025-02-01', firstPageId: 'a', pageCount: 1, articleCount: 1 }], firstDate: '2024-11-30' });
    expect(range).toEqual({ first: '2024-11', last: '2025-02' });
    expect(monthsOf(range!)).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(clampMonth('2023-11', range!)).toBe('2024-11');
    expect(clampMonth('2026-02', range!)).toBe('2025-02');
    expect(calendarRange({ editions: [], firstDate: undefined })).toBeUndefined();
  });

  it('lays a month out Monday first', () => {
    // 2024-10-01 was a Tuesday; October has 31 days and ends on a Thursday.
    const weeks = monthWeeks('2024-10');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([null, '2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06']);
    expect(weeks[4]).toEqual(['2024-10-28', '2024-10-29', '2024-10-30', '2024-10-31', null, null, null]);
    // February 2021 starts on a Monday and fills exactly four weeks.
    expect(monthWeeks('2021-02')).toHaveLength(4);
    expect(monthWeeks('2024-02').flat().filter(Boolean)).toHaveLength(29);
  });
});
