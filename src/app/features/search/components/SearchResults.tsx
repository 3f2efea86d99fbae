import { useQuery } from '../../../lib/query/index.ts';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Lines } from '../../../components/Skeleton.tsx';
import { BundleLoadError, BundleNotFoundError } from '../../../lib/bundle-source.ts';
import { NoSearchIndexError } from '../api/search-index-query.ts';
import { keptForSameQuery, RESULTS_PER_PAGE, searchCountQuery, searchResultsQuery } from '../api/search-query.ts';
import { pagerState, resultsSummary, type ResultsPosition } from '../lib/result-count.ts';
import { rememberSearch } from '../lib/recent-searches.ts';
import { clipQuery, hasFilters, rangeIsReversed, searchHref, type SearchState } from '../lib/search-params.ts';
import { usePageFacts } from '../lib/use-page-facts.ts';
import { useAfterPaint } from '../../../lib/use-after-paint.ts';
import { RecentSearches } from './RecentSearches.tsx';
import { SearchFilters } from './SearchFilters.tsx';
import { SearchHitItem } from './SearchHitItem.tsx';
import { SearchSteer } from './SearchSteer.tsx';
import { SearchTips } from './SearchTips.tsx';

function SearchLoading() {
  return (
    <div role="status" aria-live="polite" className="grid gap-6">
      <span className="text-muted">正在搜索…</span>
      {[0, 1, 2].map((index) => (
        <div key={index} className="grid gap-2" aria-hidden="true">
          <div className="skeleton h-6 w-2/3" />
          <Lines count={2} />
        </div>
      ))}
    </div>
  );
}

function SearchError({ error, onRetry, retrying }: { error: unknown; onRetry: () => void; retrying: boolean }) {
  const missing = error instanceof NoSearchIndexError || error instanceof BundleNotFoundError;
  const detail = error instanceof BundleLoadError || error instanceof BundleNotFoundError ? `${error.message}（${error.path}）` : undefined;
  return (
    <div role="alert" className="py-6">
      <p className="mb-2 font-bold">{missing ? '本站暂时无法搜索。' : '搜索索引载入失败。'}</p>
      <p className="mb-4 text-muted">{missing ? '搜索索引没有找到，可能还没有建立。' : '可能是网络中断，请稍后重试。'}</p>
      {detail && <p className="mb-4 text-sm text-muted">{detail}</p>}
      <button type="button" className="btn" onClick={onRetry} disabled={retrying}>
        {retrying ? '正在重试…' : '重试'}
      </button>
    </div>
  );
}

function NoHits({ state }: { state: SearchState }) {
  const filtered = hasFilters(state);
  return (
    <div className="grid gap-2 py-4">
      <p>
        没有找到包含“<strong>{clipQuery(state.q)}</strong>”的稿件{filtered ? '（在所选范围内）' : ''}。
      </p>
      <ul className="list-disc pl-5 text-muted">
        {filtered && (
          <li>
            <Link to={searchHref({ q: state.q, sort: state.sort })} className="text-accent">
              去掉筛选条件
            </Link>
            ，在全部稿件中搜索。
          </li>
        )}
        <li>少输几个字，或换一个说法；几个词之间的空格表示“都要包含”。</li>
        <li>人名和企业名也可以用拼音搜索。</li>
      </ul>
    </div>
  );
}

function Pager({ state, at }: { state: SearchState; at: ResultsPosition }) {
  const { pages, hasPrevious, hasNext } = pagerState(at);
  if (!hasPrevious && !hasNext) return null;
  const link = (page: number, text: string, rel: string) => (
    <Link to={searchHref({ ...state, page })} rel={rel} className="btn">
      {text}
    </Link>
  );
  return (
    <nav aria-label="搜索结果分页" className="mt-6 flex items-center justify-between gap-3">
      {hasPrevious ? link(state.page - 1, '上一页', 'prev') : <span />}
      <span className="text-sm text-muted">{pages === undefined ? `第 ${state.page} 页` : `第 ${Math.min(state.page, pages)} / ${pages} 页`}</span>
      {hasNext ? link(state.page + 1, '下一页', 'next') : <span />}
    </nav>
  );
}

