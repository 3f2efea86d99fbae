import { useEffect } from 'react';
import type { LoaderFunctionArgs } from 'react-router';
import { Link, useNavigate, useParams } from 'react-router';
import type { QueryClient } from '../lib/query/index.ts';
import { useSuspenseQuery } from '../lib/query/index.ts';
import { editionQuery } from '../features/editions/api/edition-query.ts';
import { editionLabel } from '../features/editions/edition-label.ts';
import { monthOf } from '../features/calendar/lib/months.ts';
import { underBase } from '../lib/basename.ts';
import { useDocumentMeta, useHeadTags } from '../lib/document-meta.ts';
import { emptyHeadTags } from '../lib/head-tags.ts';
import { useHydrated } from '../lib/use-hydrated.tsx';
import { orNotFound, validId } from '../lib/route-errors.ts';
import { paths } from '../paths.ts';

export const nextEditionLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await orNotFound(queryClient.ensureQueryData(editionQuery(validId(params.editionId))));
    return null;
  };

/**
 * 下一期 of an edition: the link a 版's HTML carries (EditionPager), so that the HTML of yesterday's
 * 版 need not change when today's edition is added; only this small page does. Without JavaScript
 * a `refresh` leads on to the next edition's first 版; the app goes there at once.
 */
export function NextEditionRoute() {
  const editionId = useParams().editionId ?? '';
  const { edition, next } = useSuspenseQuery(editionQuery(editionId)).data;
  const hydrated = useHydrated();
  const navigate = useNavigate();
  const nextHref = next && paths.page.href(next.firstPageId);
  useDocumentMeta({ title: next ? `下一期：${editionLabel(next)}` : `${editionLabel(edition)}是最新一期` });
  useHeadTags({
    ...emptyHeadTags(),
    meta: [
      // A way on, not a page to index.
      { attribute: 'name', key: 'robots', content: 'noindex' },
      ...(nextHref ? [{ attribute: 'http-equiv' as const, key: 'refresh', content: `0; url=${underBase(nextHref)}` }] : []),
    ],
  });
  useEffect(() => {
    if (hydrated && nextHref) void navigate(nextHref, { replace: true });
  }, [hydrated, nextHref, navigate]);

  return (
    <section aria-labelledby="next-edition" className="mx-auto grid max-w-xl gap-4 py-8 text-center">
      <h1 id="next-edition" className="font-serif text-2xl font-bold">
        {next ? `下一期：${editionLabel(next)}` : `${editionLabel(edition)}是最新一期`}
      </h1>
      <p className="flex flex-wrap justify-center gap-2">
        {nextHref && (
          <Link className="btn" to={nextHref}>
            阅读{editionLabel(next)}
          </Link>
        )}
        <Link className="btn" to={paths.page.href(edition.firstPageId)}>
          返回{editionLabel(edition)}
        </Link>
        {edition.date && (
          <Link className="btn" to={paths.calendarMonth.href(monthOf(edition.date))}>
            往期日历
          </Link>
        )}
      </p>
    </section>
  );
}
