import { keepPreviousData, useQuery, useQueryClient } from '../../../lib/query/index.ts';
import { useEffect, useRef, useState } from 'react';
import { Form, useLocation, useNavigate, useSearchParams } from 'react-router';
import { formatDate } from '../../../lib/dates.ts';
import { paths } from '../../../paths.ts';
import { pageNumberLabel } from '../../pages/page-label.ts';
import { searchIndexQuery } from '../api/search-index-query.ts';
import { suggestionsQuery } from '../api/search-query.ts';
import { fromFirstMark, headlineMarks, textExcerpts } from '../lib/hit-parts.ts';
import { useRecentSearches } from '../lib/recent-searches.ts';
import { countText } from '../lib/result-count.ts';
import { parseSearchParams, searchHref, wellFormed } from '../lib/search-params.ts';
import { useDebounced } from '../lib/use-debounced.ts';
import { useSearchShortcuts } from '../lib/use-search-shortcuts.ts';
import { Marked } from './Marked.tsx';
import { useHydrated } from '../../../lib/use-hydrated.tsx';

const DEBOUNCE_MS = 150;

/** One option of the listbox: the pointer picks it without taking the focus from the box. */
function Option(props: { id: string; active: boolean; onChoose: () => void; onHover: () => void; className: string; children: React.ReactNode }) {
  return (
    <li
      id={props.id}
      role="option"
      aria-selected={props.active}
      // Keep the focus in the box, so the click is not lost to its blur.
      onMouseDown={(event) => event.preventDefault()}
      onClick={props.onChoose}
      onMouseMove={props.onHover}
      className={`cursor-pointer px-3 py-2 ${props.className} ${props.active ? 'bg-mark/40' : ''}`}
    >
      {props.children}
    </li>
  );
}

/**
 * The search box on every page: a GET form to `/search?q=` (so it works before the script has loaded)
 * that suggests the top hits while the reader types. ARIA 1.1 combobox: the combobox wraps the
 * search input, which keeps its searchbox role, and owns the listbox of suggestions.
 */
