import { describe, expect, it } from 'vitest';
import { countText, pagerState, resultsSummary } from './result-count.ts';

describe('countText', () => {
  it('gives the exact total when known', () => {
    expect(countText({ total: 42, hits: [1, 2] })).toBe('42 篇');
  });
  it('says "at least" when more follow an uncounted page', () => {
    expect(countText({ hits: [1, 2, 3] })).toBe('3 篇以上');
  });
  it('is empty before there is data', () => {
    expect(countText(undefined)).toBe('');
  });
});

describe('resultsSummary and pagerState', () => {
  const at = { page: 1, perPage: 10, hitsShown: 10, total: undefined, hasMore: true };

  it('says the total is being counted when the first page came first', () => {
    expect(resultsSummary('有限公司', at)).toBe('找到包含“有限公司”的稿件，第 1–10 篇，正在统计总数…');
    expect(pagerState(at)).toEqual({ pages: undefined, hasPrevious: false, hasNext: true });
  });

  it('gives the total, and the range only when there are several pages', () => {
    expect(resultsSummary('半导体', { ...at, page: 2, hitsShown: 3, total: 13 })).toBe('找到 13 篇包含“半导体”的稿件，第 11–13 篇');
    expect(resultsSummary('半导体', { ...at, hitsShown: 3, total: 3 })).toBe('找到 3 篇包含“半导体”的稿件');
    expect(resultsSummary('无', { ...at, hitsShown: 0, total: 0 })).toBe('');
  });

  it('offers the next page from the total once it is known, whatever the first page said', () => {
    expect(pagerState({ ...at, page: 2, total: 20 })).toEqual({ pages: 2, hasPrevious: true, hasNext: false });
    expect(pagerState({ ...at, page: 2, total: 21, hasMore: false })).toEqual({ pages: 3, hasPrevious: true, hasNext: true });
    expect(pagerState({ ...at, hasMore: false })).toEqual({ pages: undefined, hasPrevious: false, hasNext: false });
  });
});
