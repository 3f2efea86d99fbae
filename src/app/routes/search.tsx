import { useSearchParams } from 'react-router';
import { SearchResults } from '../features/search/components/SearchResults.tsx';
import { clipQuery, parseSearchParams } from '../features/search/lib/search-params.ts';
import { useDocumentMeta, useHeadTags } from '../lib/document-meta.ts';

/**
 * `/search?q=`: the page of the search feature. Prerendered without a query (an empty-state shell);
 * in the browser the query, filters and results page come from the URL.
 */
export function SearchRoute() {
  const [params] = useSearchParams();
  const state = parseSearchParams(params);
  useDocumentMeta({ title: state.q ? `搜索：${clipQuery(state.q)}` : '搜索', description: '在读报的全部稿件中搜索。' });
  // No canonical, feeds or JSON-LD here: take out the previous route's.
  useHeadTags();
  return (
    <div className="mx-auto max-w-5xl">
      <h1 className="headline mb-4 text-3xl">搜索</h1>
      <SearchResults state={state} />
    </div>
  );
}
