import { useEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ArticleSummary } from '../../../../contract/bundle.ts';
import { zh } from '../../../lib/zh.ts';
import { paths } from '../../../paths.ts';
import { itemTitle } from '../lib/item-title.ts';
import { Converted } from '../../script/components/Converted.tsx';

function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** 上一篇 / 下一篇 on the same page, also with the ← and → keys. */
export function ArticlePager({ previous, next }: { previous?: ArticleSummary; next?: ArticleSummary }) {
  const navigate = useNavigate();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || typingIn(event.target)) return;
      const target = event.key === 'ArrowLeft' ? previous : event.key === 'ArrowRight' ? next : undefined;
      if (!target) return;
      event.preventDefault();
      void navigate(paths.article.href(target.id));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, previous, next]);

  return (
    <nav aria-label="上一篇和下一篇" className="mt-10 grid gap-3 border-t border-rule pt-5 sm:grid-cols-2 print:hidden">
      {previous ? (
        <Link to={paths.article.href(previous.id)} rel="prev" className="group grid gap-0.5 rounded-md p-2 no-underline hover:bg-panel">
          <span className="text-sm text-muted">
            <span aria-hidden="true">← </span>上一篇
          </span>
          <span className="font-serif font-bold group-hover:underline"><Converted text={zh(itemTitle(previous))} /></span>
        </Link>
      ) : (
        <span className="p-2 text-sm text-muted">已是本版第一篇</span>
      )}
      {next ? (
        <Link to={paths.article.href(next.id)} rel="next" className="group grid gap-0.5 rounded-md p-2 text-right no-underline hover:bg-panel sm:col-start-2">
          <span className="text-sm text-muted">
            下一篇<span aria-hidden="true"> →</span>
          </span>
          <span className="font-serif font-bold group-hover:underline"><Converted text={zh(itemTitle(next))} /></span>
        </Link>
      ) : (
        <span className="p-2 text-right text-sm text-muted">已是本版最后一篇</span>
      )}
    </nav>
  );
}
