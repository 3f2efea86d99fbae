import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bodyTexts, type Corpus } from '../contract/bundle.ts';
import { bruteForceSearch } from './brute.ts';
import { article, matchIds, openInMemory } from './testing.ts';

// A small alphabet makes bigram collisions (and so verification) frequent.
const chars = [...'半导体产业发展盛蕾研究了其他事新质生产力發展區委aAＡbB1１ ,，.。()（）'];
const text = fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((cs) => cs.join(''));
const articleArb = fc.record({
  headline: text,
  kicker: fc.option(text.filter((t) => t.length > 0), { nil: undefined }),
  subheadlines: fc.array(text.filter((t) => t.length > 0), { maxLength: 2 }),
  bylineNames: fc.array(text.filter((t) => t.length > 0), { maxLength: 2 }),
  paragraphs: fc.array(text.filter((t) => t.length > 0), { maxLength: 4 }),
  caption: fc.option(text.filter((t) => t.length > 0), { nil: undefined }),
  date: fc.option(fc.constantFrom('2024-10-30', '2024-10-31', '2025-01-02'), { nil: undefined }),
});
const corpusArb = fc.array(articleArb, { minLength: 1, maxLength: 12 }).map((items): Corpus => {
  const pages = items.map((it, i) => ({
    id: `p${i}`,
    source: `p${i}.txt`,
    ...(it.date ? { date: it.date } : {}),
    articleIds: [`p${i}--a`],
  }));
  const articles = items.map((it, i) =>
    article(`p${i}--a`, `p${i}`, {
      headline: it.headline,
      ...(it.kicker ? { kicker: it.kicker } : {}),
      subheadlines: it.subheadlines,
      bylines: it.bylineNames.map((name) => ({ name })),
      paragraphs: it.paragraphs,
      ...(it.caption ? { caption: it.caption } : {}),
    }),
  );
  return { pages, articles, entities: [] };
});

// Tiny size limits push postings through every storage tier (inline, file, chunked); the rare
// bigrams' threshold sends longer terms through verification by positions alone, or by text alone.
const tiers = [
  {},
  { inlineMax: 4, fileMax: 24, chunkBytes: 8, bucketBytes: 64 },
  { rareBigramDf: 0 },
  { inlineMax: 4, fileMax: 24, chunkBytes: 8, bucketBytes: 64, rareBigramDf: 1000 },
];

describe('search equals brute force', () => {
  for (const options of tiers) {
    it(`on random corpora and queries (${JSON.stringify(options)})`, async () => {
      await fc.assert(
        fc.asyncProperty(
          corpusArb,
          fc.array(fc.oneof(text, fc.tuple(fc.nat(), fc.nat(), fc.nat(8))), { minLength: 1, maxLength: 8 }),
          async (corpus, querySpecs) => {
            const index = await openInMemory(corpus, options);
            const docs = corpus.articles.flatMap((a) => [a.headline, ...bodyTexts(a), ...a.bylines.map((b) => b.name)]);
            for (const spec of querySpecs) {
              // Half the queries are substrings of the corpus, so most of them have hits.
              let query: string;
              if (typeof spec === 'string') query = spec;
              else {
                const doc = docs[spec[0] % docs.length] ?? '';
                const at = doc.length === 0 ? 0 : spec[1] % doc.length;
                query = doc.slice(at, at + spec[2]);
              }
              const want = bruteForceSearch(corpus, query).sort();
              expect(await matchIds(index, query), `query ${JSON.stringify(query)}`).toEqual(want);
              expect((await index.count(query)).total).toBe(want.length);
              const results = await index.search(query);
              expect(results.total).toBe(want.length);
            }
          },
        ),
        { numRuns: 60 },
      );
    });
  }
});

