import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../contract/bundle.ts';
import { bruteForceSearch } from './brute.ts';
import { article, openInMemory } from './testing.ts';
import type { SearchFilters } from './engine.ts';

// The seed page cut into its articles by hand (line ranges of the file), so this test does not
// depend on the parser.
const lines = readFileSync(fileURLToPath(new URL('../../seeds/000_b8044a892ed5c8e9.txt', import.meta.url)), 'utf8').split('\n');
const block = (from: number, to: number) =>
  lines
    .slice(from - 1, to)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
const PAGE = '000_b8044a892ed5c8e9';
const corpus: Corpus = {
  pages: [{ id: PAGE, source: `${PAGE}.txt`, date: '2024-10-31', number: 1, articleIds: [] }],
  articles: [
    article(`${PAGE}--a`, PAGE, {
      headline: block(3, 3)[0]!.replace(/^## /, ''),
      subheadlines: block(5, 6),
      dateline: '本报讯',
      bylines: [{ name: '韩晖' }, { name: '黄雅婷', role: '记者' }],
      paragraphs: block(8, 20),
    }),
    article(`${PAGE}--b`, PAGE, { headline: block(22, 23).join(''), paragraphs: block(25, 47) }),
    article(`${PAGE}--c`, PAGE, { headline: block(49, 49)[0]!.replace(/^## /, ''), paragraphs: block(51, 63) }),
    article(`${PAGE}--d`, PAGE, { headline: '', column: block(69, 70).join(''), paragraphs: block(67, 67) }),
  ],
  entities: [
    {
      id: 'person-shenglei',
      kind: 'person',
      name: '盛蕾',
      roles: ['市长'],
      aliases: [],
      mentions: [{ articleId: `${PAGE}--a`, count: 5 }],
    },
    {
      id: 'enterprise-zhongxun',
      kind: 'enterprise',
      name: '中讯半导体(江苏)有限公司',
      roles: [],
      aliases: ['中讯半导体'],
      mentions: [{ articleId: `${PAGE}--a`, count: 1 }],
    },
  ],
};

describe('the seed page', () => {
  const expected: Record<string, string[]> = {
    半导: ['a'],
    盛蕾: ['a'],
    研究了其他事: ['b', 'c'],
    新质生产力: ['a', 'b'],
    shenglei: ['a'],
    sl: ['a'],
    '發展 半導體': ['a'],
    'ＳＨＥＮＧＬＥＩ': ['a'],
  };
  for (const [query, ids] of Object.entries(expected)) {
    it(`finds ${query}`, async () => {
      const index = await openInMemory(corpus);
      const results = await index.search(query);
      const got = results.hits.map((h) => h.articleId.slice(-1)).sort();
      expect(got).toEqual(ids);
      expect(results.hits.map((h) => h.articleId).sort()).toEqual(bruteForceSearch(corpus, query).sort());
    });
  }

  it('marks hits in the printed text', async () => {
    const index = await openInMemory(corpus);
    const { hits } = await index.search('盛蕾');
    const headline = hits[0]!.excerpts[0]!;
    expect(headline.field).toBe('headline');
    for (const ex of hits[0]!.excerpts) for (const [s, e] of ex.marks) expect(ex.text.slice(s, e)).toBe('盛蕾');
    const pinyin = await index.search('sl');
    expect(pinyin.hits[0]!.excerpts[0]!.marks.length).toBeGreaterThan(0);
  });

  it('marks a hit whose printed form differs from the query', async () => {
    const index = await openInMemory(corpus);
    const { hits } = await index.search('（扩大）会议');
    const ex = hits[0]!.excerpts[0]!;
    const [s, e] = ex.marks[0]!;
    expect(ex.text.slice(s, e)).toBe('(扩大)会议');
  });

  it('counts facets by page, date, person and enterprise', async () => {
    const index = await openInMemory(corpus);
    const { facets, total } = await index.count('半导体');
    expect(total).toBe(1);
    expect(facets.pages).toEqual([{ id: PAGE, count: 1 }]);
    expect(facets.dates).toEqual([{ value: '2024-10-31', count: 1 }]);
    expect(facets.persons).toEqual([{ id: 'person-shenglei', name: '盛蕾', count: 1 }]);
    expect(facets.enterprises.map((e) => e.id)).toEqual(['enterprise-zhongxun']);
  });

  it('filters by entity and page', async () => {
    const index = await openInMemory(corpus);
    const cases: [SearchFilters, number][] = [
      [{ entityIds: ['person-shenglei'] }, 0],
      [{ pageIds: [PAGE] }, 2],
      [{ dates: ['2020-01-01'] }, 0],
    ];
    for (const [filters, total] of cases) {
      expect((await index.count('会议', { filters })).total).toBe(total);
      expect((await index.search('会议', { filters })).hits).toHaveLength(total);
    }
  });

  it('fetches only the entry before the first search', async () => {
    const index = await openInMemory(corpus);
    expect(index.loads).toEqual(['index.json']);
  });
});
