import { useSuspenseQuery } from '../../../lib/query/index.ts';
import { Link } from 'react-router';
import { zh } from '../../../lib/zh.ts';
import { paths } from '../../../paths.ts';
import { editionQuery } from '../../editions/api/edition-query.ts';
import { neighboursOf } from '../lib/neighbours.ts';
import { pageLabel } from '../page-label.ts';

/** 版面导航 and 上一版/下一版, for an edition of several pages. */
export function PageNav({ editionId, pageId }: { editionId: string; pageId: string }) {
  const { data } = useSuspenseQuery(editionQuery(editionId));
  const { previous, next } = neighboursOf(data.pages, pageId);
  return (
    <nav aria-label="版面导航" className="mb-6 grid gap-3 print:hidden">
      <ul className="flex gap-1.5 overflow-x-auto pb-1">
        {data.pages.map((page) => (
          <li key={page.id} className="shrink-0">
            <Link
              to={paths.page.href(page.id)}
              aria-current={page.id === pageId ? 'page' : undefined}
              className="btn aria-[current=page]:border-ink aria-[current=page]:bg-ink aria-[current=page]:text-paper"
            >
              {zh(pageLabel(page))}
            </Link>
          </li>
        ))}
      </ul>
      <div className="flex justify-between gap-2 text-[0.9375rem]">
        {previous ? (
          <Link to={paths.page.href(previous.id)} rel="prev" className="underline">
            <span aria-hidden="true">← </span>上一版：{zh(pageLabel(previous))}
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link to={paths.page.href(next.id)} rel="next" className="underline">
            下一版：{zh(pageLabel(next))}
            <span aria-hidden="true"> →</span>
          </Link>
        )}
      </div>
    </nav>
  );
}
