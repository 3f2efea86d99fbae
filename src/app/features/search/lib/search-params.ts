import type { SearchSort } from '../../../../search/index.ts';
import { paths } from '../../../paths.ts';

/** What a search page shows, all of it in the URL so back/forward and shared links restore it. */
export interface SearchState {
  q: string;
  dates: string[];
  pageIds: string[];
  entityIds: string[];
  /** Hits by relevance (the default) or by the date printed. */
  sort: SearchSort;
  /** First and last day (`YYYY-MM-DD`) of a date range, either one optional. */
  from?: string;
  to?: string;
  /** 1-based page of results. */
  page: number;
}

export type FilterKind = 'dates' | 'pageIds' | 'entityIds';

/** URL parameter of each filter: `&date=…&page=…&entity=…`, repeated for several values. */
export const FILTER_PARAMS: Readonly<Record<FilterKind, string>> = { dates: 'date', pageIds: 'page', entityIds: 'entity' };
const RESULTS_PAGE_PARAM = 'p';
/** `&sort=new|old`; relevance is the default and leaves it out. */
const SORT_PARAM = 'sort';
const SORT_VALUES: Readonly<Record<string, SearchSort>> = { new: 'newest', old: 'oldest' };
const FROM_PARAM = 'from';
const TO_PARAM = 'to';
const DAY = /^\d{4}-\d{2}-\d{2}$/u;
/** More filter values than a reader could pick by hand: a crafted URL cannot make a search do unbounded work. */
const MAX_FILTER_VALUES = 50;
const MAX_RESULTS_PAGE = 10_000;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** A query as text a URL and the DOM can carry: lone surrogates become U+FFFD, like the URL encoder does. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

function values(params: URLSearchParams, name: string): string[] {
  return [...new Set(params.getAll(name).filter((value) => value !== ''))].slice(0, MAX_FILTER_VALUES);
}

/** A day as `<input type="date">` gives it, or nothing for anything else a URL carries. */
function day(value: string | null): string | undefined {
  return value !== null && DAY.test(value) ? value : undefined;
}

export function parseSearchParams(params: URLSearchParams): SearchState {
  const page = Number.parseInt(params.get(RESULTS_PAGE_PARAM) ?? '', 10);
  const from = day(params.get(FROM_PARAM));
  const to = day(params.get(TO_PARAM));
  return {
    q: wellFormed(params.get('q') ?? '').trim(),
    dates: values(params, FILTER_PARAMS.dates),
    pageIds: values(params, FILTER_PARAMS.pageIds),
    entityIds: values(params, FILTER_PARAMS.entityIds),
    sort: SORT_VALUES[params.get(SORT_PARAM) ?? ''] ?? 'relevance',
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    page: Number.isFinite(page) && page > 1 ? Math.min(page, MAX_RESULTS_PAGE) : 1,
  };
}

/** The `/search?…` URL of a state (router path, without the site's base). */
export function searchHref(state: Partial<SearchState>): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const kind of ['dates', 'pageIds', 'entityIds'] as const) {
    for (const value of state[kind] ?? []) params.append(FILTER_PARAMS[kind], value);
  }
  const sort = Object.entries(SORT_VALUES).find(([, value]) => value === state.sort)?.[0];
  if (sort) params.set(SORT_PARAM, sort);
  if (state.from) params.set(FROM_PARAM, state.from);
  if (state.to) params.set(TO_PARAM, state.to);
  if (state.page && state.page > 1) params.set(RESULTS_PAGE_PARAM, String(state.page));
  const query = params.toString();
  return query ? `${paths.search.path}?${query}` : paths.search.path;
}

/** The state with one filter value switched on or off; the results start again at their first page. */
export function toggleFilter(state: SearchState, kind: FilterKind, value: string): SearchState {
  const current = state[kind];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...state, [kind]: next, page: 1 };
}

export function hasFilters(state: SearchState): boolean {
  return state.dates.length + state.pageIds.length + state.entityIds.length > 0 || state.from !== undefined || state.to !== undefined;
}

/** A range whose first day is after its last: explained to the reader rather than searched. */
export function rangeIsReversed(state: Pick<SearchState, 'from' | 'to'>): boolean {
  return state.from !== undefined && state.to !== undefined && state.from > state.to;
}

/** A long query shortened for a title or a sentence, by characters (never inside a surrogate pair). */
export function clipQuery(q: string, max = 40): string {
  const chars = Array.from(q);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : q;
}
