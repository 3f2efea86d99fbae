import { Link } from 'react-router';
import type { EditionChunk } from '../../../../contract/bundle.ts';
import { useHydrated } from '../../../lib/use-hydrated.tsx';
import { paths } from '../../../paths.ts';
import { monthOf } from '../../calendar/lib/months.ts';
import { editionLabel } from '../edition-label.ts';

/**
 * 上一期 / 下一期 between dated editions, and the month's calendar between them. 上一期 is known when
 * an edition is built; 下一期 is not, so the prerendered HTML links the edition's 下一期 page and the
 * app, once it runs, the next edition itself (or nothing, on the newest).
 */
export function EditionPager({ edition }: { edition: Pick<EditionChunk, 'edition' | 'previous' | 'next'> }) {
  const { previous, next } = edition;
  const hydrated = useHydrated();
  const date = edition.edition.date;
  if (!date) return null;
  return (
    <nav aria-label="上一期与下一期" className="mb-4 grid grid-cols-[1fr_auto_1fr] items-center gap-2 text-[0.9375rem] print:hidden">
      <span>
        {previous && (
          <Link to={paths.page.href(previous.firstPageId)} rel="prev" className="underline">
            <span aria-hidden="true">← </span>上一期<span className="sr-only sm:not-sr-only">：{editionLabel(previous)}</span>
          </Link>
        )}
      </span>
      <Link to={paths.calendarMonth.href(monthOf(date))} className="btn">
        往期日历
      </Link>
      <span className="text-right">
        {hydrated ? (
          next && (
            <Link to={paths.page.href(next.firstPageId)} rel="next" className="underline">
              下一期<span className="sr-only sm:not-sr-only">：{editionLabel(next)}</span>
              <span aria-hidden="true"> →</span>
            </Link>
          )
        ) : (
          // The HTML links the edition's own 下一期 page, which a new edition changes instead of every 版 of this one.
          <Link to={paths.nextEdition.href(edition.edition.id)} rel="next" className="underline">
            下一期<span aria-hidden="true"> →</span>
          </Link>
        )}
      </span>
    </nav>
  );
}
