import { describe, expect, it } from 'vitest';
import { pageLabel } from './page-label.ts';

describe('pageLabel', () => {
  it('prints number and name as a 数字报 does', () => {
    expect(pageLabel({ number: 1, name: '要闻' })).toBe('第1版 要闻');
    expect(pageLabel({ number: 3 })).toBe('第3版');
    expect(pageLabel({ name: '经济' })).toBe('经济');
    expect(pageLabel({})).toBe('本版');
  });
});
