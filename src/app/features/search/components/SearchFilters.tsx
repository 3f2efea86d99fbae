import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { PageSummary } from '../../../../contract/bundle.ts';
import type { SearchFacets } from '../../../../search/index.ts';
import { formatDate } from '../../../lib/dates.ts';
import { zh } from '../../../lib/zh.ts';
import { pageLabel } from '../../pages/page-label.ts';
import { searchHref, toggleFilter, type FilterKind, type SearchState } from '../lib/search-params.ts';

interface Chip {
  value: string;
  label: string;
  count: number;
}

/** Chips shown before "more": an archive's common word has hits on thousands of dates. */
const FOLDED_AFTER = 12;

function ChipGroup({ title, kind, chips, state }: { title: string; kind: FilterKind; chips: Chip[]; state: SearchState }) {
  const navigate = useNavigate();
  const [unfolded, setUnfolded] = useState(false);
  if (chips.length === 0) return null;
  const titleId = `search-filter-${kind}-${title}`;
  // Chosen chips always show, so they can be undone.
  const shown = unfolded ? chips : chips.filter((chip, i) => i < FOLDED_AFTER || state[kind].includes(chip.value));
  const hidden = chips.length - shown.length;
  return (
    <div role="group" aria-labelledby={titleId} className="mb-3">
      <h2 id={titleId} className="mb-1.5 text-sm font-bold text-muted">
        {title}
      </h2>
      <ul className="flex flex-wrap gap-1.5">
        {shown.map((chip) => {
          const on = state[kind].includes(chip.value);
          return (
            <li key={chip.value}>
              <button
                type="button"
                aria-pressed={on}
                onClick={() => void navigate(searchHref(toggleFilter(state, kind, chip.value)))}
                className={`inline-flex min-h-9 items-baseline gap-1.5 rounded-2xl border px-3 py-1 text-left text-sm ${on ? 'border-ink bg-ink text-paper' : 'border-rule bg-panel text-ink hover:border-muted'}`}
              >
                {chip.label}
                <span className={`shrink-0 ${on ? '' : 'text-muted'}`}>{chip.count}</span>
              </button>
            </li>
          );
        })}
        {(unfolded ? chips.length > FOLDED_AFTER : hidden > 0) && (
          <li>
            <button type="button" aria-expanded={unfolded} onClick={() => setUnfolded(!unfolded)} className="min-h-9 px-2 py-1 text-sm text-accent underline">
              {unfolded ? '收起' : `更多${title}（${hidden}）`}
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}

/** Chosen values the facets do not list (a shared link, nothing left to count) stay on screen, so they can be undone. */
function withChosen(chips: Chip[], chosen: readonly string[], label: (value: string) => string): Chip[] {
  const missing = chosen.filter((value) => !chips.some((chip) => chip.value === value));
  return [...chips, ...missing.map((value) => ({ value, label: label(value), count: 0 }))];
}

/** Filters with counts: toggle chips, values of one kind combined with OR, kinds with AND; all in the URL. */
export function SearchFilters({ facets, state, pages }: { facets: SearchFacets; state: SearchState; pages: ReadonlyMap<string, PageSummary> }) {
  const dates = withChosen(
    facets.dates.map((d) => ({ value: d.value, label: formatDate(d.value, false), count: d.count })),
    state.dates,
    (value) => formatDate(value, false),
  );
  // A page is offered when its edition is known (the hits' and chosen dates'); a chosen one always, so it can be undone.
  const pageChips = facets.pages.flatMap((p) => {
    const facts = pages.get(p.id);
    if (!facts && !state.pageIds.includes(p.id)) return [];
    const label = facts ? [pageLabel(facts), facts.date && dates.length > 1 ? formatDate(facts.date, false) : undefined].filter(Boolean).join(' · ') : p.id;
    return [{ value: p.id, label, count: p.count }];
  });
  const entity = (e: { id: string; name: string; count: number }) => ({ value: e.id, label: zh(e.name), count: e.count });
  const persons = facets.persons.map(entity);
  const enterprises = facets.enterprises.map(entity);
  const listed = [...persons, ...enterprises];
  const otherEntities = withChosen([], state.entityIds.filter((id) => !listed.some((chip) => chip.value === id)), (id) => id);
  return (
    <section aria-label="筛选结果">
      <ChipGroup title="日期" kind="dates" chips={dates} state={state} />
      <ChipGroup title="版面" kind="pageIds" chips={pageChips} state={state} />
      <ChipGroup title="人物" kind="entityIds" chips={persons} state={state} />
      <ChipGroup title="企业" kind="entityIds" chips={enterprises} state={state} />
      <ChipGroup title="其他已选" kind="entityIds" chips={otherEntities} state={state} />
    </section>
  );
}
