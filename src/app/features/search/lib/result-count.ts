/**
 * How many articles a result set has, in words: exact when known; otherwise the first page came
 * back before every match was counted (and more follow), so it says how many at least.
 */
export function countText(data: { total?: number; hits: readonly unknown[] } | undefined): string {
  if (!data) return '';
  return data.total !== undefined ? `${data.total} 篇` : `${data.hits.length} 篇以上`;
}

export interface ResultsPosition {
  /** Results page, from 1. */
  page: number;
  perPage: number;
  hitsShown: number;
  /** Every match counted, when known yet. */
  total: number | undefined;
  /** Whether the engine knows of a match after this page. */
  hasMore: boolean;
}

/**
 * The line above the hits. Before the count arrives it says which hits these are and that the
 * total is coming; with the total, the range only when there is more than one page.
 */
export function resultsSummary(query: string, at: ResultsPosition): string {
  const first = (at.page - 1) * at.perPage;
  const range = `第 ${first + 1}–${first + at.hitsShown} 篇`;
  if (at.total === 0) return '';
  if (at.total === undefined) return `找到包含“${query}”的稿件，${range}，正在统计总数…`;
  return `找到 ${at.total} 篇包含“${query}”的稿件${at.total > at.perPage ? `，${range}` : ''}`;
}

/** Page links: with the total, "page k of n"; before it, a next page when the engine knows one follows. */
export function pagerState(at: ResultsPosition): { pages: number | undefined; hasPrevious: boolean; hasNext: boolean } {
  const pages = at.total === undefined ? undefined : Math.ceil(at.total / at.perPage);
  return { pages, hasPrevious: at.page > 1, hasNext: pages === undefined ? at.hasMore : at.page < pages };
}
