import { describe, expect, it } from 'vitest';
import { type Article, type Entity, idSchema, paragraphBlocks } from '../../contract/bundle.ts';
import { extractEntities } from './extract.ts';

function article(id: string, paragraphs: string[], extra: Partial<Article> = {}): Article {
  return { id, pageId: 'p1', order: 0, kind: 'article', headline: '', subheadlines: [], bylines: [], body: paragraphBlocks(paragraphs), ...extra };
}

const byName = (entities: Entity[], name: string) => entities.find((e) => e.name === name);
const counts = (entity: Entity | undefined) => Object.fromEntries((entity?.mentions ?? []).map((m) => [m.articleId, m.count]));

describe('mentions', () => {
  it('counts a person\'s later bare mentions in the article that anchors the name', () => {
    const entities = extractEntities([
      article('a1', ['副市长李建国来到企业。李建国详细了解生产情况,李建国指出要加快发展。'], { headline: '李建国调研企业' }),
    ]);
    expect(counts(byName(entities, '李建国'))).toEqual({ a1: 4 });
  });

  it('does not count a bare name in an article that never anchors it', () => {
    const entities = extractEntities([article('a1', ['副市长李建国来到企业。']), article('a2', ['李建国路改造完成。'])]);
    expect(counts(byName(entities, '李建国'))).toEqual({ a1: 1 });
  });

  it('counts one mention per byline and adds the byline role', () => {
    const entities = extractEntities([
      article('a1', ['正文。'], { bylines: [{ name: '朱梦琪', role: '记者' }] }),
      article('a2', ['正文。'], { bylines: [{ name: '朱梦琪', role: '记者' }, { name: '韩晖' }] }),
    ]);
    expect(byName(entities, '朱梦琪')).toMatchObject({ kind: 'person', roles: ['记者'], mentions: [{ articleId: 'a1', count: 1 }, { articleId: 'a2', count: 1 }] });
    expect(byName(entities, '韩晖')?.roles).toEqual([]);
  });

  it('resolves a company\'s short form to its full name, in any article, and lists it as an alias', () => {
    const entities = extractEntities([
      article('a1', ['走访了中讯半导体(江苏)有限公司。中讯半导体主要从事衬底材料研发。']),
      article('a2', ['中讯半导体新产线投产。']),
    ]);
    const company = byName(entities, '中讯半导体(江苏)有限公司');
    expect(company).toMatchObject({ kind: 'enterprise', aliases: ['中讯半导体'] });
    expect(counts(company)).toEqual({ a1: 2, a2: 1 });
    expect(entities.filter((e) => e.kind === 'enterprise')).toHaveLength(1);
  });

  it('leaves a short form two companies share unresolved', () => {
    const entities = extractEntities([
      article('a1', ['走访了恒达科技(常州)有限公司和恒达科技(苏州)有限公司。恒达科技表示。']),
    ]);
    for (const company of entities.filter((e) => e.kind === 'enterprise')) {
      expect(company.aliases).toEqual([]);
      expect(counts(company)).toEqual({ a1: 1 });
    }
  });

  it('matches a name printed with full-width brackets to the same company, reported as first printed', () => {
    const entities = extractEntities([
      article('a1', ['毫厘科技(常州)有限公司以人工智能为核心。']),
      article('a2', ['来到毫厘科技（常州）有限公司调研。']),
    ]);
    const companies = entities.filter((e) => e.kind === 'enterprise');
    expect(companies.map((e) => e.name)).toEqual(['毫厘科技(常州)有限公司']);
    expect(counts(companies[0])).toEqual({ a1: 1, a2: 1 });
  });

  it('keeps government bodies out of persons and enterprises', () => {
    const entities = extractEntities([article('a1', ['区委副书记、区长赵平安主持召开常州市政府常务会议。区委常委会要牵头抓总。'])]);
    expect(entities.filter((e) => e.kind === 'enterprise')).toEqual([]);
    expect(entities.filter((e) => e.kind === 'person').map((e) => e.name)).toEqual(['赵平安']);
    expect(entities.filter((e) => e.kind === 'organization').map((e) => e.name).sort()).toEqual(['区委常委会', '常州市政府']);
  });

  it('counts a body whose name opens a longer body\'s name, but not one inside it', () => {
    const entities = extractEntities([article('a1', ['宁波市公安局交通警察支队发布通告。宁波市政府办公厅转发。'])]);
    const bodies = Object.fromEntries(entities.filter((e) => e.kind === 'organization').map((e) => [e.name, counts(e)]));
    expect(bodies['宁波市公安局']).toEqual({ a1: 1 });
    expect(bodies['宁波市政府']).toEqual({ a1: 1 });
    expect(bodies['宁波市政府办公厅']).toEqual({ a1: 1 });
  });
});

