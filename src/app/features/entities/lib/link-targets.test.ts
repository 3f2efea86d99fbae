import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../../contract/bundle.ts';
import { linkTargetsOf } from './link-targets.ts';

const entity = (id: string, kind: Entity['kind'], name: string, articleIds: string[], aliases: string[] = []): Entity => ({
  id,
  kind,
  name,
  roles: [],
  aliases,
  mentions: articleIds.map((articleId) => ({ articleId, count: 1 })),
});

describe('linkTargetsOf', () => {
  it('gives the persons and enterprises of the article with their aliases, longest name first', () => {
    const entities = [
      entity('p', 'person', '盛蕾', ['a']),
      entity('e', 'enterprise', '天合光能股份有限公司', ['a'], ['天合光能']),
      entity('o', 'organization', '区政府', ['a']),
      entity('q', 'person', '王磊', ['b']),
    ];
    expect(linkTargetsOf(entities, 'a')).toEqual([
      { entityId: 'e', forms: ['天合光能股份有限公司', '天合光能'] },
      { entityId: 'p', forms: ['盛蕾'] },
    ]);
    expect(linkTargetsOf(entities, 'none')).toEqual([]);
  });
});
