import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../paths.ts';
import { BookmarkButton, toggleBookmarkOf } from '../../library/components/BookmarkButton.tsx';
import type { LibraryEntry } from '../../library/lib/library-codec.ts';
import { updateLibrary } from '../../library/lib/use-library.ts';
import { useReadingKeys } from '../../reading-keys/lib/use-reading-keys.ts';
import { AppOnly } from '../../../lib/use-hydrated.tsx';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Back to the page, bookmark the article (also with `s`), copy its link, print it. Only the link
 * works without the app, so the prerendered page has only it: buttons that do nothing there are
 * left out (and their bytes, on every article), and drawn once the app has taken over.
 */
export function ArticleActions({ pageId, entry }: { pageId: string; entry: Omit<LibraryEntry, 'at'> }) {
  const [copy, setCopy] = useState<CopyState>('idle');
  useReadingKeys({ bookmark: () => toggleBookmarkOf(entry, updateLibrary) });

  useEffect(() => {
    if (copy === 'idle') return;
    const timer = window.setTimeout(() => setCopy('idle'), 2500);
    return () => window.clearTimeout(timer);
  }, [copy]);

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <div className="mt-8 flex flex-wrap items-center gap-2 print:hidden">
      <Link to={paths.page.href(pageId)} className="btn">
        <span aria-hidden="true">↩</span> 返回本版
      </Link>
      {/* `contents`: the buttons are the row's items. */}
      <AppOnly className="contents">
        <BookmarkButton entry={entry} />
        <button type="button" className="btn" onClick={() => void copyLink()}>
          复制链接
        </button>
        <button type="button" className="btn" onClick={() => window.print()}>
          打印
        </button>
        <span role="status" className="text-sm text-muted">
          {copy === 'copied' ? '链接已复制' : copy === 'failed' ? '无法复制，请复制地址栏中的链接' : ''}
        </span>
      </AppOnly>
    </div>
  );
}
