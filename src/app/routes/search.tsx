import { useSearchParams } from 'react-router';
import { SearchResults } from '../features/search/components/SearchResults.tsx';
import { useDocumentMeta } from '../lib/document-meta.ts';

/** `/search?q=`: the page of the search feature; results come from features/search/. */
export function SearchRoute() {
  const [params] = useSearchParams();
  const query = params.get('q')?.trim() ?? '';
  useDocumentMeta({ title: query ? `搜索：${query}` : '搜索', description: '在读报的全部稿件中搜索。' });
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="headline mb-4 text-3xl">搜索</h1>
      <SearchResults query={query} />
    </div>
  );
}
