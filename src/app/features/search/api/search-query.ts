import { queryOptions } from '../../../lib/query/index.ts';
import type { SearchFacets, SearchFilters, SearchHit, SearchIndex } from '../../../../search/index.ts';
import { PAGE_SIZE } from '../../../../search/page-size.ts';
import type { FilterKind, SearchState } from '../lib/search-params.ts';
import { withSearchIndex } from './search-index-query.ts';

export const RESULTS_PER_PAGE = PAGE_SIZE;
export const SUGGESTIONS = 6;

export interface SearchPageData {
  /** How many articles match, when finding the page established it; otherwise the count query has it. */
  total?: number;
  /** Whether another page follows. */
  hasMore: boolean;
  hits: SearchHit[];
  /** Normalized terms, every one of which a hit contains. */
  terms: string[];
}

export interface SearchCountData {
  total: number;
  facets: SearchFacets;
}

function filtersOf(state: SearchState, without?: FilterKind): SearchFilters {
  const filters: SearchFilters = {};
  // The range is not a chip: every count, the date chips' too, stays within it.
  if (state.from) filters.from = state.from;
  if (state.to) filters.to = state.to;
  if (state.dates.length > 0 && without !== 'dates') filters.dates = state.dates;
  if (state.pageIds.length > 0 && without !== 'pageIds') filters.pageIds = state.pageIds;
  if (state.entityIds.length > 0 && without !== 'entityIds') filters.entityIds = state.entityIds;
  return filters;
}

/**
 * One page of results: the best hits, verified only as far as the page needs. Counting every
 * match, and the person and enterprise facets (the whole entity list, the largest file of an
 * archive), come after it in {@link searchCount}: the hits must not wait for them.
 */
export async function searchPage(index: SearchIndex, state: SearchState): Promise<SearchPageData> {
  const offset = (state.page - 1) * RESULTS_PER_PAGE;
  const { total, hasMore, hits, terms } = await index.search(state.q, { limit: RESULTS_PER_PAGE, offset, filters: filtersOf(state), sort: state.sort });
  return { ...(total === undefined ? {} : { total }), hasMore, hits, terms };
}

/**
 * The exact total and the filter counts for a query. Values of one filter kind combine with OR,
 * so that kind's counts come from a count without it (the engine's postings are cached by then).
 */
export async function searchCount(index: SearchIndex, state: SearchState): Promise<SearchCountData> {
  const facetsWithout = (kind: FilterKind) =>
    state[kind].length > 0 ? index.count(state.q, { filters: filtersOf(state, kind) }).then((r) => r.facets) : undefined;
  const [main, dates, pages, entities] = await Promise.all([
    index.count(state.q, { filters: filtersOf(state) }),
    facetsWithout('dates'),
    facetsWithout('pageIds'),
    facetsWithout('entityIds'),
  ]);
  return {
    total: main.total,
    facets: {
      dates: dates?.dates ?? main.facets.dates,
      pages: pages?.pages ?? main.facets.pages,
      persons: entities?.persons ?? main.facets.persons,
      enterprises: entities?.enterprises ?? main.facets.enterprises,
    },
  };
}

/** The query text's place in the results' and the count's keys. */
const QUERY_IN_KEY = 2;

/**
 * Keeps the previous answer on screen while a filter or the page changes, until the new one
 * arrives; a new query text does not keep the old one's.
 */
export const keptForSameQuery =
  (q: string) =>
  <T,>(previous: T | undefined, previousQuery: { queryKey: readonly unknown[] } | undefined): T | undefined =>
    previousQuery?.queryKey[QUERY_IN_KEY] === q ? previous : undefined;

/** The results page for a URL state. */
export const searchResultsQuery = (state: SearchState) =>
  queryOptions({
    queryKey: ['search', 'results', state.q, state.dates, state.pageIds, state.entityIds, state.from, state.to, state.sort, state.page],
    queryFn: ({ client }) => withSearchIndex(client, (index) => searchPage(index, state)),
  });

/** The total and filter counts for a URL state: the same for every page of results. */
export const searchCountQuery = (state: SearchState) =>
  queryOptions({
    queryKey: ['search', 'count', state.q, state.dates, state.pageIds, state.entityIds, state.from, state.to],
    queryFn: ({ client }) => withSearchIndex(client, (index) => searchCount(index, state)),
  });

/** The top hits shown under the search box while typing. */
export const suggestionsQuery = (query: string) =>
  queryOptions({
    queryKey: ['search', 'suggestions', query],
    queryFn: ({ client }) =>
      withSearchIndex(client, async (index) => {
        const { total, hasMore, hits } = await index.search(query, { limit: SUGGESTIONS });
        return { ...(total === undefined ? {} : { total }), hasMore, hits };
      }),
  });
