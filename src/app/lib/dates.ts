const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** `2024-10-31` -> `2024年10月31日 星期四`; the weekday follows from the date itself. */
export function formatDate(date: string, withWeekday = true): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  const text = `${Number(year)}年${Number(month)}月${Number(day)}日`;
  if (!withWeekday) return text;
  // UTC, so the weekday never depends on the reader's time zone.
  const weekday = WEEKDAYS[new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))).getUTCDay()];
  return weekday ? `${text} ${weekday}` : text;
}
