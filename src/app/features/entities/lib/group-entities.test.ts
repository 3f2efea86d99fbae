import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../../contract/bundle.ts';
import { testEntity } from './testing.ts';
import { articleCount, groupEntities, mentionCount } from './group-entities.ts';

const entity = (id: string, kind: Entity['kind'], articleIds: string[]) => testEntity(id, kind, articleIds);

describe('groupEntities', () => {
  const entities = [
    entity('fewer', 'person', ['a']),
    entity('company', 'enterprise', ['a', 'b']),
    entity('more', 'person', ['a', 'b']),
    entity('elsewhere', 'person', ['c']),
  ];

  it('puts persons before enterprises, most mentioned first, ties in the order given (the bundle’s name order)', () => {
    const groups = groupEntities(entities);
    expect(groups.map((group) => group.kind)).toEqual(['person', 'enterprise']);
    expect(groups[0]?.entities.map((e) => e.id)).toEqual(['more', 'fewer', 'elsewhere']);
    expect(groupEntities([...entities].reverse())[0]?.entities.map((e) => e.id)).toEqual(['more', 'elsewhere', 'fewer']);
  });

  it('keeps only entities of the given articles and counts within them', () => {
    const only = new Set(['b']);
    const groups = groupEntities(entities, only);
    expect(groups.flatMap((group) => group.entities.map((e) => e.id))).toEqual(['more', 'company']);
    expect(articleCount(entities[1]!, only)).toBe(1);
    expect(articleCount(entities[1]!)).toBe(2);
  });

  it('among entities in as many articles, puts the most mentioned first', () => {
    const tied = [testEntity('once', 'person', ['a']), testEntity('thrice', 'person', ['a'], 3)];
    expect(groupEntities(tied)[0]?.entities.map((e) => e.id)).toEqual(['thrice', 'once']);
    expect(mentionCount(tied[1]!, new Set(['b']))).toBe(0);
  });

  it('keeps only the kinds asked for', () => {
    expect(groupEntities(entities, undefined, ['enterprise']).map((group) => group.kind)).toEqual(['enterprise']);
  });

  it('gives no groups for no entities', () => {
    expect(groupEntities([])).toEqual([]);
  });
});
