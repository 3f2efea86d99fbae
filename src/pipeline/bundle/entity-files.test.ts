import { describe, expect, it } from 'vitest';
import { MAX_CO_MENTIONS, type Entity } from '../../contract/bundle.ts';
import { coMentionsOf, entitiesByPage } from './entity-files.ts';

function entity(id: string, kind: Entity['kind'], articleIds: string[]): Entity {
  return { id, kind, name: id, roles: [], aliases: [], mentions: articleIds.map((articleId) => ({ articleId, count: 3 })) };
}

describe('coMentionsOf', () => {
  const mayor = entity('mayor', 'person', ['p--a', 'p--b', 'q--c']);
  const entities = [
    mayor,
    entity('deputy', 'person', ['p--a']),
    entity('reporter', 'person', ['p--a', 'p--b', 'q--x']),
    entity('company', 'enterprise', ['q--c']),
    entity('bureau', 'organization', ['p--a', 'p--b', 'q--c']),
    entity('stranger', 'person', ['q--x']),
  ];

  it('counts articles in common, most first, and leaves out the entity itself and strangers', () => {
    expect(coMentionsOf({ entities }).get('mayor')!.map((co) => [co.id, co.count])).toEqual([
      ['reporter', 2],
      ['deputy', 1],
      ['company', 1],
    ]);
  });

  it('lists only the kinds asked for, for every entity, organizations included', () => {
    expect(coMentionsOf({ entities }, ['organization']).get('mayor')!.map((co) => co.id)).toEqual(['bureau']);
    expect(coMentionsOf({ entities }).get('bureau')!.map((co) => co.id)).toEqual(['mayor', 'reporter', 'deputy', 'company']);
  });

  it('gives each co-mentioned one the roles printed in the articles both are in, not those of elsewhere', () => {
    const withRoles = (base: Entity, roles: Record<string, string[]>): Entity => ({
      ...base,
      roles: [...new Set(Object.values(roles).flat())],
      mentions: base.mentions.map((mention) => ({ ...mention, ...(roles[mention.articleId] ? { roles: roles[mention.articleId] } : {}) })),
    });
    const reporter = withRoles(entity('reporter', 'person', ['p--a', 'p--b', 'q--x']), { 'p--a': ['记者'], 'q--x': ['通讯员'] });
    const co = coMentionsOf({ entities: [mayor, reporter] }).get('mayor')!;
    expect(co.map((c) => [c.id, c.roles])).toEqual([['reporter', ['记者']]]);
    expect(coMentionsOf({ entities: [mayor, reporter] }).get('reporter')!.map((c) => c.roles)).toEqual([[]]);
  });

  it('keeps the most co-mentioned when an entity appears beside very many', () => {
    const crowd = Array.from({ length: MAX_CO_MENTIONS + 10 }, (_, i) => entity(`p${String(i).padStart(3, '0')}`, 'person', i < 5 ? ['p--a', 'p--b'] : ['p--a']));
    const co = coMentionsOf({ entities: [mayor, ...crowd] }).get('mayor')!;
    expect(co).toHaveLength(MAX_CO_MENTIONS);
    expect(co.slice(0, 5).map((c) => c.count)).toEqual([2, 2, 2, 2, 2]);
  });
});

describe('entitiesByPage', () => {
  it('gives each page its entities with only that page’s mentions', () => {
    const byPage = entitiesByPage([entity('mayor', 'person', ['p--a', 'p--b', 'q--c']), entity('company', 'enterprise', ['q--c'])]);
    expect(byPage.get('p')!.map((e) => [e.id, e.mentions.map((m) => m.articleId)])).toEqual([['mayor', ['p--a', 'p--b']]]);
    expect(byPage.get('q')!.map((e) => [e.id, e.mentions.map((m) => m.articleId)])).toEqual([
      ['company', ['q--c']],
      ['mayor', ['q--c']],
    ]);
  });

  it('lists a page’s entities in Chinese name order (by pinyin, not by code point), then by id', () => {
    const named = (id: string, name: string) => ({ ...entity(id, 'person', ['p--a']), name });
    const byPage = entitiesByPage([named('z', '张伟'), named('l2', '李明'), named('l1', '李明'), named('w', '王芳')]);
    expect(byPage.get('p')!.map((e) => e.id)).toEqual(['l1', 'l2', 'w', 'z']);
  });
});
