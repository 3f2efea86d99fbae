import type { EditionInfo, Page } from '../../../../contract/bundle.ts';
import { formatDate } from '../../../lib/dates.ts';
import { SITE_NAME } from '../../../lib/document-meta.ts';
import { pageLabel } from '../page-label.ts';

/** 报头: the publication and the date as the pages state them; never an invented date. */
export function Masthead({ page, edition, itemCount }: { page: Page; edition?: EditionInfo; itemCount: number }) {
  const publication = page.publication ?? edition?.publication;
  const date = page.date ?? edition?.date;
  return (
    <div className="mb-6 border-b-4 border-double border-ink pb-3 text-center">
      <h1 className="font-serif text-4xl font-black tracking-[0.2em] text-accent sm:text-5xl">{publication ?? SITE_NAME}</h1>
      <p className="mt-2 flex flex-wrap justify-center gap-x-4 text-[0.9375rem] text-muted">
        {date && <span>{formatDate(date)}</span>}
        {page.number !== undefined || page.name || page.advertisement ? <span>{pageLabel(page)}</span> : <span>本版共{itemCount}篇稿件</span>}
      </p>
    </div>
  );
}
