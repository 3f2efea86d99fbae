import { describe, expect, it } from 'vitest';
import { entitySchema } from '../../contract/bundle.ts';
import { extractEntities } from './extract.ts';
import { seedArticles } from './fixtures/seed-000.ts';

const entities = extractEntities(seedArticles);
const ofKind = (kind: string) => entities.filter((e) => e.kind === kind);
const articlesOf = (name: string) => entities.find((e) => e.name === name)?.mentions.map((m) => m.articleId.split('--')[1]);

describe('seed page 000_b8044a892ed5c8e9', () => {
  it('gives exactly its nine persons, with the roles printed beside them', () => {
    const persons = Object.fromEntries(ofKind('person').map((e) => [e.name, e.roles]));
    expect(persons).toEqual({
      盛蕾: ['市长'],
      蒋鹏举: ['副市长'],
      周承涛: ['市政府秘书长'],
      // A compound title is two posts held at once, so two roles.
      恽淇丞: ['区委副书记', '区长'],
      习近平: ['总书记'],
      韩晖: [],
      黄雅婷: ['记者'],
      朱梦琪: ['记者'],
      徐晶玮: ['摄影'],
    });
  });

  it('gives exactly its three enterprises, full names as printed', () => {
    expect(ofKind('enterprise').map((e) => e.name).sort()).toEqual(
      ['中讯半导体(江苏)有限公司', '毫厘科技(常州)有限公司', '江苏昂宝力德宝微电子有限公司'].sort(),
    );
  });

  it('counts articles and mentions', () => {
    expect(articlesOf('朱梦琪')).toEqual(['standing-committee', 'executive-meeting']);
    expect(articlesOf('恽淇丞')).toEqual(['visit', 'standing-committee', 'executive-meeting']);
    // 盛蕾 in the headline, after 市长, and three more bare mentions in the body.
    expect(entities.find((e) => e.name === '盛蕾')?.mentions).toEqual([{ articleId: seedArticles[0]?.id, count: 5, roles: ['市长'] }]);
    // Five times 习近平总书记 and once 习近平文化思想.
    expect(entities.find((e) => e.name === '习近平')?.mentions[0]?.count).toBe(6);
  });

  it('puts government bodies among organizations and the named project among projects', () => {
    const organizations = ofKind('organization').map((e) => e.name);
    expect(organizations).toEqual(
      expect.arrayContaining(['区委常委会', '中央第一生态环境保护督察组', '省第3安全生产巡查组']),
    );
    // A function (住建部门) and an ellipsis (区政府) are not the names of bodies.
    expect(organizations).not.toContain('住建部门');
    expect(organizations).not.toContain('区政府');
    expect(ofKind('project').map((e) => e.name)).toEqual(['今创新能源项目']);
  });

  it('writes entities the bundle schema accepts, with distinct ids', () => {
    for (const e of entities) expect(entitySchema.parse(e)).toEqual(e);
    expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
  });

  it('is deterministic', () => {
    expect(extractEntities(seedArticles)).toEqual(entities);
    expect(extractEntities([...seedArticles].reverse()).map((e) => e.id).sort()).toEqual(entities.map((e) => e.id).sort());
  });
});
