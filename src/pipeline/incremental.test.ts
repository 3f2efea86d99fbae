import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../contract/bundle.ts';
import { buildFromSeeds } from './build.ts';
import { parseSeed, type SeedInput } from './compile.ts';
import { cachedFinds, cachedParser, cachedSegments, FINDS_NAMESPACE, PACK_NAMESPACE, PARSE_NAMESPACE, SEGMENT_NAMESPACE, seedKey, segmentKey } from './incremental.ts';
import { findsIn, printedFields } from './entities/extract.ts';
import { paragraphBlocks, type Article } from '../contract/bundle.ts';
import { openBuildCache } from './read/cache.ts';
import { writePage } from './fixtures/made-up-pages.ts';

const seed: SeedInput = {
  file: '2024-03-01-p01.txt',
  text: '晨报 2024年3月1日 第01版\n\n## 城东新建一座图书馆\n\n本报讯 城东街道的新图书馆昨日开放，馆内藏书两万册。\n',
  meta: { file: '2024-03-01-p01.meta.json', json: { date: '2024-03-01', page: 1, layout: 'markdown' } },
};

describe('cache keys', () => {
  const key = seedKey(seed, 'v1');

  it('are the same for the same page, sidecar and parser', () => {
    expect(seedKey({ ...seed, meta: { ...seed.meta!, json: { layout: 'markdown', page: 1, date: '2024-03-01' } } }, 'v1')).toBe(key);
  });

  it('change with the page text, its name, its sidecar and the parser version', () => {
    expect(seedKey({ ...seed, text: seed.text.replace('两万', '三万') }, 'v1')).not.toBe(key);
    expect(seedKey({ ...seed, file: '2024-03-01-p02.txt' }, 'v1')).not.toBe(key);
    expect(seedKey({ ...seed, meta: { ...seed.meta!, json: { date: '2024-03-01', page: 2, layout: 'markdown' } } }, 'v1')).not.toBe(key);
    expect(seedKey({ file: seed.file, text: seed.text }, 'v1')).not.toBe(key);
    expect(seedKey(seed, 'v2')).not.toBe(key);
  });

  it('of a segment change with its pages and articles, its sizes and the index version', () => {
    const input: Corpus = { pages: [], articles: [], entities: [] };
    const base = segmentKey(input, { bucketBytes: 1024 }, 'i1');
    expect(segmentKey({ ...input }, { bucketBytes: 1024 }, 'i1')).toBe(base);
    expect(segmentKey(input, { bucketBytes: 2048 }, 'i1')).not.toBe(base);
    expect(segmentKey(input, { bucketBytes: 1024 }, 'i2')).not.toBe(base);
    expect(segmentKey({ ...input, pages: [{ id: 'p', source: 'p.txt', articleIds: [] } as never] }, { bucketBytes: 1024 }, 'i1')).not.toBe(base);
  });
});

describe('cached parser', () => {
  it('parses a page once per key and gives what parsing gives', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dubao-incremental-'));
    const direct = JSON.parse(JSON.stringify(parseSeed(seed, 'markdown', undefined))) as ReturnType<typeof parseSeed>;
    const cold = openBuildCache(dir);
    expect(cachedParser(cold, 'v1')(seed, 'markdown', undefined)).toEqual({ facts: direct.facts, items: direct.items, problems: direct.problems });
    expect(cold.stats.get(PARSE_NAMESPACE)).toMatchObject({ hits: 0, writes: 1 });
    const warm = openBuildCache(dir);
    expect(cachedParser(warm, 'v1')(seed, 'markdown', undefined)).toEqual({ facts: direct.facts, items: direct.items, problems: direct.problems });
    expect(warm.stats.get(PARSE_NAMESPACE)).toMatchObject({ hits: 1, writes: 0 });
    const changedParser = openBuildCache(dir);
    cachedParser(changedParser, 'v2')(seed, 'markdown', undefined);
    expect(changedParser.stats.get(PARSE_NAMESPACE)).toMatchObject({ hits: 0, writes: 1 });
  });

  it('parses again, with a warning, when the entry is damaged', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dubao-incremental-'));
    cachedParser(openBuildCache(dir), 'v1')(seed, 'markdown', undefined);
    writeFileSync(join(dir, PARSE_NAMESPACE, `${seedKey(seed, 'v1')}.json`), '{"format":1,"key":');
    const cache = openBuildCache(dir);
    expect(cachedParser(cache, 'v1')(seed, 'markdown', undefined).items.map((item) => item.headline)).toEqual(['城东新建一座图书馆']);
    expect(cache.warnings).toHaveLength(1);
    expect(cache.warnings[0]!.file).toContain(seedKey(seed, 'v1'));
  });

  it("finds an article's entities once per text, whatever its id, and gives what the rules give", () => {
    const dir = mkdtempSync(join(tmpdir(), 'dubao-incremental-'));
    const article: Article = {
      id: '2024-03-01-p01--aaaaaaaaaa', pageId: '2024-03-01-p01', order: 0, kind: 'article', headline: '区长王一鸣调研城东图书馆',
      subheadlines: [], bylines: [], body: paragraphBlocks(['本报讯 区长王一鸣昨日来到江苏星河图书有限公司，副总经理 李  华陪同。']),
    };
    const direct = findsIn(article);
    expect(direct.map((find) => find.printed)).toEqual(expect.arrayContaining(['王一鸣', '江苏星河图书有限公司']));
    expect(direct.find((find) => find.padded !== undefined)?.printed).toBe('李  华');
    const cold = openBuildCache(dir);
    expect(cachedFinds(cold, 'e1')(article)).toEqual(direct);
    expect(cold.stats.get(FINDS_NAMESPACE)).toMatchObject({ hits: 0, writes: 1 });
    const warm = openBuildCache(dir);
    // The same text reprinted on another page is the same finds.
    expect(cachedFinds(warm, 'e1')({ ...article, id: '2024-03-02-p01--bbbbbbbbbb', pageId: '2024-03-02-p01' })).toEqual(direct);
    expect(warm.stats.get(FINDS_NAMESPACE)).toMatchObject({ hits: 1, writes: 0 });
    const edited = openBuildCache(dir);
    cachedFinds(edited, 'e1')({ ...article, headline: '区长王一鸣调研城西图书馆' });
    cachedFinds(edited, 'e2')(article);
    expect(edited.stats.get(FINDS_NAMESPACE)).toMatchObject({ hits: 0, writes: 2 });
  });

  it('builds a segment once per key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dubao-incremental-'));
    let built = 0;
    const build = () => {
      built++;
      return { files: new Map<string, string | Uint8Array>([['b/0.bin', new Uint8Array([1, 2, 3])], ['x.json', '{}']]), entry: { docCount: 1 } as never };
    };
    const input: Corpus = { pages: [], articles: [], entities: [] };
    cachedSegments(openBuildCache(dir), 'i1')(input, {}, build);
    const again = cachedSegments(openBuildCache(dir), 'i1')(input, {}, build);
    expect(built).toBe(1);
    expect(again.files).toEqual(new Map<string, string | Uint8Array>([['b/0.bin', new Uint8Array([1, 2, 3])], ['x.json', '{}']]));
  });
});


