import { Link } from 'react-router';
import type { EditionInfo, Manifest } from '../../../../contract/bundle.ts';
import { paths } from '../../../paths.ts';
import { clampMonth, inRange, monthOf, type MonthRange } from '../lib/months.ts';

const MONTHS = Array.from({ length: 12 }, (_, index) => String(index + 1).padStart(2, '0'));

/** Every year with editions, and the shown year's twelve months: each a link to its calendar page. */
export function YearMonths({ month, range, years, editions }: { month: string; range: MonthRange; years: Manifest['years']; editions: readonly EditionInfo[] }) {
  const year = month.slice(0, 4);
  const counts = new Map<string, number>();
  for (const edition of editions) if (edition.date) counts.set(monthOf(edition.date), (counts.get(monthOf(edition.date)) ?? 0) + 1);
  return (
    <div className="grid content-start gap-6">
      <nav aria-labelledby="calendar-years">
        <h2 id="calendar-years" className="mb-2 border-b border-rule pb-1 font-serif text-lg font-bold">
          年份
        </h2>
        <ul className="flex flex-wrap gap-1.5">
          {years.map(({ year: other, editionCount }) => (
            <li key={other}>
              <Link
                to={paths.calendarMonth.href(clampMonth(`${other}-${month.slice(5)}`, range))}
                aria-current={other === year ? 'page' : undefined}
                aria-label={`${other}年，共${editionCount}期`}
                className="btn aria-[current=page]:border-ink aria-[current=page]:bg-ink aria-[current=page]:text-paper"
              >
                {other}年
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-labelledby="calendar-months">
        <h2 id="calendar-months" className="mb-2 border-b border-rule pb-1 font-serif text-lg font-bold">
          {year}年各月
        </h2>
        <ul className="grid grid-cols-4 gap-1.5 text-center">
          {MONTHS.map((number) => {
            const target = `${year}-${number}`;
            const count = counts.get(target) ?? 0;
            const label = `${Number(number)}月`;
            return (
              <li key={number}>
                {inRange(target, range) ? (
                  <Link
                    to={paths.calendarMonth.href(target)}
                    aria-current={target === month ? 'page' : undefined}
                    aria-label={`${label}，${count > 0 ? `共${count}期` : '没有报纸'}`}
                    className={`btn w-full justify-center whitespace-nowrap px-1 aria-[current=page]:border-ink aria-[current=page]:bg-ink aria-[current=page]:text-paper ${count > 0 ? 'font-bold' : 'text-muted'}`}
                  >
                    {label}
                  </Link>
                ) : (
                  <span className="btn w-full cursor-default justify-center whitespace-nowrap border-dashed px-1 text-muted">{label}</span>
                )}
              </li>
            );
          })}
        </ul>
      </nav>
    </div>
  );
}
