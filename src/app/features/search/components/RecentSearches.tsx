import { useRef } from 'react';
import { Link } from 'react-router';
import { clearRecentSearches, forgetSearch, useRecentSearches } from '../lib/recent-searches.ts';
import { searchHref } from '../lib/search-params.ts';

/** 最近搜索 on the empty search page: each query a link, each removable, and 清除 for all of them. */
export function RecentSearches() {
  const queries = useRecentSearches();
  const section = useRef<HTMLElement>(null);
  if (queries.length === 0) return null;
  const forget = (at: number) => {
    forgetSearch(queries[at]!);
    // The button pressed is gone: the keyboard goes on at the next query's (the last one's, at the end), else the search box.
    requestAnimationFrame(() => {
      const buttons = section.current?.querySelectorAll<HTMLButtonElement>('button[data-forget]') ?? [];
      (buttons[Math.min(at, buttons.length - 1)] ?? document.getElementById('site-search'))?.focus();
    });
  };
  return (
    <section ref={section} aria-labelledby="recent-searches" className="grid gap-2">
      <div className="flex items-baseline gap-4">
        <h2 id="recent-searches" className="font-bold">
          最近搜索
        </h2>
        <button
          type="button"
          className="text-sm text-accent underline"
          aria-label="清除最近搜索"
          onClick={() => {
            clearRecentSearches();
            document.getElementById('site-search')?.focus();
          }}
        >
          清除
        </button>
      </div>
      <ul className="flex flex-wrap gap-2" aria-labelledby="recent-searches">
        {queries.map((query, at) => (
          <li key={query} className="inline-flex max-w-full items-center rounded-2xl border border-rule bg-panel">
            <Link to={searchHref({ q: query })} className="min-h-9 truncate py-1.5 pr-1 pl-3">
              {query}
            </Link>
            <button
              type="button"
              data-forget=""
              aria-label={`删除最近搜索“${query}”`}
              onClick={() => forget(at)}
              className="inline-flex min-h-9 min-w-9 items-center justify-center rounded-2xl text-muted hover:text-ink"
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
