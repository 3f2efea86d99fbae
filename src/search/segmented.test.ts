import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Corpus } from '../contract/bundle.ts';
import { bruteForceFacets, bruteForceRanking, type OracleMatch } from './brute-rank.ts';
import type { SearchFilters, SearchSort } from './engine.ts';
import { article, openInMemory } from './testing.ts';

// Ten editions and undated pages: up to four segments (base 2) or five (base 3) in every corpus.
const DATES = Array.from({ length: 10 }, (_, i) => `2024-10-${String(20 + i)}`);
const pieces = ['有限公司', '有限', '公司', '限公', '司有', '其他', '。', '有', '公', '盛蕾'];
const run = (max: number) => fc.array(fc.constantFrom(...pieces), { maxLength: max }).map((xs) => xs.join(''));
const corpusArb = fc
  .record({
    items: fc.array(fc.record({ headline: run(3), body: run(30), day: fc.nat(DATES.length), page: fc.nat(1), mentions: fc.nat(3) }), { minLength: 1, maxLength: 40 }),
  })
  .map(({ items }): Corpus => {
    const pages = [...DATES, undefined].flatMap((date, d) =>
      [0, 1].map((k) => ({ id: `d${d}p${k}`, source: `d${d}p${k}.txt`, ...(date ? { date, number: k + 1 } : {}), articleIds: [] as string[] })),
    );
    const articles = items.map((it, i) => {
      const page = pages[it.day * 2 + it.page]!;
      const id = `${page.id}--${String(i).padStart(2, '0')}`;
      page.articleIds.push(id);
      return { a: article(id, page.id, { headline: it.headline, paragraphs: [it.body].filter((b) => b.length > 0) }), mentions: it.mentions };
    });
    const mentionsOf = (bit: number) => articles.filter((x) => x.mentions & bit).map((x) => ({ articleId: x.a.id, count: 1 }));
    return {
      pages: pages.filter((p) => p.articleIds.length > 0),
      articles: articles.map((x) => x.a),
      entities: [
        { id: 'person-sl', kind: 'person', name: '盛蕾', roles: [], aliases: [], mentions: mentionsOf(1) },
        { id: 'enterprise-yx', kind: 'enterprise', name: '有限公司', roles: [], aliases: [], mentions: mentionsOf(2) },
      ],
    };
  });
const queries = fc.constantFrom('有限公司', '限公司', '有限', '公', '公司有限', '有限 公司', '"有限公司" 其他', 'shenglei', '盛蕾 有', '没有的词');
const filtersArb = fc.oneof(
  fc.constant<SearchFilters>({}),
  fc.record({ from: fc.option(fc.constantFrom(...DATES), { nil: undefined }), to: fc.option(fc.constantFrom(...DATES), { nil: undefined }) }).map((f) =>
    Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as SearchFilters,
  ),
  fc.subarray(DATES, { minLength: 1, maxLength: 2 }).map((dates): SearchFilters => ({ dates })),
  fc.constant<SearchFilters>({ entityIds: ['person-sl'] }),
  fc.constant<SearchFilters>({ pageIds: ['d3p0', 'd10p1'] }),
);

function passes(corpus: Corpus, m: OracleMatch, f: SearchFilters): boolean {
  if ((f.from !== undefined || f.to !== undefined) && (m.date === undefined || m.date < (f.from ?? '') || m.date > (f.to ?? '\uffff'))) return false;
  if (f.dates && (m.date === undefined || !f.dates.includes(m.date))) return false;
  if (f.pageIds && !f.pageIds.includes(m.pageId)) return false;
  if (f.entityIds && !corpus.entities.some((e) => f.entityIds!.includes(e.id) && e.mentions.some((x) => x.articleId === m.id))) return false;
  return true;
}

/** Newest or oldest date first, undated last either way, then article id. */
function byDate(matches: OracleMatch[], sort: 'newest' | 'oldest'): OracleMatch[] {
  return [...matches].sort((a, b) => {
    if (a.date !== b.date) {
      if (a.date === undefined) return 1;
      if (b.date === undefined) return -1;
      return (a.date < b.date ? -1 : 1) * (sort === 'newest' ? -1 : 1);
    }
    return a.id < b.id ? -1 : 1;
  });
}

describe('a query over segments', () => {
  const setups = [
    { build: { segmentBase: 2 }, open: {} },
    { build: { segmentBase: 3, inlineMax: 4, fileMax: 24, chunkBytes: 16, bucketBytes: 64 }, open: { verifyAtOnceBytes: 0 } },
  ];
  it('answers as brute force does: pages in every order, counts and facets, under every filter', async () => {
    await fc.assert(
      fc.asyncProperty(
        corpusArb,
        fc.array(fc.tuple(queries, fc.constantFrom<SearchSort>('relevance', 'newest', 'oldest'), filtersArb, fc.nat(6), fc.integer({ min: 1, max: 4 })), { minLength: 1, maxLength: 4 }),
        async (corpus, specs) => {
          const indexes = await Promise.all(setups.map((s) => openInMemory(corpus, s.build, s.open)));
          for (const [query, sort, filters, offset, limit] of specs) {
            const all = bruteForceRanking(corpus, query).filter((m) => passes(corpus, m, filters));
            const want = sort === 'relevance' ? all : byDate(all, sort);
            const label = JSON.stringify({ query, sort, filters, offset, limit });
            for (const index of indexes) {
              const page = await index.search(query, { sort, filters, offset, limit });
              expect(page.hits.map((h) => [h.articleId, h.score]), label).toEqual(want.slice(offset, offset + limit).map((m) => [m.id, m.score]));
              expect(page.hasMore, label).toBe(want.length > offset + limit);
              if (page.total !== undefined) expect(page.total, label).toBe(want.length);
              const counted = await index.count(query, { filters });
              expect(counted.total, label).toBe(want.length);
              expect(counted.facets, label).toEqual(want.length === 0 ? { pages: [], dates: [], persons: [], enterprises: [] } : bruteForceFacets(corpus, want));
            }
          }
          const everything = bruteForceRanking(corpus, '有');
          for (const index of indexes) expect((await index.rankedIds('有')).ids).toEqual(everything.map((m) => m.id));
        },
      ),
      { numRuns: 80 },
    );
  }, 300_000);

  it('fetches nothing of a segment its date range leaves out', async () => {
    const pages = DATES.map((date, i) => ({ id: `p${i}`, source: `p${i}.txt`, date, articleIds: [`p${i}--a`] }));
    const articles = pages.map((p) => article(`${p.id}--a`, p.id, { headline: '其他', paragraphs: ['本市有限公司。'] }));
    const index = await openInMemory({ pages, articles, entities: [] });
    const page = await index.search('有限公司', { filters: { from: DATES[9], to: DATES[9] } });
    expect(page.hits.map((h) => h.articleId)).toEqual(['p9--a']);
    // Ten editions are segments of 8 and 2: the newest holds the range, the oldest is never read.
    expect(index.loads.filter((p) => p.startsWith('s/')).every((p) => p.startsWith(`s/${DATES[8]}_${DATES[9]}/`))).toBe(true);
    index.loads.length = 0;
    const newest = await index.search('有限公司', { sort: 'newest', limit: 1 });
    expect(newest.hits.map((h) => h.articleId)).toEqual(['p9--a']);
    expect(index.loads.every((p) => !p.startsWith(`s/${DATES[0]}_`))).toBe(true);
  });
});
