import type { Entity, EntityKind } from '../../../../contract/bundle.ts';

export const ENTITY_KIND_LABELS: Record<EntityKind, string> = {
  person: '人物',
  enterprise: '企业',
  organization: '机构',
  project: '项目',
};

/** Sidebar order: people first, then companies, then the rest. */
const KIND_ORDER: EntityKind[] = ['person', 'enterprise', 'organization', 'project'];

export interface EntityGroup {
  kind: EntityKind;
  entities: Entity[];
}

/** Number of articles that mention the entity (within `articleIds` when given). */
export function articleCount(entity: Entity, articleIds?: ReadonlySet<string>): number {
  return articleIds ? entity.mentions.filter((mention) => articleIds.has(mention.articleId)).length : entity.mentions.length;
}

/** Times the entity is mentioned (within `articleIds` when given). */
export function mentionCount(entity: Entity, articleIds?: ReadonlySet<string>): number {
  return entity.mentions.reduce((sum, mention) => (!articleIds || articleIds.has(mention.articleId) ? sum + mention.count : sum), 0);
}

/**
 * Entities grouped by kind, in the most articles first, then most mentioned, then in the order given
 * (the bundle lists a page's and an article's entities by name); restricted to those mentioned in
 * `articleIds` when given. Empty groups are left out.
 */
export function groupEntities(entities: readonly Entity[], articleIds?: ReadonlySet<string>, kinds: readonly EntityKind[] = KIND_ORDER): EntityGroup[] {
  return KIND_ORDER.filter((kind) => kinds.includes(kind)).map((kind) => ({
    kind,
    entities: entities
      .filter((entity) => entity.kind === kind && articleCount(entity, articleIds) > 0)
      // A stable sort: ties keep the given order.
      .sort((a, b) => articleCount(b, articleIds) - articleCount(a, articleIds) || mentionCount(b, articleIds) - mentionCount(a, articleIds)),
  })).filter((group) => group.entities.length > 0);
}
