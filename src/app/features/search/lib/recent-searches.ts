import { useSyncExternalStore } from 'react';
import { parseStoredObject, storedValue } from '../../../lib/stored-value.ts';

/**
 * 最近搜索: the queries this browser searched, newest first, kept in localStorage. Versioned like
 * the library: a stored value of another version or shape is ignored, never trusted.
 */
export const RECENT_SEARCHES_KEY = 'dubao:recent-searches';
export const RECENT_SEARCHES_VERSION = 1;
export const RECENT_SEARCHES_LIMIT = 10;
/** Longer than anyone types; a query pasted whole would otherwise fill the list's line. */
const MAX_QUERY_LENGTH = 200;

/** The form a query is kept and compared in: spaces between terms are the only ones that count. */
function recentForm(query: string): string {
  return query.replace(/\s+/gu, ' ').trim();
}

function tidy(queries: readonly unknown[]): string[] {
  const kept: string[] = [];
  for (const value of queries) {
    if (typeof value !== 'string') continue;
    const query = recentForm(value);
    if (query === '' || query.length > MAX_QUERY_LENGTH || kept.includes(query)) continue;
    kept.push(query);
    if (kept.length === RECENT_SEARCHES_LIMIT) break;
  }
  return kept;
}

export function decodeRecentSearches(raw: string | null): string[] {
  const stored = parseStoredObject(raw);
  const queries = stored?.queries;
  return stored?.version === RECENT_SEARCHES_VERSION && Array.isArray(queries) ? tidy(queries) : [];
}

export function encodeRecentSearches(queries: readonly string[]): string {
  return JSON.stringify({ version: RECENT_SEARCHES_VERSION, queries });
}

/** The list with `query` first (moved up when it was there already); an empty query changes nothing. */
export function withRecent(queries: readonly string[], query: string): string[] {
  const q = recentForm(query);
  if (q === '' || q.length > MAX_QUERY_LENGTH) return [...queries];
  return tidy([q, ...queries]);
}

export function withoutRecent(queries: readonly string[], query: string): string[] {
  return queries.filter((q) => q !== query);
}

const EMPTY: string[] = [];
const stored = storedValue(RECENT_SEARCHES_KEY, decodeRecentSearches, encodeRecentSearches, EMPTY);

export function rememberSearch(query: string): void {
  stored.update((queries) => {
    const next = withRecent(queries, query);
    // Searching the newest query again stores nothing new.
    return next.length === queries.length && next.every((q, i) => q === queries[i]) ? queries : next;
  });
}

export function forgetSearch(query: string): void {
  stored.update((queries) => withoutRecent(queries, query));
}

export function clearRecentSearches(): void {
  stored.update(() => []);
}

/** The recent searches, newest first; none while prerendering and before hydration. */
export function useRecentSearches(): readonly string[] {
  return useSyncExternalStore(stored.subscribe, stored.getSnapshot, stored.getServerSnapshot);
}
