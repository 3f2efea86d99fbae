import { Link } from 'react-router';
import { paths } from '../../../paths.ts';
import { addMonths, clampMonth, inRange, monthLabel, type MonthRange } from '../lib/months.ts';

function Step({ month, range, rel, label }: { month: string; range: MonthRange; rel?: 'prev' | 'next'; label: string }) {
  // A step past the archive's first or last month has no page: it is shown, but not as a link.
  if (!inRange(month, range)) return <span className="btn cursor-default border-dashed text-muted">{label}</span>;
  return (
    <Link to={paths.calendarMonth.href(month)} rel={rel} className="btn" aria-label={`${label}：${monthLabel(month)}`}>
      {label}
    </Link>
  );
}

/** 上一年 / 上一月 / 下一月 / 下一年 around the month shown. */
export function MonthSteps({ month, range }: { month: string; range: MonthRange }) {
  const lastYear = addMonths(month, -12);
  const nextYear = addMonths(month, 12);
  // A year's step lands on that year's nearest month the archive has, never back in this year.
  const clampYear = (target: string) => {
    const clamped = clampMonth(target, range);
    return clamped.slice(0, 4) === target.slice(0, 4) ? clamped : target;
  };
  return (
    <nav aria-label="翻看月份" className="flex flex-wrap justify-between gap-2">
      <span className="flex gap-2">
        <Step month={clampYear(lastYear)} range={range} label="上一年" />
        <Step month={addMonths(month, -1)} range={range} rel="prev" label="上一月" />
      </span>
      <span className="flex gap-2">
        <Step month={addMonths(month, 1)} range={range} rel="next" label="下一月" />
        <Step month={clampYear(nextYear)} range={range} label="下一年" />
      </span>
    </nav>
  );
}
