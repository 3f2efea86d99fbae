import { useQueryClient, useSuspenseQueries } from '../../../lib/query/index.ts';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { Entity } from '../../../../contract/bundle.ts';
import { formatDate } from '../../../lib/dates.ts';
import { zh } from '../../../lib/zh.ts';
import { paths } from '../../../paths.ts';
import { DecoratedText } from '../../articles/components/DecoratedText.tsx';
import { itemTitle } from '../../articles/lib/item-title.ts';
import { pageLabel } from '../../pages/page-label.ts';
import { mentionExcerpt } from '../lib/mention-excerpt.ts';
import { MENTIONS_PER_SCREEN } from '../lib/mention-pages.ts';
import { articleQuery } from '../../articles/api/article-query.ts';
import { Converted } from '../../script/components/Converted.tsx';

/**
 * Every article that mentions the entity, newest first as the bundle lists them: headline, date and
 * page, and the words around the mention with the name marked. Articles' files are fetched a
 * screenful at a time, all of a screenful at once; the next screenful is shown once its files are
 * in, so the list never suspends (and falls back to a skeleton) under the reader's click.
 */
export function MentionList({ entity }: { entity: Entity }) {
  const [shown, setShown] = useState(MENTIONS_PER_SCREEN);
  const [loadingMore, setLoadingMore] = useState(false);
  const client = useQueryClient();
  const mentions = entity.mentions.slice(0, shown);
  const chunks = useSuspenseQueries({ queries: mentions.map((mention) => articleQuery(mention.articleId)) });
  const articles = useMemo(() => new Map(chunks.map(({ data: { article, page } }) => [article.id, { article, page }] as const)), [chunks]);

  return (
    <>
      <ol className="grid gap-6">
        {mentions.map((mention) => {
          const found = articles.get(mention.articleId);
          const excerpt = found && mentionExcerpt(found.article, entity);
          const clippedStart = excerpt && excerpt.range[0] > 0;
          const clippedEnd = excerpt && excerpt.range[1] < excerpt.text.length;
          return (
            <li key={mention.articleId} className="grid gap-1">
              <h3 className="font-serif text-lg font-bold leading-snug">
                <Link to={paths.article.href(mention.articleId)} className="underline decoration-rule underline-offset-4 hover:decoration-accent">
                  {found ? <Converted text={zh(itemTitle(found.article))} /> : '（稿件已不在本期数据中）'}
                </Link>
              </h3>
              {found && (
                <p className="text-sm text-muted">
                  {[found.page.date ? formatDate(found.page.date, false) : undefined, zh(pageLabel(found.page)), `提及${mention.count}次`]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              )}
              {excerpt && (
                <p className="leading-relaxed">
                  {clippedStart && '…'}
                  <DecoratedText text={excerpt.text} highlight={excerpt.highlight} range={excerpt.range} />
                  {clippedEnd && '…'}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      {shown < entity.mentions.length && (
        <button
          type="button"
          className="btn mt-6"
          disabled={loadingMore}
          onClick={() => {
            const next = shown + MENTIONS_PER_SCREEN;
            setLoadingMore(true);
            // A file that fails to load is the next render's to report, as on the first screenful.
            void Promise.allSettled(entity.mentions.slice(shown, next).map((mention) => client.ensureQueryData(articleQuery(mention.articleId)))).then(() => {
              setLoadingMore(false);
              setShown(next);
            });
          }}
        >
          {loadingMore ? '正在加载…' : `显示更多（还有${entity.mentions.length - shown}篇）`}
        </button>
      )}
    </>
  );
}
