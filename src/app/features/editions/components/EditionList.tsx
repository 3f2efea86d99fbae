import { useQueryClient } from '../../../lib/query/index.ts';
import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { EditionInfo, Manifest } from '../../../../contract/bundle.ts';
import { BundleNotFoundError } from '../../../lib/bundle-source.ts';
import { formatDate } from '../../../lib/dates.ts';
import { useHydrated } from '../../../lib/use-hydrated.tsx';
import { monthOf } from '../../calendar/lib/months.ts';
import { paths } from '../../../paths.ts';
import { editionQuery } from '../api/edition-query.ts';
import { editionLabel } from '../edition-label.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * Opens any day's paper: that day's edition file names its first page, so no list of every day
 * is needed (the manifest lists only the newest editions).
 */
function DateJump({ min, max }: { min?: string; max?: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const inputId = useId();
  const [message, setMessage] = useState('');
  const [pending, setPending] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const date = String(new FormData(event.currentTarget).get('date') ?? '');
    if (!DATE.test(date)) {
      setMessage('请先选择日期。');
      return;
    }
    setPending(true);
    setMessage('');
    try {
      const chunk = await queryClient.ensureQueryData(editionQuery(date));
      await navigate(paths.page.href(chunk.edition.firstPageId));
    } catch (error) {
      setMessage(error instanceof BundleNotFoundError ? `${formatDate(date, false)}没有报纸。` : '暂时无法打开这一天的报纸，请稍后重试。');
    } finally {
      setPending(false);
    }
  };
  return (
    <form className="mt-3 grid gap-1.5" onSubmit={(event) => void submit(event)}>
      <label htmlFor={inputId} className="text-sm text-muted">
        按日期查看
      </label>
      <div className="flex gap-2">
        <input id={inputId} name="date" type="date" min={min} max={max} required className="min-w-0 flex-1 rounded border border-rule bg-paper px-2 py-1" />
        <button type="submit" className="btn" disabled={pending}>
          {pending ? '正在打开…' : '查看'}
        </button>
      </div>
      <p role="status" className="text-sm text-muted empty:hidden">
        {message}
      </p>
    </form>
  );
}

/** 往期: the newest dated editions (and, last, the one being read if it is older), then any day by date; prerendered, only the one being read. */
export function EditionList({ manifest, current }: { manifest: Manifest; current?: EditionInfo }) {
  const headingId = 'edition-list';
  const hydrated = useHydrated();
  // Prerendered, the list names only the edition being read: the newest editions change every day,
  // and listing them in the HTML would rewrite every page's file with each new edition.
  const newest = hydrated || !current ? manifest.editions.filter((edition) => edition.date) : [];
  const listed = current?.date && !newest.some((edition) => edition.id === current.id) ? [...newest, current] : newest;
  if (listed.length === 0) return null;
  const calendarHref = current?.date ? paths.calendarMonth.href(monthOf(current.date)) : paths.calendar.href();
  return (
    <nav aria-labelledby={headingId} className="print:hidden">
      <h2 id={headingId} className="mb-3 border-b border-rule pb-1.5 font-serif text-lg font-bold">
        往期
      </h2>
      <ul className="grid max-h-80 gap-1 overflow-y-auto">
        {listed.map((edition) => (
          <li key={edition.id}>
            <Link
              to={paths.page.href(edition.firstPageId)}
              aria-current={edition.id === current?.id ? 'page' : undefined}
              className="flex justify-between gap-2 rounded px-1.5 py-1 text-[0.9375rem] no-underline hover:bg-panel aria-[current=page]:font-bold aria-[current=page]:text-accent"
            >
              <span>{editionLabel(edition)}</span>
              <span className="text-sm text-muted">{edition.pageCount}版</span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-3">
        <Link to={calendarHref} className="btn">
          往期日历
        </Link>
      </p>
      {/* Without the app's script a date form could only reload this page: the calendar's links are that path. */}
      {hydrated && <DateJump min={manifest.firstDate} max={newest[0]?.date} />}
    </nav>
  );
}
