import { describe, expect, it } from 'vitest';
import { countText } from './result-count.ts';

describe('countText', () => {
  it('gives the exact total when known', () => {
    expect(countText({ total: 42, hasMore: true, hits: [1, 2] })).toBe('42 篇');
  });
  it('says "at least" when more follow an uncounted page', () => {
    expect(countText({ hasMore: true, hits: [1, 2, 3] })).toBe('3 篇以上');
    expect(countText({ hasMore: false, hits: [1, 2, 3] })).toBe('3 篇');
  });
  it('is empty before there is data', () => {
    expect(countText(undefined)).toBe('');
  });
});
