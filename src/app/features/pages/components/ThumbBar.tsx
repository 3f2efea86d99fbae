import { Link } from 'react-router';
import type { PageSummary } from '../../../../contract/bundle.ts';
import { zh } from '../../../lib/zh.ts';
import { paths } from '../../../paths.ts';
import { pageLabel } from '../page-label.ts';

function Side({ page, rel, text, end }: { page: PageSummary | undefined; rel: 'prev' | 'next'; text: string; end: string }) {
  const align = rel === 'prev' ? 'items-start text-left' : 'items-end text-right';
  if (!page) return <span className={`flex min-h-14 flex-col justify-center px-4 text-sm text-muted ${align}`}>{end}</span>;
  return (
    <Link to={paths.page.href(page.id)} rel={rel} aria-label={`${text}：${zh(pageLabel(page))}`} className={`flex min-h-14 flex-col justify-center px-4 no-underline ${align}`}>
      <span className="font-bold">{rel === 'prev' ? `‹ ${text}` : `${text} ›`}</span>
      <span className="max-w-full truncate text-sm text-muted">{zh(pageLabel(page))}</span>
    </Link>
  );
}

/**
 * 上一版 / 下一版 fixed at the bottom of a phone's screen, where the thumb is (styles.css shows it
 * at 640px and narrower and keeps the page's end clear of it); a swipe does the same.
 */
export function ThumbBar({ previous, next }: { previous?: PageSummary; next?: PageSummary }) {
  return (
    <nav aria-label="翻版" className="thumb-bar fixed inset-x-0 bottom-0 z-30 grid-cols-2 border-t border-rule bg-panel shadow-[0_-2px_8px_rgb(0_0_0/0.08)] print:hidden">
      <Side page={previous} rel="prev" text="上一版" end="已是第一版" />
      <Side page={next} rel="next" text="下一版" end="已是最后一版" />
    </nav>
  );
}
