import type { Entity } from '../../../../contract/bundle.ts';

/** A test entity named by its id, mentioned `count` times in each of the given articles. */
export function testEntity(id: string, kind: Entity['kind'], articleIds: string[], count = 1): Entity {
  return { id, kind, name: id, roles: [], aliases: [], mentions: articleIds.map((articleId) => ({ articleId, count })) };
}
