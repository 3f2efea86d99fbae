import type { PageFacts } from '../../../contract/bundle.ts';

/** `第1版 要闻`, `第3版`, `要闻`, or `本版` when the page states neither number nor name. */
export function pageLabel(page: Pick<PageFacts, 'number' | 'name'>): string {
  const parts = [page.number !== undefined ? `第${page.number}版` : undefined, page.name].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : '本版';
}
