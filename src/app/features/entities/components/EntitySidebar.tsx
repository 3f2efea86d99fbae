import { QueryErrorResetBoundary, useSuspenseQuery } from '@tanstack/react-query';
import { Suspense, useMemo } from 'react';
import { Link } from 'react-router';
import { ErrorBoundary } from '../../../components/ErrorBoundary.tsx';
import { Lines } from '../../../components/Skeleton.tsx';
import { zh } from '../../../lib/zh.ts';
import { paths } from '../../../paths.ts';
import { entitiesQuery } from '../api/entities-query.ts';
import type { Entity, EntityKind } from '../../../../contract/bundle.ts';
import { articleCount, ENTITY_KIND_LABELS, groupEntities } from '../lib/group-entities.ts';

interface Props {
  /** Only entities mentioned in these articles (an article's own sidebar); all entities when absent. */
  articleIds?: readonly string[];
  /** Shown when there is nothing to list. */
  emptyText: string;
  /** Which kinds to list; all when absent. */
  kinds?: readonly EntityKind[];
}

/** People and companies are what readers look for; bodies and projects are listed folded, set smaller. */
const FOLDED_KINDS: readonly EntityKind[] = ['organization', 'project'];

function EntityRows({ entities, only, small }: { entities: readonly Entity[]; only?: ReadonlySet<string>; small: boolean }) {
  return (
    <ul className={small ? 'mt-1.5 grid gap-1 text-sm' : 'grid gap-1.5 text-[0.9375rem]'}>
      {entities.map((entity) => (
        <li key={entity.id} className="flex items-baseline justify-between gap-3">
          <Link to={paths.entity.href(entity.id)} className="min-w-0 underline decoration-rule hover:decoration-accent">
            {entity.kind === 'person' && entity.roles.length > 0 && <span className="text-muted">{entity.roles.join('、')} </span>}
            {zh(entity.name)}
          </Link>
          <span className="shrink-0 text-sm text-muted">{articleCount(entity, only)}篇</span>
        </li>
      ))}
    </ul>
  );
}

function EntityList({ articleIds, emptyText, kinds }: Props) {
  const { data } = useSuspenseQuery(entitiesQuery());
  const only = useMemo(() => (articleIds ? new Set(articleIds) : undefined), [articleIds]);
  const groups = useMemo(() => groupEntities(data.entities, only, kinds), [data.entities, only, kinds]);
  if (groups.length === 0) return <p className="text-sm text-muted">{emptyText}</p>;
  return (
    <div className="grid gap-5">
      {groups.map((group) =>
        FOLDED_KINDS.includes(group.kind) ? (
          <details key={group.kind}>
            <summary className="cursor-pointer text-sm font-semibold text-muted">
              {ENTITY_KIND_LABELS[group.kind]}（{group.entities.length}）
            </summary>
            <EntityRows entities={group.entities} only={only} small />
          </details>
        ) : (
          <section key={group.kind} aria-labelledby={`entities-${group.kind}`}>
            <h3 id={`entities-${group.kind}`} className="mb-1.5 text-sm font-semibold text-muted">
              {ENTITY_KIND_LABELS[group.kind]}
            </h3>
            <EntityRows entities={group.entities} only={only} small={false} />
          </section>
        ),
      )}
    </div>
  );
}

/** 人物与企业: its own loading and error state, so it never holds up or breaks the page beside it. */
export function EntitySidebar(props: Props & { title: string }) {
  const headingId = 'entity-sidebar';
  return (
    <section aria-labelledby={headingId} className="print:hidden">
      <h2 id={headingId} className="mb-3 border-b border-rule pb-1.5 font-serif text-lg font-bold">
        {props.title}
      </h2>
      <QueryErrorResetBoundary>
        {({ reset }) => (
          <ErrorBoundary
            onReset={reset}
            fallback={(_error, retry) => (
              <p className="text-sm text-muted">
                人物与企业信息加载失败。{' '}
                <button type="button" className="underline" onClick={retry}>
                  重试
                </button>
              </p>
            )}
          >
            <Suspense fallback={<Lines count={4} />}>
              <EntityList articleIds={props.articleIds} emptyText={props.emptyText} kinds={props.kinds} />
            </Suspense>
          </ErrorBoundary>
        )}
      </QueryErrorResetBoundary>
    </section>
  );
}
