import { describe, expect, it } from 'vitest';
import { formatDate } from './dates.ts';

describe('formatDate', () => {
  it('writes the date the Chinese way with its weekday', () => {
    expect(formatDate('2024-10-31')).toBe('2024年10月31日 星期四');
    expect(formatDate('2023-03-08')).toBe('2023年3月8日 星期三');
    expect(formatDate('2000-01-01', false)).toBe('2000年1月1日');
  });

  it('returns anything that is not a date unchanged', () => {
    expect(formatDate('undated')).toBe('undated');
  });
});
