import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Corpus } from '../contract/bundle.ts';
import { bruteForceSearch } from './brute.ts';
import type { SearchSort } from './engine.ts';
import { article, openInMemory } from './testing.ts';

const DATES = ['2024-10-28', '2024-10-30', '2024-10-31', '2025-01-02'];
const pieces = ['有限公司', '有限', '公司', '限公', '司有', '其他', '。', '有', '公'];
const run = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((xs) => xs.join(''));
// Several pages a day and some undated pages, so runs of a day and the undated tail both occur.
const corpusArb = fc
  .array(fc.record({ body: run, page: fc.nat(7) }), { minLength: 1, maxLength: 30 })
  .map((items): Corpus => {
    const pages = Array.from({ length: 8 }, (_, i) => ({
      id: `p${i}`,
      source: `p${i}.txt`,
      ...(i < 6 ? { date: DATES[i % DATES.length]! } : {}),
      articleIds: [] as string[],
    }));
    const articles = items.map((it, i) => {
      const id = `p${it.page}--${String(i).padStart(2, '0')}`;
      pages[it.page]!.articleIds.push(id);
      return article(id, `p${it.page}`, { headline: '其他', paragraphs: [it.body].filter((b) => b.length > 0) });
    });
    return { pages, articles, entities: [] };
  });
const queries = fc.constantFrom('有限公司', '限公司', '有限', '公', '公司有限', '有限 公司', '"有限公司" 其他');
const range = fc.record({ from: fc.option(fc.constantFrom(...DATES), { nil: undefined }), to: fc.option(fc.constantFrom(...DATES), { nil: undefined }) });

/** The oracle: brute-force matches in the range, by date (undated last), then by article id. */
function expected(corpus: Corpus, query: string, sort: 'newest' | 'oldest', from?: string, to?: string): string[] {
  const dateOf = new Map(corpus.pages.map((p) => [p.id, p.date]));
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  const ranged = from !== undefined || to !== undefined;
  return bruteForceSearch(corpus, query)
    .map((id) => ({ id, date: dateOf.get(byId.get(id)!.pageId) }))
    .filter(({ date }) => !ranged || (date !== undefined && date >= (from ?? '') && date <= (to ?? '\uffff')))
    .sort((a, b) => {
      if (a.date !== b.date) {
        if (a.date === undefined) return 1;
        if (b.date === undefined) return -1;
        return (a.date < b.date ? -1 : 1) * (sort === 'newest' ? -1 : 1);
      }
      return a.id < b.id ? -1 : 1;
    })
    .map(({ id }) => id);
}

describe('hits by date', () => {
  it('are every match in the range, in date order, page by page, whatever is verified at once', async () => {
    await fc.assert(
      fc.asyncProperty(
        corpusArb,
        fc.array(fc.tuple(queries, fc.constantFrom<SearchSort>('newest', 'oldest'), range, fc.nat(6), fc.integer({ min: 1, max: 4 })), { minLength: 1, maxLength: 5 }),
        async (corpus, specs) => {
          const full = await openInMemory(corpus);
          const bounded = await openInMemory(corpus, { inlineMax: 4, fileMax: 24, chunkBytes: 16, bucketBytes: 64 }, { verifyAtOnceBytes: 0 });
          for (const [query, sort, { from, to }, offset, limit] of specs) {
            const want = expected(corpus, query, sort as 'newest' | 'oldest', from, to);
            const filters = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
            const label = JSON.stringify({ query, sort, from, to, offset, limit });
            for (const index of [full, bounded]) {
              const page = await index.search(query, { sort, filters, offset, limit });
              expect(page.hits.map((h) => h.articleId), label).toEqual(want.slice(offset, offset + limit));
              expect(page.hasMore, label).toBe(want.length > offset + limit);
              if (page.total !== undefined) expect(page.total, label).toBe(want.length);
              expect((await index.count(query, { filters })).total, label).toBe(want.length);
            }
          }
        },
      ),
      { numRuns: 120 },
    );
  }, 300_000);

  it('stops verifying once the page is full, and knows whether more follow', async () => {
    // Candidates newest first: one that holds the bigrams apart, then real matches.
    const days = ['2024-10-31', '2024-10-30', '2024-10-29', '2024-10-28', '2024-10-27', '2024-10-26'];
    const pages = days.map((date, i) => ({ id: `p${i}`, source: `p${i}.txt`, date, articleIds: [`p${i}--a`] }));
    const articles = days.map((_, i) => article(`p${i}--a`, `p${i}`, { headline: '其他', paragraphs: [i === 0 ? '有限公。限公司' : '本市有限公司。'] }));
    const index = await openInMemory({ pages, articles, entities: [] }, { inlineMax: 4, fileMax: 24, chunkBytes: 16, bucketBytes: 64 }, { verifyAtOnceBytes: 0 });
    const page = await index.search('有限公司', { sort: 'newest', limit: 1 });
    expect(page.hits.map((h) => h.articleId)).toEqual(['p1--a']);
    expect(page.hasMore).toBe(true);
    const oldest = await index.search('有限公司', { sort: 'oldest', limit: 2, offset: 3 });
    expect(oldest.hits.map((h) => h.articleId)).toEqual(['p2--a', 'p1--a']);
    expect(oldest.hasMore).toBe(false);
  });

  it('narrows relevance results to the range, and an empty range finds nothing', async () => {
    const corpus: Corpus = {
      pages: [
        { id: 'a', source: 'a.txt', date: '2024-10-30', articleIds: ['a--1'] },
        { id: 'b', source: 'b.txt', date: '2024-10-31', articleIds: ['b--1'] },
        { id: 'u', source: 'u.txt', articleIds: ['u--1'] },
      ],
      articles: [
        article('a--1', 'a', { headline: '半导体', paragraphs: ['半导体产业'] }),
        article('b--1', 'b', { headline: '其他', paragraphs: ['半导体'] }),
        article('u--1', 'u', { headline: '其他', paragraphs: ['半导体'] }),
      ],
      entities: [],
    };
    const index = await openInMemory(corpus);
    const ids = async (filters: { from?: string; to?: string }) => (await index.search('半导体', { filters })).hits.map((h) => h.articleId);
    expect(await ids({})).toEqual(['a--1', 'b--1', 'u--1']);
    expect(await ids({ from: '2024-10-31' })).toEqual(['b--1']);
    expect(await ids({ to: '2024-10-30' })).toEqual(['a--1']);
    expect(await ids({ from: '2024-10-30', to: '2024-10-31' })).toEqual(['a--1', 'b--1']);
    expect(await ids({ from: '2024-11-01', to: '2024-10-30' })).toEqual([]);
    expect((await index.search('半导体', { sort: 'oldest' })).hits.map((h) => h.articleId)).toEqual(['a--1', 'b--1', 'u--1']);
    expect((await index.search('半导体', { sort: 'newest' })).hits.map((h) => h.articleId)).toEqual(['b--1', 'a--1', 'u--1']);
  });
});
