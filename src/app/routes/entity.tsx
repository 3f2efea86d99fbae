import type { QueryClient } from '../lib/query/index.ts';
import { useSuspenseQuery } from '../lib/query/index.ts';
import type { LoaderFunctionArgs } from 'react-router';
import { useParams } from 'react-router';
import { entityQuery } from '../features/entities/api/entities-query.ts';
import { CoMentionList } from '../features/entities/components/CoMentionList.tsx';
import { MentionList } from '../features/entities/components/MentionList.tsx';
import { ENTITY_KIND_LABELS } from '../features/entities/lib/group-entities.ts';
import { MENTIONS_PER_SCREEN } from '../features/entities/lib/mention-pages.ts';
import { articleQuery } from '../features/articles/api/article-query.ts';
import { manifestQuery } from '../features/editions/api/manifest-query.ts';
import { entityHeadTags } from '../features/linked-data/lib/entity-tags.ts';
import { clip, useDocumentMeta, useHeadTags } from '../lib/document-meta.ts';
import { orNotFound, validId } from '../lib/route-errors.ts';
import { zh } from '../lib/zh.ts';
import { Converted } from '../features/script/components/Converted.tsx';

export const entityLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const entityId = validId(params.entityId);
    const [, { entity }] = await Promise.all([queryClient.ensureQueryData(manifestQuery()), orNotFound(queryClient.ensureQueryData(entityQuery(entityId)))]);
    // The first screenful of mentioning articles, all at once; the rest when asked for.
    await Promise.all(entity.mentions.slice(0, MENTIONS_PER_SCREEN).map((mention) => queryClient.ensureQueryData(articleQuery(mention.articleId))));
    return null;
  };

export function EntityRoute() {
  const entityId = useParams().entityId ?? '';
  const { entity, coMentions } = useSuspenseQuery(entityQuery(entityId)).data;
  const kind = ENTITY_KIND_LABELS[entity.kind];
  const { site } = useSuspenseQuery(manifestQuery()).data;
  const title = zh(entity.name);
  const description = `${kind}${zh(entity.name)}${entity.roles.length ? `（${entity.roles.join('、')}）` : ''}：见于${entity.mentions.length}篇稿件。`;
  useDocumentMeta({ title, description });
  useHeadTags(entityHeadTags({ entity, site, title, description: clip(description) }));
return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_16rem]">
      <div className="min-w-0 max-w-3xl">
        <header className="mb-8 grid gap-1.5">
          <p className="text-sm font-semibold tracking-wider text-accent">{kind}</p>
          <h1 className="headline text-3xl">
            <Converted text={zh(entity.name)} />
          </h1>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-[0.9375rem]">
            {entity.roles.length > 0 && (
              <>
                <dt className="text-muted">{entity.kind === 'person' ? '职务' : '身份'}</dt>
                <dd>
                  <Converted text={entity.roles.join('、')} />
                </dd>
              </>
            )}
            {entity.aliases.length > 0 && (
              <>
                <dt className="text-muted">又称</dt>
                <dd>
                  <Converted text={entity.aliases.map(zh).join('、')} />
                </dd>
              </>
            )}
            <dt className="text-muted">见报</dt>
            <dd>{entity.mentions.length}篇稿件</dd>
          </dl>
        </header>
        <section aria-labelledby="entity-articles">
          <h2 id="entity-articles" className="mb-4 border-b border-rule pb-1.5 font-serif text-xl font-bold">
            提及
            <Converted text={zh(entity.name)} />
            的稿件（{entity.mentions.length}）
          </h2>
          <MentionList entity={entity} />
        </section>
      </div>
      <aside aria-label="相关人物与企业" className="grid content-start gap-8 print:hidden">
        <CoMentionList entity={entity} coMentions={coMentions} />
      </aside>
    </div>
  );
}
