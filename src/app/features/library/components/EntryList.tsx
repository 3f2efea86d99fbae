import { Link } from 'react-router';
import { paths } from '../../../paths.ts';
import type { LibraryEntry } from '../lib/library-codec.ts';

const dateTime = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' });

/** A list of bookmarked or read articles, newest first, each with its date and a remove button when given. */
export function EntryList({ entries, verb, emptyText, label, onRemove }: { entries: readonly LibraryEntry[]; verb: string; emptyText: string; label: string; onRemove?: (entry: LibraryEntry) => void }) {
  if (entries.length === 0) return <p className="text-muted">{emptyText}</p>;
  return (
    <ol aria-label={label} className="grid gap-2">
      {entries.map((entry) => (
        <li key={entry.articleId} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 border-b border-rule pb-2">
          <Link to={paths.article.href(entry.articleId)} className="font-serif text-lg font-bold no-underline hover:underline">
            {entry.title || '（无标题）'}
          </Link>
          {entry.pageLabel && <span className="text-sm text-muted">{entry.pageLabel}</span>}
          <span className="text-sm text-muted">
            {verb}于 <time dateTime={entry.at}>{dateTime.format(new Date(entry.at))}</time>
          </span>
          {onRemove && (
            <button type="button" className="ml-auto text-sm text-accent underline" onClick={() => onRemove(entry)}>
              取消收藏<span className="sr-only">：{entry.title}</span>
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}
