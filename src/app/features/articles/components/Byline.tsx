import type { Article } from '../../../../contract/bundle.ts';
import { formatBylines } from '../lib/byline.ts';

/** `本报讯　韩晖　本报记者 黄雅婷`: the dateline and who wrote or photographed the item. */
export function Byline({ article, className = '' }: { article: Pick<Article, 'dateline' | 'bylines' | 'kind'>; className?: string }) {
  // A photo item's credit is printed under its caption instead.
  const bylines = article.kind === 'photo' ? '' : formatBylines(article);
  if (!article.dateline && !bylines) return null;
  return (
    <p className={`text-[0.9375rem] text-muted ${className}`}>
      {article.dateline && <span className="mr-3">{article.dateline}</span>}
      {bylines && <span>{bylines}</span>}
    </p>
  );
}
