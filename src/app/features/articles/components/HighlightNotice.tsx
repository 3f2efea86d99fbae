import { useEffect, type RefObject } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../paths.ts';

/**
 * Brings the first marked hit into view once the article is shown with a highlight, and moves focus
 * there so a keyboard or screen reader user continues from the hit, not from the top of the page.
 * Runs a frame later so it comes after the router's scroll restoration of the same navigation.
 */
export function useScrollToFirstHit(container: RefObject<HTMLElement | null>, key: string, active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const frame = window.requestAnimationFrame(() => {
      const first = container.current?.querySelector<HTMLElement>('mark[data-hit]');
      if (!first) return;
      first.tabIndex = -1;
      first.focus({ preventScroll: true });
      const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      first.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    });
    return () => window.cancelAnimationFrame(frame);
  }, [container, key, active]);
}

/** Says what is highlighted and how often, with a way back to the plain article. */
export function HighlightNotice({ articleId, words, hits }: { articleId: string; words: readonly string[]; hits: number }) {
  return (
    <p className="mb-4 flex flex-wrap items-baseline gap-x-3 gap-y-1 rounded-md border border-rule bg-panel px-3 py-2 text-sm print:hidden">
      <span>
        {hits > 0 ? (
          <>
            已标出{words.map((word, index) => (
              <span key={index}>
                {index > 0 && '、'}「<mark className="rounded-sm bg-mark px-px text-ink">{word}</mark>」
              </span>
            ))}
            共{hits}处
          </>
        ) : (
          <>本文中没有找到「{words.join(' ')}」</>
        )}
      </span>
      <Link to={paths.article.href(articleId)} replace className="text-muted underline decoration-rule hover:decoration-accent">
        取消标出
      </Link>
    </p>
  );
}
