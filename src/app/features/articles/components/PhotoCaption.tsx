import type { Article } from '../../../../contract/bundle.ts';
import { formatBylines } from '../lib/byline.ts';
import type { Highlight } from '../lib/decorate.ts';
import { DecoratedText } from './DecoratedText.tsx';
import { Converted } from '../../script/components/Converted.tsx';

/** A photo item's caption, followed by its credit as print sets it (`徐晶玮 摄`). */
export function PhotoCaption({
  article,
  className = '',
  creditOnOwnLine = false,
  highlight,
}: {
  article: Pick<Article, 'caption' | 'bylines' | 'dateline'>;
  className?: string;
  /** In justified text an unbreakable credit would stretch the line before it; there it gets a line of its own. */
  creditOnOwnLine?: boolean;
  /** Normalized search terms to mark in the caption. */
  highlight?: Highlight;
}) {
  const credit = formatBylines(article);
  return (
    <p className={className}>
      {article.caption && <DecoratedText text={article.caption} highlight={highlight} />}
      {credit && (
        <span className={creditOnOwnLine ? 'block text-right text-muted' : 'ml-2 whitespace-nowrap text-muted'}>
          <Converted text={credit} />
        </span>
      )}
    </p>
  );
}
