import type { Entity, EntityKind } from '../../../../contract/bundle.ts';
import type { LinkTarget } from '../../articles/lib/decorate.ts';

/** Only people and companies are linked in running text; bodies and projects would crowd it. */
const LINKED_KINDS: readonly EntityKind[] = ['person', 'enterprise'];

/**
 * The persons and enterprises an article mentions, as link targets for its body: name and aliases,
 * longest entity name first so the order of equal-start matches never depends on the bundle.
 */
export function linkTargetsOf(entities: readonly Entity[], articleId: string): LinkTarget[] {
  return entities
    .filter((entity) => LINKED_KINDS.includes(entity.kind) && entity.mentions.some((mention) => mention.articleId === articleId))
    .sort((a, b) => b.name.length - a.name.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((entity) => ({ entityId: entity.id, forms: [entity.name, ...entity.aliases] }));
}
