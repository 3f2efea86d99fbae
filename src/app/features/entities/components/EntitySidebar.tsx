import { useMemo } from 'react';
import { Link } from 'react-router';
import { useHydrated } from '../../../lib/use-hydrated.tsx';
import { zh } from '../../../lib/zh.ts';
import { paths } from '../../../paths.ts';
import type { Entity, EntityKind } from '../../../../contract/bundle.ts';
import { articleCount, ENTITY_KIND_LABELS, groupEntities } from '../lib/group-entities.ts';
import { Converted } from '../../script/components/Converted.tsx';

interface Props {
  /** The page's entities (its file's `entities`). */
  entities: readonly Entity[];
  /** Only entities mentioned in these articles (an article's own sidebar); all of `entities` when absent. */
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
            {entity.kind === 'person' && entity.roles.length > 0 && (
              <span className="text-muted">
                <Converted text={entity.roles.join('、')} />{' '}
              </span>
            )}
            <Converted text={zh(entity.name)} />
          </Link>
          <span className="shrink-0 text-sm text-muted">{articleCount(entity, only)}篇</span>
        </li>
      ))}
    </ul>
  );
}

function EntityList({ entities, articleIds, emptyText, kinds }: Props) {
  const only = useMemo(() => (articleIds ? new Set(articleIds) : undefined), [articleIds]);
  const groups = useMemo(() => groupEntities(entities, only, kinds), [entities, only, kinds]);
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

/**
 * 人物与企业 of a page or an article, from the page's own file (which lists the entities it mentions).
 * Listed once the app has hydrated, not in the prerendered HTML: the entity pages it links are
 * rendered in the browser anyway, so without JavaScript the list would lead nowhere, and each
 * article's HTML stays smaller.
 */
export function EntitySidebar(props: Props & { title: string }) {
  const headingId = 'entity-sidebar';
  const hydrated = useHydrated();
  return (
    <section aria-labelledby={headingId} className="print:hidden">
      <h2 id={headingId} className="mb-3 border-b border-rule pb-1.5 font-serif text-lg font-bold">
        {props.title}
      </h2>
      {hydrated && <EntityList {...props} />}
    </section>
  );
}
