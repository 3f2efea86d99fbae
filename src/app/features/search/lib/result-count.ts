/**
 * How many articles a result set has, in words: exact when known; otherwise the first page came
 * back before every match was counted, so it says how many at least.
 */
export function countText(data: { total?: number; hasMore: boolean; hits: readonly unknown[] } | undefined): string {
  if (!data) return '';
  if (data.total !== undefined) return `${data.total} 篇`;
  return data.hasMore ? `${data.hits.length} 篇以上` : `${data.hits.length} 篇`;
}
