import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../paths.ts';

type CopyState = 'idle' | 'copied' | 'failed';

/** Back to the page, copy the article's link, print it. */
export function ArticleActions({ pageId }: { pageId: string }) {
  const [copy, setCopy] = useState<CopyState>('idle');

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
      <button type="button" className="btn" onClick={() => void copyLink()}>
        复制链接
      </button>
      <button type="button" className="btn" onClick={() => window.print()}>
        打印
      </button>
      <span role="status" className="text-sm text-muted">
        {copy === 'copied' ? '链接已复制' : copy === 'failed' ? '无法复制，请复制地址栏中的链接' : ''}
      </span>
    </div>
  );
}