/** The search page's body for a URL state: recent searches and tips, or sort and range over loading, error with retry, no hits, or results with filters. */
export function SearchResults({ state }: { state: SearchState }) {
  return state.q ? (
    <>
      <SearchSteer state={state} />
      {rangeIsReversed(state) ? null : <Results state={state} />}
    </>
  ) : (
    <div className="grid gap-8">
      <RecentSearches />
      <SearchTips />
    </div>
  );
}

function Results({ state }: { state: SearchState }) {
  const results = useQuery({
    ...searchResultsQuery(state),
    placeholderData: keptForSameQuery(state.q),
  });
  const data = results.data;
  // The exact total, the filter counts and the hits' 版名 load once the hits are on screen: they
  // must never hold the results up (the page names fill in a line the hit already has).
  const hitsPainted = useAfterPaint(data !== undefined);
  // Kept once its hits are on screen too: a page's first use of localStorage costs a phone tens of
  // milliseconds, which the task drawing the hits should not carry.
  useEffect(() => {
    if (hitsPainted) rememberSearch(state.q);
  }, [hitsPainted, state.q]);
  const counted = useQuery({
    ...searchCountQuery(state),
    enabled: data !== undefined && hitsPainted,
    placeholderData: keptForSameQuery(state.q),
  });
  const pages = usePageFacts([...(hitsPainted ? (data?.hits.map((hit) => hit.date) ?? []) : []), ...state.dates]);
  const list = useRef<HTMLDivElement>(null);
  // On a phone the filters fold away behind a button, so the results come first.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const shownPage = data && !results.isPlaceholderData ? state.page : undefined;
  useEffect(() => {
    // A new page of results starts at its top, where the count is.
    if (shownPage !== undefined && shownPage > 1) list.current?.scrollIntoView({ block: 'start' });
  }, [shownPage]);

  if (results.isError && !data) {
    return <SearchError error={results.error} onRetry={() => void results.refetch()} retrying={results.isFetching} />;
  }
  if (!data) return <SearchLoading />;

  const total = data.total ?? (counted.isPlaceholderData ? undefined : counted.data?.total);
  const at: ResultsPosition = { page: state.page, perPage: RESULTS_PER_PAGE, hitsShown: data.hits.length, total, hasMore: data.hasMore };
  const filterCount = state.dates.length + state.pageIds.length + state.entityIds.length;
  return (
    <div ref={list} className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_16rem] lg:gap-10">
      <div className="min-w-0">
        <p role="status" className="text-muted" aria-busy={results.isPlaceholderData}>
          {resultsSummary(clipQuery(state.q), at)}
        </p>
        {total === 0 ? (
          <NoHits state={state} />
        ) : (
          <ol className={results.isPlaceholderData ? 'opacity-60' : ''} aria-label="搜索结果">
            {data.hits.map((hit) => (
              <SearchHitItem key={hit.articleId} hit={hit} query={state.q} page={pages.get(hit.pageId)} />
            ))}
          </ol>
        )}
        <Pager state={state} at={at} />
      </div>
      {(total !== 0 || hasFilters(state)) && (
        <aside className="lg:order-last lg:border-l lg:border-rule lg:pl-6 max-lg:-order-1">
          <button type="button" className="btn lg:hidden" aria-expanded={filtersOpen} aria-controls="search-filters" onClick={() => setFiltersOpen(!filtersOpen)}>
            筛选{filterCount > 0 ? `（已选 ${filterCount} 项）` : ''}
            <span aria-hidden="true">{filtersOpen ? '▴' : '▾'}</span>
          </button>
          <div id="search-filters" className={filtersOpen ? 'max-lg:mt-4' : 'max-lg:hidden'}>
            {counted.data ? (
              <SearchFilters facets={counted.data.facets} state={state} pages={pages} />
            ) : (
              <p className="text-muted" role="status">
                {counted.isError ? '筛选项暂时无法统计' : '正在统计筛选项…'}
              </p>
            )}
          </div>
        </aside>
      )}
    </div>
  );
}
