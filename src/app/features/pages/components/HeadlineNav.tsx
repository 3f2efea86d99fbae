import { Link } from 'react-router';
import type { ArticleSummary } from '../../../../contract/bundle.ts';
import { zh } from '../../../lib/zh.ts';
import { paths } from '../../../paths.ts';
import { itemTitle } from '../../articles/lib/item-title.ts';
import { useReadIds } from '../../library/lib/use-library.ts';
import { Converted } from '../../script/components/Converted.tsx';

/** 标题导航: every item of the page in print order, those read in this browser marked 已读; `emptyText` on a page without any (a page of advertising). */
export function HeadlineNav({ items, currentId, emptyText = '本版没有稿件。' }: { items: readonly ArticleSummary[]; currentId?: string; emptyText?: string }) {
  const headingId = 'headline-nav';
  const readIds = useReadIds();
  return (
    <nav aria-labelledby={headingId} className="print:hidden">
      <h2 id={headingId} className="mb-3 border-b border-rule pb-1.5 font-serif text-lg font-bold">
        标题导航
      </h2>
      {/* Read titles are described as 已读, so their names stay the titles a voice user says. */}
      <span id={`${headingId}-read`} hidden>
        已读
      </span>
      {items.length === 0 ? (
        <p className="text-[0.9375rem] text-muted">{emptyText}</p>
      ) : (
        <ol className="grid gap-1">
          {items.map((item) => (
            <li key={item.id}>
              <Link
                to={paths.article.href(item.id)}
                aria-current={item.id === currentId ? 'page' : undefined}
                data-read={readIds.has(item.id) ? '' : undefined}
                aria-describedby={readIds.has(item.id) ? `${headingId}-read` : undefined}
                className="nav-link"
              >
                {item.kind === 'photo' && (
                  // Drawn by CSS, so the link's text stays the item's title.
                  <span aria-hidden="true" className="mt-0.5 shrink-0 rounded border border-rule px-1 text-xs text-muted before:content-['图']" />
                )}
                <span className="read-title"><Converted text={zh(itemTitle(item))} /></span>
              </Link>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}
