import { queryOptions } from '@tanstack/react-query';
import type { SearchFacets, SearchFilters, SearchHit, SearchIndex } from '../../../../search/index.ts';
import type { SearchState } from '../lib/search-params.ts';
import { searchIndexQuery } from './search-index-query.ts';

export const RESULTS_PER_PAGE = 20;
export const SUGGESTIONS = 6;

export interface SearchPageData {
  total: number;
  hits: SearchHit[];
  /** Normalized terms, every one of which a hit contains. */
  terms: string[];
}

function filtersOf(state: SearchState, without?: keyof SearchFilters): SearchFilters {
  const filters: SearchFilters = {};
  if (state.dates.length > 0 && without !== 'dates') filters.dates = state.dates;
  if (state.pageIds.length > 0 && without !== 'pageIds') filters.pageIds = state.pageIds;
  if (state.entityIds.length > 0 && without !== 'entityIds') filters.entityIds = state.entityIds;
  return filters;
}

/**
 * One page of results, without facets: person and enterprise facets need the whole entity list,
 * the largest file of an archive, and the hits must not wait for it.
 */
export async function searchPage(index: SearchIndex, state: SearchState): Promise<SearchPageData> {
  const offset = (state.page - 1) * RESULTS_PER_PAGE;
  const { total, hits, terms } = await index.search(state.q, { limit: RESULTS_PER_PAGE, offset, filters: filtersOf(state), facets: false });
  return { total, hits, terms };
}

/**
 * The filter counts for a query. Values of one filter kind combine with OR, so that kind's counts
 * come from a search without it (the engine's postings are cached by then, so this costs no fetch).
 */
export async function searchFacets(index: SearchIndex, state: SearchState): Promise<SearchFacets> {
  const facetsWithout = (kind: keyof SearchFilters) =>
    state[kind].length > 0 ? index.search(state.q, { limit: 0, filters: filtersOf(state, kind) }).then((r) => r.facets) : undefined;
  const [main, dates, pages, entities] = await Promise.all([
    index.search(state.q, { limit: 0, filters: filtersOf(state) }).then((r) => r.facets),
    facetsWithout('dates'),
    facetsWithout('pageIds'),
    facetsWithout('entityIds'),
  ]);
  return {
    dates: dates?.dates ?? main.dates,
    pages: pages?.pages ?? main.pages,
    persons: entities?.persons ?? main.persons,
    enterprises: entities?.enterprises ?? main.enterprises,
  };
}

/** The results page for a URL state. */
export const searchResultsQuery = (state: SearchState) =>
  queryOptions({
    queryKey: ['search', 'results', state.q, state.dates, state.pageIds, state.entityIds, state.page],
    queryFn: async ({ client }) => searchPage(await client.ensureQueryData(searchIndexQuery()), state),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** The filter counts for a URL state: the same for every page of results. */
export const searchFacetsQuery = (state: SearchState) =>
  queryOptions({
    queryKey: ['search', 'facets', state.q, state.dates, state.pageIds, state.entityIds],
    queryFn: async ({ client }) => searchFacets(await client.ensureQueryData(searchIndexQuery()), state),
    staleTime: Number.POSITIVE_INFINITY,
  });

/** The top hits shown under the search box while typing. */
export const suggestionsQuery = (query: string) =>
  queryOptions({
    queryKey: ['search', 'suggestions', query],
    queryFn: async ({ client }) => {
      const index = await client.ensureQueryData(searchIndexQuery());
      const results = await index.search(query, { limit: SUGGESTIONS, facets: false });
      return { total: results.total, hits: results.hits };
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
