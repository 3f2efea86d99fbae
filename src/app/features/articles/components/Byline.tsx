import type { Article } from '../../../../contract/bundle.ts';
import { formatBylines } from '../lib/byline.ts';
import type { Highlight } from '../lib/decorate.ts';
import { Converted } from '../../script/components/Converted.tsx';
import { DecoratedText } from './DecoratedText.tsx';

/** `本报讯　韩晖　本报记者 黄雅婷`: the dateline and who wrote or photographed the item. */
export function Byline({
  article,
  className = '',
  highlight,
}: {
  article: Pick<Article, 'dateline' | 'bylines' | 'kind'>;
  className?: string;
  /** Search terms to mark: a reporter's name is searchable, so it is marked where it is printed. */
  highlight?: Highlight;
}) {
  // A photo item's credit is printed under its caption instead.
  const bylines = article.kind === 'photo' ? '' : formatBylines(article);
  if (!article.dateline && !bylines) return null;
  // Printed as the pipeline gave them; only search hits pass through the decorator that marks them.
  const marked = (text: string) => (highlight && highlight.terms.length > 0 ? <DecoratedText text={text} highlight={highlight} /> : <Converted text={text} />);
  return (
    <p className={`text-[0.9375rem] text-muted ${className}`}>
      {article.dateline && (
        <span className="mr-3">
          {marked(article.dateline)}
        </span>
      )}
      {bylines && (
        <span>
          {marked(bylines)}
        </span>
      )}
    </p>
  );
}
