/** What names a query: the resource and its arguments, e.g. `['article', id]`. */
export type QueryKey = readonly unknown[];

/** Keys are equal when their JSON is, with object entries sorted, so `{a, b}` and `{b, a}` name one query. */
export function hashKey(key: QueryKey): string {
  return JSON.stringify(key, (_name, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}
