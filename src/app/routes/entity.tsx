import type { QueryClient } from '@tanstack/react-query';
import { useSuspenseQueries, useSuspenseQuery } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { Link, useParams } from 'react-router';
import { pageIdOfArticle, type Entity } from '../../contract/bundle.ts';
import { itemTitle } from '../features/articles/lib/item-title.ts';
import { entitiesQuery } from '../features/entities/api/entities-query.ts';
import { ENTITY_KIND_LABELS } from '../features/entities/lib/group-entities.ts';
import { pageQuery } from '../features/pages/api/page-query.ts';
import { pageLabel } from '../features/pages/page-label.ts';
import { formatDate } from '../lib/dates.ts';
import { useDocumentMeta } from '../lib/document-meta.ts';
import { notFound, validId } from '../lib/route-errors.ts';
import { zh } from '../lib/zh.ts';
import { paths } from '../paths.ts';

function pagesOf(entity: Entity): string[] {
  return [...new Set(entity.mentions.flatMap((mention) => pageIdOfArticle(mention.articleId) ?? []))];
}

export const entityLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const entityId = validId(params.entityId);
    const { entities } = await queryClient.ensureQueryData(entitiesQuery());
    const entity = entities.find((candidate) => candidate.id === entityId) ?? notFound();
    // The pages of the mentioning articles, all at once.
    await Promise.all(pagesOf(entity).map((pageId) => queryClient.ensureQueryData(pageQuery(pageId))));
    return null;
  };

export function EntityRoute() {
  const entityId = useParams().entityId ?? '';
  const { data } = useSuspenseQuery(entitiesQuery());
  const entity = data.entities.find((candidate) => candidate.id === entityId);
  const chunks = useSuspenseQueries({ queries: (entity ? pagesOf(entity) : []).map((pageId) => pageQuery(pageId)) });
  const kind = entity ? ENTITY_KIND_LABELS[entity.kind] : '';
  useDocumentMeta({
    title: entity ? zh(entity.name) : undefined,
    description: entity ? `${kind}${zh(entity.name)}${entity.roles.length ? `（${entity.roles.join('、')}）` : ''}：见于${entity.mentions.length}篇稿件。` : undefined,
  });
  if (!entity) return null;

  const articles = new Map(chunks.flatMap(({ data: chunk }) => chunk.articles.map((article) => [article.id, { article, page: chunk.page }] as const)));

  return (
    <div className="mx-auto max-w-3xl">
      <p className="text-sm font-semibold tracking-wider text-accent">{kind}</p>
      <h1 className="headline mt-1 text-3xl">{zh(entity.name)}</h1>
      {entity.roles.length > 0 && <p className="mt-2 text-muted">{entity.roles.join('、')}</p>}
      {entity.aliases.length > 0 && <p className="mt-1 text-sm text-muted">又称：{entity.aliases.map(zh).join('、')}</p>}
      <section aria-labelledby="entity-articles" className="mt-8">
        <h2 id="entity-articles" className="mb-3 border-b border-rule pb-1.5 font-serif text-xl font-bold">
          提及的稿件（{entity.mentions.length}）
        </h2>
        <ul className="grid gap-4">
          {entity.mentions.map((mention) => {
            const found = articles.get(mention.articleId);
            return (
              <li key={mention.articleId}>
                <Link to={paths.article.href(mention.articleId)} className="font-serif text-lg font-bold underline decoration-rule hover:decoration-accent">
                  {found ? zh(itemTitle(found.article)) : mention.articleId}
                </Link>
                <p className="text-sm text-muted">
                  {found && [found.page.date ? formatDate(found.page.date, false) : undefined, pageLabel(found.page)].filter(Boolean).join(' · ')}
                  {found ? ' · ' : ''}提及{mention.count}次
                </p>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
