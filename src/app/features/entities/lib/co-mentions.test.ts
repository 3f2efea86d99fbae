import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../../contract/bundle.ts';
import { coMentions } from './co-mentions.ts';

const entity = (id: string, kind: Entity['kind'], articleIds: string[]): Entity => ({
  id,
  kind,
  name: id,
  roles: [],
  aliases: [],
  mentions: articleIds.map((articleId) => ({ articleId, count: 3 })),
});

describe('coMentions', () => {
  const mayor = entity('mayor', 'person', ['a', 'b', 'c']);
  const entities = [
    mayor,
    entity('deputy', 'person', ['a']),
    entity('reporter', 'person', ['a', 'b', 'x']),
    entity('company', 'enterprise', ['c']),
    entity('bureau', 'organization', ['a', 'b', 'c']),
    entity('stranger', 'person', ['x']),
  ];

  it('counts articles in common, most first, and leaves out the entity itself and strangers', () => {
    expect(coMentions(mayor, entities).map((co) => [co.entity.id, co.count])).toEqual([
      ['reporter', 2],
      ['deputy', 1],
      ['company', 1],
    ]);
  });

  it('lists only the kinds asked for', () => {
    expect(coMentions(mayor, entities, ['organization']).map((co) => co.entity.id)).toEqual(['bureau']);
  });
});
