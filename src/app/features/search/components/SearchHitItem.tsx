import { Link } from 'react-router';
import type { PageSummary } from '../../../../contract/bundle.ts';
import type { SearchHit } from '../../../../search/index.ts';
import { formatDate } from '../../../lib/dates.ts';
import { paths } from '../../../paths.ts';
import { pageLabel, pageNumberLabel } from '../../pages/page-label.ts';
import { fieldLabel, headlineMarks, isCutShort, textExcerpts } from '../lib/hit-parts.ts';
import { Marked } from './Marked.tsx';

/** One result: the headline (its hits marked) opening the article at the hit, where it was printed, and excerpts. */
export function SearchHitItem({ hit, query, page }: { hit: SearchHit; query: string; page: PageSummary | undefined }) {
  const where = page ? pageLabel(page) : pageNumberLabel({ number: hit.pageNumber });
  const date = hit.date ?? page?.date;
  return (
    <li className="border-b border-rule py-4">
      <h2 className="headline text-xl">
        <Link to={paths.article.href(hit.articleId, { highlight: query })} className="no-underline hover:underline">
          {hit.headline ? <Marked text={hit.headline} marks={headlineMarks(hit)} /> : hit.title}
        </Link>
      </h2>
      {/* The page's facts come after the hits have painted (SearchResults): until then the line keeps its room, so nothing under it moves. */}
      <p className={`mt-1 text-sm text-muted ${page ? '' : 'min-h-lh'}`}>
        {/* The date first: the 版 label grows when its 版名 arrives, and at the end of the line that moves nothing. */}
        {date && <time dateTime={date}>{formatDate(date, false)}</time>}
        {where && date && ' · '}
        {where && <Link to={paths.page.href(hit.pageId)}>{where}</Link>}
      </p>
      {textExcerpts(hit).map((excerpt) => {
        const label = fieldLabel(excerpt.field);
        return (
          <p key={`${excerpt.field}-${excerpt.index}-${excerpt.start}`} className="mt-2 leading-relaxed">
            {label && <span className="mr-1.5 rounded-sm border border-rule px-1 text-xs text-muted">{label}</span>}
            {excerpt.start > 0 && '…'}
            <Marked text={excerpt.text} marks={excerpt.marks} />
            {excerpt.field === 'body' && isCutShort(excerpt.text) && '…'}
          </p>
        );
      })}
    </li>
  );
}