describe('ids and order', () => {
  it('makes stable, URL-safe ids from the pinyin of the name', () => {
    const entities = extractEntities([article('a1', ['市长盛蕾来我区。走访了毫厘科技(常州)有限公司。'])]);
    expect(byName(entities, '盛蕾')?.id).toBe('person-sheng-lei');
    for (const e of entities) expect(idSchema.safeParse(e.id).success).toBe(true);
  });

  it('tells apart names that read alike, and keeps the first one\'s id when a later article prints the other', () => {
    const a = article('a1', ['副市长张伟来到现场。']);
    const b = article('a2', ['副市长章玮来到现场。']);
    const alone = byName(extractEntities([a]), '张伟')?.id;
    const both = extractEntities([a, b]);
    expect(alone).toBe('person-zhang-wei');
    expect(byName(both, '张伟')?.id).toBe(alone);
    expect(byName(both, '章玮')?.id).toMatch(/^person-zhang-wei-[0-9a-z]+$/u);
    expect(byName(extractEntities([b, a]), '章玮')?.id).toBe('person-zhang-wei');
  });

  it('sorts by kind, then articles mentioning, then mentions, then id', () => {
    const entities = extractEntities([
      article('a1', ['副市长王立来到现场。王立指出。副市长李平来到现场。'], { bylines: [{ name: '朱梦琪', role: '记者' }] }),
      article('a2', ['正文。'], { bylines: [{ name: '朱梦琪', role: '记者' }] }),
    ]);
    expect(entities.map((e) => e.name)).toEqual(['朱梦琪', '王立', '李平']);
  });
});

describe('overrides', () => {
  const page = [
    article('a1', ['走访了中讯半导体(江苏)有限公司。中讯与高校合作。市长盛蕾来到企业。'], { headline: '盛蕾调研' }),
    article('a2', ['中讯产品获奖。']),
  ];

  it('resolves an editor\'s alias in every article', () => {
    const entities = extractEntities(page, { aliases: { 中讯: '中讯半导体(江苏)有限公司' } });
    const company = byName(entities, '中讯半导体(江苏)有限公司');
    expect(company?.aliases).toEqual(['中讯']);
    expect(counts(company)).toEqual({ a1: 2, a2: 1 });
  });

  it('folds an entity found under the alias into the target', () => {
    const entities = extractEntities([article('a1', ['副市长王立来到现场。'])], {
      aliases: { 王立: '王立新' },
      add: [{ name: '王立新', kind: 'person', roles: ['副市长'] }],
    });
    expect(entities.map((e) => [e.name, e.roles, e.aliases])).toEqual([['王立新', ['副市长'], ['王立']]]);
  });

  it('corrects kind, name and roles', () => {
    const entities = extractEntities(page, {
      corrections: { 盛蕾: { roles: ['市委副书记', '市长'] }, '中讯半导体(江苏)有限公司': { kind: 'organization' } },
    });
    expect(byName(entities, '盛蕾')?.roles).toEqual(['市委副书记', '市长']);
    expect(byName(entities, '中讯半导体(江苏)有限公司')?.kind).toBe('organization');
    // The rules stop at 来 (`王一|来到`); the editors know the name is 王一来.
    const cut = extractEntities([article('a1', ['市长王一来到现场。王一来指出。'])]);
    expect(cut.map((e) => e.name)).toEqual(['王一']);
    const renamed = extractEntities([article('a1', ['市长王一来到现场。王一来指出。'])], { corrections: { 王一: { name: '王一来' } } });
    expect(renamed.map((e) => [e.name, counts(e)])).toEqual([['王一来', { a1: 2 }]]);
    // A misprint corrected away still counts where it was printed.
    const misprint = extractEntities([article('a1', ['市长盛雷来到现场。'])], { corrections: { 盛雷: { name: '盛蕾' } } });
    expect(misprint.map((e) => [e.name, e.aliases, counts(e)])).toEqual([['盛蕾', ['盛雷'], { a1: 1 }]]);
  });

  it('ignores a name entirely', () => {
    const entities = extractEntities(page, { ignore: ['盛蕾', '中讯半导体(江苏)有限公司'] });
    expect(entities.map((e) => e.name)).toEqual([]);
  });

  it('adds an entity the rules miss, counted wherever it is printed', () => {
    const entities = extractEntities(page, { add: [{ name: '高校', kind: 'organization' }, { name: '未出现', kind: 'person' }] });
    expect(counts(byName(entities, '高校'))).toEqual({ a1: 1 });
    expect(byName(entities, '未出现')).toBeUndefined();
  });
});

describe('padded names', () => {
  it('reads a signature line\'s padded name as the name, counted where it is printed padded', () => {
    const entities = extractEntities([article('a1', ['坚持依法治国', '南湖大学法学院院长 吴 青'])]);
    const person = entities.find((e) => e.kind === 'person');
    expect(person?.name).toBe('吴青');
    expect(person?.roles).toEqual(['院长']);
    expect(counts(person!)).toEqual({ a1: 1 });
  });
});
