import { Link } from 'react-router';
import type { EditionInfo } from '../../../../contract/bundle.ts';
import { paths } from '../../../paths.ts';
import { editionLabel } from '../edition-label.ts';

/** 往期: the dated editions, newest first. Pages without a date have nothing to list here. */
export function EditionList({ editions, currentId }: { editions: readonly EditionInfo[]; currentId?: string }) {
  const headingId = 'edition-list';
  const dated = editions.filter((edition) => edition.date);
  if (dated.length === 0) return null;
  return (
    <nav aria-labelledby={headingId} className="print:hidden">
      <h2 id={headingId} className="mb-3 border-b border-rule pb-1.5 font-serif text-lg font-bold">
        往期
      </h2>
      <ul className="grid max-h-80 gap-1 overflow-y-auto">
        {dated.map((edition) => (
          <li key={edition.id}>
            <Link
              to={paths.page.href(edition.firstPageId)}
              aria-current={edition.id === currentId ? 'page' : undefined}
              className="flex justify-between gap-2 rounded px-1.5 py-1 text-[0.9375rem] no-underline hover:bg-panel aria-[current=page]:font-bold aria-[current=page]:text-accent"
            >
              <span>{editionLabel(edition)}</span>
              <span className="text-sm text-muted">{edition.pageCount}版</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