describe('the first page', () => {
  // Many candidates with tied and near-tied bounds, headline and body hits, and paragraphs long
  // enough that the first hit's lateness differs: what the rank-order verification must get right.
  const pieces = ['有限公司', '有限', '公司', '限公', '司有', '其他', '。', '有', '公'];
  const run = fc.array(fc.constantFrom(...pieces), { maxLength: 90 }).map((xs) => xs.join(''));
  const denseCorpus = fc
    .array(fc.record({ headline: fc.array(fc.constantFrom(...pieces), { maxLength: 4 }).map((xs) => xs.join('')), body: fc.array(run, { maxLength: 3 }), date: fc.nat(2) }), {
      minLength: 1,
      maxLength: 40,
    })
    .map((items): Corpus => {
      const dates = ['2024-10-30', '2024-10-31', '2025-01-02'];
      const pages = dates.map((date, i) => ({ id: `p${i}`, source: `p${i}.txt`, date, articleIds: [] as string[] }));
      const articles = items.map((it, i) => {
        const page = pages[it.date]!;
        page.articleIds.push(`p${it.date}--${i}`);
        return article(`p${it.date}--${i}`, page.id, { headline: it.headline, paragraphs: it.body.filter((b) => b.length > 0) });
      });
      return { pages, articles, entities: [] };
    });
  const queries = fc.constantFrom('有限公司', '限公司', '有限公', '公司有限', '司有限', '有限 公司', '"有限公司" 其他', '公司。有', '其他有限');

  it('is the top of the full ranking, whatever is verified at once', async () => {
    await fc.assert(
      fc.asyncProperty(denseCorpus, fc.array(fc.tuple(queries, fc.nat(6), fc.integer({ min: 1, max: 4 })), { minLength: 1, maxLength: 5 }), async (corpus, specs) => {
        const full = await openInMemory(corpus);
        const sizes = { inlineMax: 4, fileMax: 24, chunkBytes: 16, bucketBytes: 64 };
        // Verified a batch at a time by positions, and (every bigram rare) by text.
        const bounded = [
          await openInMemory(corpus, { ...sizes, rareBigramDf: 0 }, { verifyAtOnceBytes: 0 }),
          await openInMemory(corpus, { ...sizes, rareBigramDf: 1000 }, { verifyAtOnceBytes: 0 }),
        ];
        for (const [query, offset, limit] of specs) {
          const { ids: ranked } = await full.rankedIds(query);
          expect(ranked.slice().sort()).toEqual(bruteForceSearch(corpus, query).sort());
          for (const index of bounded) {
            const page = await index.search(query, { offset, limit });
            expect(page.hits.map((h) => h.articleId), `query ${JSON.stringify(query)} offset ${offset} limit ${limit}`).toEqual(
              ranked.slice(offset, offset + limit),
            );
            expect(page.hasMore).toBe(ranked.length > offset + limit);
            if (page.total !== undefined) expect(page.total).toBe(ranked.length);
          }
        }
      }),
      { numRuns: 150 },
    );
    // 300 indexes of thousands of tiny gzipped files, each decoded by a stream: slow on a loaded machine, not wrong.
  }, 300_000);

  it('breaks ties by newer page when the tied matches were verified in different batches', async () => {
    // Found by the property above: the older articles' bigrams promise more than they hold, so
    // they are verified first; the newer article, tied with them, must still come first.
    const corpus: Corpus = {
      pages: [
        { id: 'p0', source: 'p0.txt', date: '2024-10-30', articleIds: ['p0--0', 'p0--1', 'p0--3'] },
        { id: 'p1', source: 'p1.txt', date: '2024-10-31', articleIds: ['p1--2'] },
      ],
      articles: [
        article('p0--0', 'p0', { paragraphs: ['有限公司', '有限公公司'] }),
        article('p0--1', 'p0', { paragraphs: ['有限公司限公公司'] }),
        article('p1--2', 'p1', { paragraphs: ['有限公司'] }),
        article('p0--3', 'p0', { paragraphs: ['有限'] }),
      ],
      entities: [],
    };
    const index = await openInMemory(corpus, { inlineMax: 4, fileMax: 24, chunkBytes: 16, bucketBytes: 64 }, { verifyAtOnceBytes: 0 });
    expect((await index.search('有限公司', { limit: 1 })).hits.map((h) => h.articleId)).toEqual(['p1--2']);
  });

  it('does not verify every candidate of a common term', async () => {
    const articles = Array.from({ length: 60 }, (_, i) =>
      article(`p--${String(i).padStart(2, '0')}`, 'p', { headline: i === 7 ? '有限公司' : '其他', paragraphs: ['本市有限公司。'.repeat(1 + (i % 3))] }),
    );
    const corpus: Corpus = { pages: [{ id: 'p', source: 'p.txt', articleIds: articles.map((a) => a.id) }], articles, entities: [] };
    const index = await openInMemory(corpus, { inlineMax: 4, fileMax: 24, chunkBytes: 16, bucketBytes: 64 }, { verifyAtOnceBytes: 0 });
    const page = await index.search('有限公司', { limit: 3 });
    expect(page.hits.map((h) => h.articleId)).toEqual(['p--07', 'p--02', 'p--05']);
    expect(page.total).toBeUndefined();
    expect(page.hasMore).toBe(true);
    // A caller's NaN or Infinity is the default, not a page of nothing.
    const odd = await index.search('有限公司', { limit: Number.NaN, offset: Number.POSITIVE_INFINITY });
    expect(odd.hits.map((h) => h.articleId)).toEqual((await index.search('有限公司')).hits.map((h) => h.articleId));
    const chunksFetched = index.loads.filter((p) => /(^|\/)p\//.test(p)).length;
    const all = await index.count('有限公司');
    expect(all.total).toBe(60);
    expect(chunksFetched).toBeLessThan(index.loads.filter((p) => /(^|\/)p\//.test(p)).length);
  });
});

describe('caches', () => {
  it('keep fetched files within their byte budget, and fetch an evicted one again', async () => {
    const corpus: Corpus = {
      pages: [{ id: 'p', source: 'p.txt', articleIds: ['p--a', 'p--b'] }],
      articles: [article('p--a', 'p', { headline: '有限公司', paragraphs: ['本市有限公司。'] }), article('p--b', 'p', { headline: '其他', paragraphs: ['半导体产业'] })],
      entities: [],
    };
    const roomy = await openInMemory(corpus);
    const tight = await openInMemory(corpus, {}, { fileCacheBytes: 1 });
    for (const index of [roomy, tight]) {
      for (const q of ['有限公司', '半导体', '有限公司']) {
        expect((await index.search(q)).hits.map((h) => h.articleId)).toEqual(q === '半导体' ? ['p--b'] : ['p--a']);
        expect((await index.count(q)).total).toBe(1);
      }
    }
    expect(new Set(roomy.loads).size).toBe(roomy.loads.length);
    expect(roomy.cachedFileBytes).toBeGreaterThan(0);
    expect(tight.cachedFileBytes).toBe(0);
  });
});

describe('ranking', () => {
  it('puts headline hits first, then more occurrences, then newer pages', async () => {
    const corpus: Corpus = {
      pages: [
        { id: 'old', source: 'o.txt', date: '2024-01-01', articleIds: ['old--a', 'old--b'] },
        { id: 'new', source: 'n.txt', date: '2024-06-01', articleIds: ['new--a', 'new--b'] },
      ],
      articles: [
        article('old--a', 'old', { headline: '半导体产业', paragraphs: ['无关'] }),
        article('old--b', 'old', { headline: '其他', paragraphs: ['半导体 半导体 半导体'] }),
        article('new--a', 'new', { headline: '其他', paragraphs: ['半导体'] }),
        article('new--b', 'new', { headline: '其他', paragraphs: ['无关的半导体'] }),
      ],
      entities: [],
    };
    const index = await openInMemory(corpus);
    const results = await index.search('半导体');
    expect(results.hits.map((h) => h.articleId)).toEqual(['old--a', 'old--b', 'new--a', 'new--b']);
  });
});

describe('hits', () => {
  it('are titled by their column or caption when they have no headline', async () => {
    const corpus: Corpus = {
      pages: [{ id: 'p', source: 'p.txt', articleIds: ['p--a', 'p--b'] }],
      articles: [
        article('p--a', 'p', { kind: 'photo', caption: '半导体车间里工人正在调试设备' }),
        article('p--b', 'p', { kind: 'photo', column: '重点项目', caption: '半导体' }),
      ],
      entities: [],
    };
    const hits = (await (await openInMemory(corpus)).search('半导体')).hits;
    expect(Object.fromEntries(hits.map((h) => [h.articleId, [h.headline, h.title]]))).toEqual({ 'p--a': ['', '半导体车间里工人正在调试设备'], 'p--b': ['', '重点项目'] });
  });
});

describe('hostile input', () => {
  const corpus: Corpus = {
    pages: [{ id: 'p', source: 'p.txt', articleIds: ['p--a'] }],
    articles: [article('p--a', 'p', { headline: '<script>alert(1)</script>', paragraphs: ['a.*b (x) [y] 😀 \\d+'] })],
    entities: [],
  };
  const inputs = [
    '.*',
    '(x)',
    '[y]',
    '\\d+',
    '<script>',
    '😀',
    '\ud800',
    '\udfff\ud800',
    'x'.repeat(10_000),
    '字'.repeat(10_000),
    '"unterminated',
    '" "',
    '',
    '   ',
    'a '.repeat(5000),
    '$&$1',
    '__proto__',
    'constructor',
    'hasOwnProperty',
  ];
  it('never throws, stays exact and bounded', async () => {
    const index = await openInMemory(corpus);
    for (const q of inputs) {
      const t = performance.now();
      const results = await index.search(q);
      expect(performance.now() - t).toBeLessThan(500);
      expect(results.hits.map((h) => h.articleId).sort()).toEqual(bruteForceSearch(corpus, q).sort());
    }
    expect((await index.search('<script>')).total).toBe(1);
    expect((await index.search('.*b')).total).toBe(1);
    expect((await index.search('😀')).total).toBe(1);
  });

  it('handles a non-string query', async () => {
    const index = await openInMemory(corpus);
    expect((await index.search(undefined as unknown as string)).total).toBe(0);
  });
});

describe('long articles', () => {
  it('stays exact when one article has more distinct grams than the build tables start with', async () => {
    // 40,000 characters over 3,000 code points: tens of thousands of distinct bigrams in one
    // document, so the per-document gram table and the batch buffers must grow mid-article.
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const body = Array.from({ length: 40_000 }, () => String.fromCharCode(0x4e00 + (next() % 3000))).join('');
    const corpus: Corpus = {
      pages: [{ id: 'p', source: 'p.txt', articleIds: ['p--long', 'p--short'] }],
      articles: [
        article('p--long', 'p', { headline: '长文', paragraphs: [body.slice(0, 20_000), body.slice(20_000)] }),
        article('p--short', 'p', { headline: body.slice(100, 108), paragraphs: [body.slice(39_990)] }),
      ],
      entities: [],
    };
    const index = await openInMemory(corpus, { inlineMax: 16, fileMax: 256, chunkBytes: 64 });
    const queries = [0, 105, 19_998, 20_000, 39_995, 31_337].flatMap((at) => [1, 2, 3, 5].map((len) => body.slice(at, at + len)));
    queries.push(body.slice(19_999, 20_001)); // spans the paragraph break: matches nothing
    for (const q of queries) {
      expect(await matchIds(index, q), `query ${q}`).toEqual(bruteForceSearch(corpus, q).sort());
    }
  });
});
