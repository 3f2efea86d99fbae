import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../../contract/bundle.ts';
import { testEntity } from './testing.ts';
import { coMentions } from './co-mentions.ts';

const entity = (id: string, kind: Entity['kind'], articleIds: string[]) => testEntity(id, kind, articleIds, 3);

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
