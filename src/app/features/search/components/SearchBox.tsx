import { Form, useSearchParams, useLocation } from 'react-router';
import { paths } from '../../../paths.ts';

/**
 * The search box on every page. A plain GET form to `/search?q=`, so it also works before the
 * script has loaded. The search engine (src/search/) and the live results belong to the search feature.
 */
export function SearchBox({ className = '' }: { className?: string }) {
  // One search box per page, so a fixed id is unique; it also matches between prerender and hydration.
  const id = 'site-search';
  const location = useLocation();
  const [params] = useSearchParams();
  const query = location.pathname === paths.search.path ? (params.get('q') ?? '') : '';
  return (
    <Form role="search" method="get" action={paths.search.href()} className={`flex min-w-0 items-center gap-1.5 ${className}`}>
      <label htmlFor={id} className="sr-only">
        搜索稿件
      </label>
      <input
        key={query}
        id={id}
        type="search"
        name="q"
        defaultValue={query}
        placeholder="搜索稿件"
        enterKeyHint="search"
        className="h-10 w-full min-w-0 rounded-md border border-rule bg-panel px-3 text-base text-ink placeholder:text-muted sm:w-56"
      />
      <button type="submit" className="btn hidden sm:inline-flex">
        搜索
      </button>
    </Form>
  );
}