const asBytes = (files: ReadonlyMap<string, string | Uint8Array>) =>
  new Map([...files].map(([path, data]) => [path, Buffer.from(typeof data === 'string' ? new TextEncoder().encode(data) : data).toString('base64')]));

describe('a cached build', () => {
  it('gives the same files as a clean build, cold and warm after an edition is added', async () => {
    const seeds = mkdtempSync(join(tmpdir(), 'dubao-incremental-seeds-'));
    const cacheDir = mkdtempSync(join(tmpdir(), 'dubao-incremental-cache-'));
    writePage(seeds, '2024-03-01', 1, ['道路改造', '老旧小区']);
    writePage(seeds, '2024-03-01', 2, ['垃圾分类']);
    writePage(seeds, '2024-03-02', 1, ['公园绿化', '道路改造']);
    const options = { siteUrl: 'https://example.org/reader/' };
    const outputOf = (built: Awaited<ReturnType<typeof buildFromSeeds>>) => ({ stored: asBytes(built.stored), site: built.siteFiles });

    const clean = await buildFromSeeds(seeds, options);
    const cold = await buildFromSeeds(seeds, { ...options, cache: { dir: cacheDir } });
    expect(outputOf(cold)).toEqual(outputOf(clean));
    const warmSame = await buildFromSeeds(seeds, { ...options, cache: { dir: cacheDir } });
    expect(outputOf(warmSame)).toEqual(outputOf(clean));
    // Nothing changed: every pack's gzip came from the cache.
    const packs = warmSame.cacheStats?.get(PACK_NAMESPACE);
    expect(packs?.hits).toBeGreaterThan(0);
    expect(packs).toMatchObject({ misses: 0, writes: 0 });

    writePage(seeds, '2024-03-03', 1, ['垃圾分类', '社区食堂']);
    const warm = await buildFromSeeds(seeds, { ...options, cache: { dir: cacheDir } });
    const cleanNext = await buildFromSeeds(seeds, options);
    expect(outputOf(warm)).toEqual(outputOf(cleanNext));
    // Only the new page was parsed; the new edition's segment built, the older one's reused or merged.
    expect(warm.cacheStats?.get(PARSE_NAMESPACE)).toEqual({ hits: 3, misses: 1, writes: 1 });
    expect(warm.cacheStats?.get(SEGMENT_NAMESPACE)?.hits).toBeGreaterThan(0);
    // The entity rules ran on the new page's articles alone (one of them reprints a text they read before).
    const oldTexts = new Set(cold.corpus.articles.map((article) => JSON.stringify(printedFields(article))));
    const newTexts = warm.corpus.articles.filter((article) => !oldTexts.has(JSON.stringify(printedFields(article)))).length;
    expect(newTexts).toBe(1);
    expect(warm.cacheStats?.get(FINDS_NAMESPACE)).toEqual({ hits: warm.corpus.articles.length - newTexts, misses: newTexts, writes: newTexts });
    // The new edition's packs gzipped, the others' taken as they were.
    expect(warm.cacheStats?.get(PACK_NAMESPACE)?.hits).toBeGreaterThan(0);
    expect(warm.cacheStats?.get(PACK_NAMESPACE)?.writes).toBeGreaterThan(0);
    expect(warm.warnings).toEqual(cleanNext.warnings);
    // One entry per page, the new one added; the pruned cache holds this build's entries only.
    expect(readdirSync(join(cacheDir, 'parse'))).toHaveLength(4);
  });
});
