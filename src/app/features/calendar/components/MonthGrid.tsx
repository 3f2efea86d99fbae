import { Link } from 'react-router';
import type { EditionInfo } from '../../../../contract/bundle.ts';
import { formatDate } from '../../../lib/dates.ts';
import { paths } from '../../../paths.ts';
import { monthLabel, monthWeeks } from '../lib/months.ts';

const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/**
 * One month as a printed calendar, Monday first: a day with an edition is a link to its front page,
 * any other day plain. Links, not a script, so it works before (and without) the app's JavaScript.
 */
export function MonthGrid({ month, editions }: { month: string; editions: readonly EditionInfo[] }) {
  const byDate = new Map(editions.flatMap((edition) => (edition.date ? [[edition.date, edition] as const] : [])));
  return (
    <table className="w-full table-fixed border-collapse text-center">
      <caption className="mb-2 font-serif text-xl font-bold">
        {monthLabel(month)}
        <span className="ml-2 text-sm font-normal text-muted">{byDate.size > 0 ? `共${byDate.size}期` : '本月没有报纸'}</span>
      </caption>
      <thead>
        <tr>
          {WEEKDAYS.map((day, index) => (
            <th key={day} scope="col" className={`py-1.5 text-sm font-semibold ${index >= 5 ? 'text-accent' : 'text-muted'}`}>
              {day}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(month).map((week) => (
          <tr key={week.find(Boolean)}>
            {week.map((date, index) => {
              if (!date) return <td key={`empty-${index}`} />;
              const edition = byDate.get(date);
              const day = Number(date.slice(8));
              return (
                <td key={date} className="p-0.5">
                  {edition ? (
                    <Link
                      to={paths.page.href(edition.firstPageId)}
                      aria-label={`${formatDate(date, false)}，共${edition.pageCount}版`}
                      className="block rounded border border-accent py-2 font-bold text-accent no-underline hover:bg-accent hover:text-paper"
                    >
                      {day}
                    </Link>
                  ) : (
                    <span className="block py-2 text-muted">{day}</span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
