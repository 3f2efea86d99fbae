import { Link } from 'react-router';
import type { ColumnItem } from '../../../../contract/bundle.ts';
import { formatDate } from '../../../lib/dates.ts';
import { zh } from '../../../lib/zh.ts';
import { paths } from '../../../paths.ts';
import { itemTitle } from '../../articles/lib/item-title.ts';
import { pageLabel } from '../../pages/page-label.ts';

/** A column's items, newest first as its file lists them: title, date and 版. */
export function ColumnItems({ items }: { items: readonly ColumnItem[] }) {
  return (
    <ol className="grid gap-5">
      {items.map((item) => (
        <li key={item.id} className="grid gap-1">
          {item.kicker && <p className="text-sm text-muted">{zh(item.kicker)}</p>}
          <h3 className="font-serif text-lg font-bold leading-snug">
            <Link to={paths.article.href(item.id)} className="underline decoration-rule underline-offset-4 hover:decoration-accent">
              {zh(itemTitle(item))}
            </Link>
          </h3>
          <p className="text-sm text-muted">
            {[item.date ? formatDate(item.date, false) : undefined, zh(pageLabel({ number: item.number, section: item.section, name: item.pageName }))]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </li>
      ))}
    </ol>
  );
}
