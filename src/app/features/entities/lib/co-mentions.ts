import type { Entity, EntityKind } from '../../../../contract/bundle.ts';

export interface CoMention {
  entity: Entity;
  /** Articles that mention both. */
  count: number;
}

/** 同现 lists who and which companies appear beside an entity. */
const CO_MENTION_KINDS: readonly EntityKind[] = ['person', 'enterprise'];

/** The persons and enterprises mentioned in the same articles as `entity`, most articles in common first. */
export function coMentions(entity: Entity, entities: readonly Entity[], kinds: readonly EntityKind[] = CO_MENTION_KINDS): CoMention[] {
  const articles = new Set(entity.mentions.map((mention) => mention.articleId));
  const collator = new Intl.Collator('zh-CN');
  return entities
    .filter((other) => other.id !== entity.id && kinds.includes(other.kind))
    .map((other) => ({ entity: other, count: other.mentions.filter((mention) => articles.has(mention.articleId)).length }))
    .filter((co) => co.count > 0)
    .sort((a, b) => b.count - a.count || kinds.indexOf(a.entity.kind) - kinds.indexOf(b.entity.kind) || collator.compare(a.entity.name, b.entity.name));
}
