import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { sitemapPaths } from '../../contract/permalinks.ts';
import { compileCorpus } from '../compile.ts';
import { siteRoutes } from './routes.ts';
import { siteFiles } from './site-files.ts';
import { robotsTxt } from './robots.ts';
import { sitemapFiles, SITEMAP_URL_LIMIT } from './sitemaps.ts';

const SITE_URL = 'https://news.example/reader/';
const parser = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });

describe('sitemapFiles', () => {
  it('splits more than 50,000 routes into sitemaps of at most 50,000, each named by the index with its newest lastmod', async () => {
    const count = 2 * SITEMAP_URL_LIMIT + 7;
    // Synthetic routes: dated by their position, so each sitemap's newest date is known.
    const routes = Array.from({ length: count }, (_, i) => ({ path: `/article/p${i}--x`, lastmod: `2024-0${1 + Math.floor(i / SITEMAP_URL_LIMIT)}-15` }));
    const files = await sitemapFiles(routes, SITE_URL);
    expect([...files.keys()].sort()).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml', sitemapPaths.index]);
    const index = parser.parse(files.get(sitemapPaths.index)!) as { sitemapindex: { sitemap: { loc: string; lastmod: string }[] } };
    expect(index.sitemapindex.sitemap).toEqual([
      { loc: `${SITE_URL}sitemap-1.xml`, lastmod: '2024-01-15' },
      { loc: `${SITE_URL}sitemap-2.xml`, lastmod: '2024-02-15' },
      { loc: `${SITE_URL}sitemap-3.xml`, lastmod: '2024-03-15' },
    ]);
    const sizes = [1, 2, 3].map((n) => (parser.parse(files.get(`sitemap-${n}.xml`)!) as { urlset: { url: unknown[] } }).urlset.url.length);
    expect(sizes).toEqual([SITEMAP_URL_LIMIT, SITEMAP_URL_LIMIT, 7]);
    const last = (parser.parse(files.get('sitemap-3.xml')!) as { urlset: { url: { loc: string; lastmod: string }[] } }).urlset.url;
    expect(last[6]).toEqual({ loc: `${SITE_URL}article/p${count - 1}--x`, lastmod: '2024-03-15' });
  });

  it('leaves lastmod out where the route has no date', async () => {
    const files = await sitemapFiles([{ path: '/page/undated' }], SITE_URL);
    const urls = (parser.parse(files.get('sitemap-1.xml')!) as { urlset: { url: Record<string, string>[] } }).urlset.url;
    expect(urls).toEqual([{ loc: `${SITE_URL}page/undated` }]);
  });
});

describe('siteRoutes', () => {
  it('lists the front page, every page, article and entity with the date it was printed; an entity with its newest mention', () => {
    const { corpus } = compileCorpus([
      { file: 'a.txt', text: '## 新桥通车\n\n本报讯(记者 王小明) 新桥今天通车。', meta: { file: 'a.meta.json', json: { date: '2024-05-02', page: 1 } } },
      { file: 'b.txt', text: '## 运动会开幕\n\n本报讯(记者 王小明) 运动会开幕。', meta: { file: 'b.meta.json', json: { date: '2024-05-01', page: 1 } } },
    ]);
    const routes = siteRoutes(corpus, { everyRoute: true });
    expect(routes[0]).toEqual({ path: '/', lastmod: '2024-05-02' });
    expect(routes.filter((route) => route.path.startsWith('/page/'))).toEqual([
      { path: '/page/a', lastmod: '2024-05-02' },
      { path: '/page/b', lastmod: '2024-05-01' },
    ]);
    expect(routes.filter((route) => route.path.startsWith('/article/'))).toHaveLength(2);
    const wang = corpus.entities.find((entity) => entity.name === '王小明')!;
    expect(routes).toContainEqual({ path: `/entity/${wang.id}`, lastmod: '2024-05-02' });
    // Without a file of their own, entity pages are answered by 404.html: not for crawlers.
    expect(siteRoutes(corpus, { everyRoute: false }).filter((route) => route.path.startsWith('/entity/'))).toEqual([]);
  });

  it('lists each 栏目 with its newest item, and every calendar month with its newest edition', () => {
    const { corpus } = compileCorpus([
      { file: 'a.txt', text: '## 新桥通车（街巷漫笔）\n\n本报讯 新桥今天通车。', meta: { file: 'a.meta.json', json: { date: '2024-07-02', page: 1 } } },
      { file: 'b.txt', text: '## 运动会开幕（街巷漫笔）\n\n本报讯 运动会开幕。', meta: { file: 'b.meta.json', json: { date: '2024-05-01', page: 1 } } },
    ]);
    const routes = siteRoutes(corpus, { everyRoute: true });
    expect(routes).toContainEqual({ path: '/column/jie-xiang-man-bi', lastmod: '2024-07-02' });
    expect(siteRoutes(corpus, { everyRoute: false }).some((route) => route.path.startsWith('/column/'))).toBe(false);
    expect(routes.filter((route) => route.path.startsWith('/calendar'))).toEqual([
      { path: '/calendar/2024-05', lastmod: '2024-05-01' },
      { path: '/calendar/2024-06' },
      { path: '/calendar/2024-07', lastmod: '2024-07-02' },
    ]);
  });
});

describe('robots.txt and the site files', () => {
  it('names the sitemap index when the site has a URL', () => {
    expect(robotsTxt(SITE_URL)).toBe(`User-agent: *\nAllow: /\nSitemap: ${SITE_URL}sitemap-index.xml\n`);
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
  });

  it('writes only robots.txt without a site URL: feeds and sitemaps need absolute URLs', async () => {
    const { corpus } = compileCorpus([{ file: 'a.txt', text: '## 新桥通车\n\n本报讯 新桥今天通车。', meta: { file: 'a.meta.json', json: { date: '2024-05-02' } } }]);
    expect([...(await siteFiles(corpus, { name: '读报' }, { everyRoute: false })).keys()]).toEqual(['robots.txt']);
    const withUrl = await siteFiles(corpus, { name: '读报', url: SITE_URL }, { everyRoute: false });
    expect([...withUrl.keys()]).toEqual(expect.arrayContaining(['robots.txt', 'feeds/all.rss.xml', 'feeds/all.atom.xml', 'sitemap-index.xml', 'sitemap-1.xml']));
  });
});
