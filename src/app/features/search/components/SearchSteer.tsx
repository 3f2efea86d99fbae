import { useQuery } from '../../../lib/query/index.ts';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { SearchSort } from '../../../../search/index.ts';
import { formatDate } from '../../../lib/dates.ts';
import { manifestQuery } from '../../editions/api/manifest-query.ts';
import { rangeIsReversed, searchHref, type SearchState } from '../lib/search-params.ts';

const SORTS: { value: SearchSort; label: string }[] = [
  { value: 'relevance', label: '相关度' },
  { value: 'newest', label: '最新' },
  { value: 'oldest', label: '最早' },
];

/**
 * A date field that changes the URL only with a day the archive can have (or with nothing):
 * while a reader types a year digit by digit the field holds years like 0002, which would
 * otherwise each be a search and a history entry.
 */
function DayField({ id, label, name, value, min, max, onDay }: { id: string; label: string; name: string; value: string | undefined; min?: string; max?: string; onDay: (day: string | undefined) => void }) {
  const [draft, setDraft] = useState(value ?? '');
  const [shownFor, setShownFor] = useState(value);
  if (value !== shownFor) {
    setShownFor(value);
    setDraft(value ?? '');
  }
  return (
    <span className="inline-flex items-center gap-1.5">
      <label htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="date"
        aria-label={name}
        value={draft}
        min={min}
        max={max}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          if (next === '') onDay(undefined);
          else if ((!min || next >= min) && (!max || next <= max)) onDay(next);
        }}
        className="h-10 rounded-md border border-rule bg-panel px-2 text-ink"
      />
    </span>
  );
}

/** 排序 and 日期范围 of the results, both in the URL; a change starts the results at their first page. */
export function SearchSteer({ state }: { state: SearchState }) {
  const navigate = useNavigate();
  const manifest = useQuery(manifestQuery()).data;
  const min = manifest?.firstDate;
  const max = manifest?.editions.find((edition) => edition.date)?.date;
  const go = (change: Partial<SearchState>) => void navigate(searchHref({ ...state, ...change, page: 1 }));
  const reversed = rangeIsReversed(state);
  return (
    <div className="mb-4 grid gap-2">
      <div role="group" aria-label="排序与日期范围" className="flex flex-wrap items-center gap-x-5 gap-y-2 text-[0.9375rem]">
        <span className="inline-flex items-center gap-1.5">
          <label htmlFor="search-sort">排序</label>
          <select
            id="search-sort"
            value={state.sort}
            onChange={(event) => go({ sort: event.target.value as SearchSort })}
            className="h-10 rounded-md border border-rule bg-panel px-2 text-ink"
          >
            {SORTS.map((sort) => (
              <option key={sort.value} value={sort.value}>
                {sort.label}
              </option>
            ))}
          </select>
        </span>
        <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-2">
          <DayField id="search-from" label="起" name="起始日期" value={state.from} min={min} max={max} onDay={(from) => go({ from })} />
          <span aria-hidden="true" className="max-sm:hidden">–</span>
          <DayField id="search-to" label="止" name="截止日期" value={state.to} min={min} max={max} onDay={(to) => go({ to })} />
          {(state.from || state.to) && (
            <button type="button" className="text-accent underline" onClick={() => go({ from: undefined, to: undefined })}>
              不限日期
            </button>
          )}
        </span>
      </div>
      {reversed && (
        <p role="alert" className="text-accent">
          起始日期（{formatDate(state.from!, false)}）晚于截止日期（{formatDate(state.to!, false)}），没有稿件能同时满足。请把起始日期改早，或把截止日期改晚。
        </p>
      )}
    </div>
  );
}
