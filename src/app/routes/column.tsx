import type { QueryClient } from '../lib/query/index.ts';
import { useSuspenseQuery } from '../lib/query/index.ts';
import type { LoaderFunctionArgs } from 'react-router';
import { useParams } from 'react-router';
import { columnQuery } from '../features/columns/api/column-query.ts';
import { ColumnItems } from '../features/columns/components/ColumnItems.tsx';
import { manifestQuery } from '../features/editions/api/manifest-query.ts';
import { formatDate } from '../lib/dates.ts';
import { useDocumentMeta, useHeadTags } from '../lib/document-meta.ts';
import { orNotFound, validId } from '../lib/route-errors.ts';
import { zh } from '../lib/zh.ts';

/** A column page needs only its own file: the items' titles, dates and 版 are in it. */
export const columnLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const columnId = validId(params.columnId);
    await Promise.all([queryClient.ensureQueryData(manifestQuery()), orNotFound(queryClient.ensureQueryData(columnQuery(columnId)))]);
    return null;
  };

/** 栏目: every item printed under one column label, across all editions. */
export function ColumnRoute() {
  const columnId = useParams().columnId ?? '';
  const { column, items } = useSuspenseQuery(columnQuery(columnId)).data;
  const label = zh(column.label);
  const dates = items.flatMap((item) => (item.date ? [item.date] : []));
  const [newest, oldest] = [dates[0], dates[dates.length - 1]];
  const span = newest && oldest && (newest === oldest ? formatDate(newest, false) : `${formatDate(oldest, false)}至${formatDate(newest, false)}`);
  useDocumentMeta({ title: `${label} 栏目`, description: `栏目“${label}”：${items.length}篇稿件。` });
  useHeadTags();
  return (
    <div className="max-w-3xl">
      <header className="mb-8 grid gap-1.5">
        <p className="text-sm font-semibold tracking-wider text-accent">栏目</p>
        <h1 className="headline text-3xl">{label}</h1>
        <p className="text-[0.9375rem] text-muted">
          {items.length}篇稿件{span && `，${span}`}
        </p>
      </header>
      <section aria-labelledby="column-items">
        <h2 id="column-items" className="mb-4 border-b border-rule pb-1.5 font-serif text-xl font-bold">
          本栏目稿件（{items.length}）
        </h2>
        <ColumnItems items={items} />
      </section>
    </div>
  );
}