export function SearchBox({ className = '' }: { className?: string }) {
  // One search box per page, so a fixed id is unique; it also matches between prerender and hydration.
  const id = 'site-search';
  const listboxId = `${id}-suggestions`;
  const statusId = `${id}-status`;
  const location = useLocation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const hydrated = useHydrated();
  useSearchShortcuts(input);

  const onSearchPage = location.pathname === paths.search.path;
  const urlQuery = onSearchPage ? wellFormed(params.get('q') ?? '') : '';
  const recents = useRecentSearches();
  const [draft, setDraft] = useState(urlQuery);
  const [shownFor, setShownFor] = useState(urlQuery);
  // A new URL (a search, back or forward) puts its query in the box.
  if (urlQuery !== shownFor) {
    setShownFor(urlQuery);
    setDraft(urlQuery);
  }
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [composing, setComposing] = useState(false);
  useEffect(() => {
    setOpen(false);
    setActive(-1);
  }, [location.key]);

  // Pinyin being composed by an input method is not what the reader is looking for.
  const [settledDraft, setSettledDraft] = useState(draft);
  if (!composing && settledDraft !== draft) setSettledDraft(draft);
  const query = useDebounced(wellFormed(settledDraft).trim(), DEBOUNCE_MS);
  const typedQuery = wellFormed(draft).trim();
  // While the reader types on, the last suggestions stay until the new ones arrive.
  const current = useQuery({ ...suggestionsQuery(query), enabled: open && query !== '', placeholderData: keepPreviousData });
  const hits = current.data?.hits ?? [];
  const listed = open && typedQuery !== '' && query !== '';
  // Emptied on a page of results, the box offers the recent searches (the empty search page lists them itself).
  const recentShown = open && onSearchPage && urlQuery !== '' && typedQuery === '' && recents.length > 0;
  // The options: the top hits, then "all results", which Enter without a choice also opens.
  const optionCount = recentShown ? recents.length : listed && hits.length > 0 ? hits.length + 1 : 0;
  const activeOption = active >= 0 && active < optionCount ? active : -1;

  const warm = () => void queryClient.prefetchQuery(searchIndexQuery());
  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const goToResults = (q: string) => {
    close();
    // A new query on the search page keeps the order and the date range the reader chose.
    const { sort, from, to } = parseSearchParams(params);
    void navigate(searchHref(onSearchPage ? { q, sort, from, to } : { q }));
  };
  const choose = (index: number) => {
    if (recentShown) return goToResults(recents[index] ?? '');
    const hit = hits[index];
    if (!hit) return goToResults(typedQuery);
    close();
    void navigate(paths.article.href(hit.articleId, { highlight: typedQuery }));
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        return;
      }
      if (optionCount === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // -1 is the input itself, between the last option and the first.
      setActive((activeOption + 1 + step + optionCount + 1) % (optionCount + 1) - 1);
    } else if (event.key === 'Enter' && activeOption >= 0) {
      event.preventDefault();
      choose(activeOption);
    } else if (event.key === 'Escape' && open && typedQuery !== '') {
      // The first Escape closes the suggestions; the next one clears the box, as the browser does.
      event.preventDefault();
      close();
    }
  };

  let status = '';
  if (recentShown) status = `最近搜索 ${recents.length} 条，按 ↑↓ 选择`;
  else if (listed) {
    if (current.isError) status = '搜索暂时不可用，按回车重试';
    else if (current.isPending) status = '正在搜索…';
    else if (hits.length === 0) status = `没有找到包含“${typedQuery}”的稿件`;
    else status = `${countText(current.data)}稿件，按 ↑↓ 选择`;
  }
  const expanded = recentShown || (listed && (optionCount > 0 || status !== ''));
  // The suggestion list's ARIA, given once the app runs and the list can exist.
  const comboboxAttributes = {
    role: 'combobox',
    'aria-expanded': expanded,
    'aria-haspopup': 'listbox',
    'aria-owns': listboxId,
    'aria-controls': listboxId,
    'aria-labelledby': `${id}-label`,
  } as const;
  const fieldAttributes = { 'aria-autocomplete': 'list', 'aria-controls': listboxId, 'aria-describedby': statusId } as const;

  return (
    <Form
      role="search"
      method="get"
      action={paths.search.href()}
      className={`flex min-w-0 items-center gap-1.5 ${className}`}
      onSubmit={(event) => {
        event.preventDefault();
        goToResults(typedQuery);
      }}
    >
      <label htmlFor={id} id={`${id}-label`} className="sr-only">
        搜索稿件
      </label>
      {/* Until the app runs the box is a plain field of a GET form: no suggestions list, so nothing claims one. */}
      <div {...(hydrated && comboboxAttributes)} className="min-w-0 flex-1">
        <input
          ref={input}
          id={id}
          type="search"
          name="q"
          value={draft}
          onChange={(event) => {
            setDraft(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => {
            warm();
            setOpen(true);
          }}
          onClick={() => setOpen(true)}
          onBlur={close}
          onKeyDown={onKeyDown}
          onCompositionStart={() => setComposing(true)}
          onCompositionEnd={(event) => {
            setComposing(false);
            setDraft(event.currentTarget.value);
          }}
          placeholder="搜索稿件"
          enterKeyHint="search"
          autoComplete="off"
          spellCheck={false}
          {...(hydrated && fieldAttributes)}
          aria-activedescendant={activeOption >= 0 ? `${listboxId}-${activeOption}` : undefined}
          maxLength={2048}
          className="h-10 w-full min-w-0 rounded-md border border-rule bg-panel px-3 text-base text-ink placeholder:text-muted sm:w-56"
        />
      </div>
      <button type="submit" className="btn hidden sm:inline-flex">
        搜索
      </button>
      {hydrated && (
        <>
          <div
            className={`absolute inset-x-2 top-full z-40 mt-1 overflow-hidden rounded-md border border-rule bg-panel shadow-lg sm:right-4 sm:left-auto sm:w-[30rem] ${expanded ? '' : 'hidden'}`}
          >
            {recentShown && (
              <p aria-hidden="true" className="border-b border-rule px-3 py-1.5 text-sm text-muted">
                最近搜索
              </p>
            )}
            <ul id={listboxId} role="listbox" aria-label={recentShown ? '最近搜索' : '搜索建议'} className="max-h-[70vh] overflow-y-auto">
              {recentShown &&
                recents.map((recent, index) => (
                  <Option
                    key={recent}
                    id={`${listboxId}-${index}`}
                    active={index === activeOption}
                    onChoose={() => choose(index)}
                    onHover={() => setActive(index)}
                    className="border-b border-rule last:border-b-0"
                  >
                    {recent}
                  </Option>
                ))}
              {!recentShown &&
                optionCount > 0 &&
                hits.map((hit, index) => (
                  <Option
                    key={hit.articleId}
                    id={`${listboxId}-${index}`}
                    active={index === activeOption}
                    onChoose={() => choose(index)}
                    onHover={() => setActive(index)}
                    className="border-b border-rule"
                  >
                    <span className="block font-serif font-bold">
                      {hit.headline ? <Marked text={hit.headline} marks={headlineMarks(hit)} /> : hit.title}
                    </span>
                    {textExcerpts(hit, 1).map((excerpt) => {
                      const preview = fromFirstMark(excerpt);
                      return (
                        <span key="excerpt" className="block truncate text-sm">
                          {preview.cut && '…'}
                          <Marked text={preview.text} marks={preview.marks} />
                        </span>
                      );
                    })}
                    <span className="block text-sm text-muted">
                      {[pageNumberLabel({ number: hit.pageNumber }), hit.date ? formatDate(hit.date, false) : undefined]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </Option>
                ))}
              {!recentShown && optionCount > 0 && (
                <Option
                  id={`${listboxId}-${hits.length}`}
                  active={activeOption === hits.length}
                  onChoose={() => choose(hits.length)}
                  onHover={() => setActive(hits.length)}
                  className="text-sm text-accent"
                >
                  {current.data?.total === undefined ? '查看全部结果' : `查看全部 ${current.data.total} 条结果`}
                </Option>
              )}
            </ul>
            {status && optionCount === 0 && <p className="px-3 py-2 text-sm text-muted">{status}</p>}
          </div>
          <span id={statusId} role="status" className="sr-only">
            {status}
          </span>
        </>
      )}
    </Form>
  );
}
