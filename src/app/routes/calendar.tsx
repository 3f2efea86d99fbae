import type { QueryClient } from '../lib/query/index.ts';
import { useSuspenseQuery } from '../lib/query/index.ts';
import type { LoaderFunctionArgs } from 'react-router';
import { useParams } from 'react-router';
import type { EditionInfo, Manifest } from '../../contract/bundle.ts';
import { yearQuery } from '../features/calendar/api/year-query.ts';
import { MonthGrid } from '../features/calendar/components/MonthGrid.tsx';
import { MonthSteps } from '../features/calendar/components/MonthSteps.tsx';
import { YearMonths } from '../features/calendar/components/YearMonths.tsx';
import { calendarRange, inRange, isMonth, monthLabel, monthOf, type MonthRange } from '../features/calendar/lib/months.ts';
import { manifestQuery } from '../features/editions/api/manifest-query.ts';
import { useDocumentMeta, useHeadTags } from '../lib/document-meta.ts';
import { notFound } from '../lib/route-errors.ts';

/** The month a calendar URL shows: its own, or the newest edition's; undefined when nothing is dated. */
function shownMonth(manifest: Manifest, month: string | undefined): { month: string; range: MonthRange } | undefined {
  const range = calendarRange(manifest);
  if (month === undefined) return range && { month: range.last, range };
  return isMonth(month) && range && inRange(month, range) ? { month, range } : undefined;
}

const hasYear = (manifest: Manifest, year: string) => manifest.years.some((entry) => entry.year === year);

/** A month needs the manifest (the archive's first and last month, its years) and its year's file (its days). */
export const calendarLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const manifest = await queryClient.ensureQueryData(manifestQuery());
    const shown = shownMonth(manifest, params.month);
    if (!shown) {
      if (params.month !== undefined) notFound();
      return null;
    }
    const year = shown.month.slice(0, 4);
    if (hasYear(manifest, year)) await queryClient.ensureQueryData(yearQuery(year));
    return null;
  };

function YearEditions({ year, children }: { year: string; children: (editions: readonly EditionInfo[]) => React.ReactNode }) {
  const { editions } = useSuspenseQuery(yearQuery(year)).data;
  return children(editions);
}

/** 往期: one month of the archive as a calendar, with steps to the months and years around it. */
export function CalendarRoute() {
  const params = useParams();
  const { data: manifest } = useSuspenseQuery(manifestQuery());
  const shown = shownMonth(manifest, params.month);
  const title = shown ? `往期 ${monthLabel(shown.month)}` : '往期';
  useDocumentMeta({ title, description: shown ? `${monthLabel(shown.month)}各期报纸：有报纸的日子可直接打开当天的版面。` : '往期报纸' });
  useHeadTags();
  const year = shown?.month.slice(0, 4);
  const body = (editions: readonly EditionInfo[]) =>
    shown && (
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_16rem]">
        <section aria-labelledby="calendar-title" className="grid min-w-0 max-w-xl content-start gap-4">
          <h1 id="calendar-title" className="headline text-3xl">
            往期
          </h1>
          <MonthSteps month={shown.month} range={shown.range} />
          <MonthGrid month={shown.month} editions={editions.filter((edition) => edition.date && monthOf(edition.date) === shown.month)} />
        </section>
        <YearMonths month={shown.month} range={shown.range} years={manifest.years} editions={editions} />
      </div>
    );
  if (!shown || !year) {
    return (
      <div className="mx-auto max-w-xl py-12 text-center">
        <h1 className="headline mb-3 text-3xl">往期</h1>
        <p className="text-muted">还没有标明日期的报纸。</p>
      </div>
    );
  }
  return hasYear(manifest, year) ? <YearEditions year={year}>{body}</YearEditions> : body([]);
}
