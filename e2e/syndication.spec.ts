import type { APIRequestContext, Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { paragraphTexts, type Article, type PageChunk } from '../src/contract/bundle.ts';
import { allRoutes, entities, frontPage, manifest, pages, prerenderedRoutes } from './bundle.ts';
import { expect, itemTitle, test, zh } from './fixtures.ts';

// package.json's test:e2e builds with --site https://dubao.example/dubao/ and e2e/seeds/site.json.
const SITE = manifest.site.url!;
const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name, jpath) => ['item', 'entry', 'author', 'url', 'sitemap'].includes(name) || (name === 'link' && String(jpath).startsWith('feed.')),
});
/** A URL on the configured site, fetched from the test server (same paths, another host). */
const local = (url: string) => {
  expect(url.startsWith(SITE), url).toBe(true);
  return url.slice(SITE.length);
};

async function fetchXml(request: APIRequestContext, url: string): Promise<Record<string, unknown>> {
  const response = await request.get(local(url));
  expect(response.status(), url).toBe(200);
  return parser.parse(await response.text()) as Record<string, unknown>;
}

interface RssItem { title: string; link: string; pubDate: string; description: string; author?: string[] }
interface AtomEntry { id: string; title: { '#text': string }; author?: { name: string }[] }

const allArticles = pages.flatMap((chunk) => chunk.articles.map((article) => ({ article, page: chunk.page })));
const byUrl = new Map(allArticles.map((entry) => [`${SITE}article/${entry.article.id}`, entry]));
const articleRoutes = allRoutes.filter((route) => route.startsWith('/article/'));

/** Every item against the bundle: link to a real article, its title, date, bylines and lead. */
function checkItems(items: readonly RssItem[]): { article: Article; page: PageChunk['page'] }[] {
  return items.map((item) => {
    const entry = byUrl.get(item.link);
    expect(entry, item.link).toBeDefined();
    const { article, page } = entry!;
    expect(item.title).toBe(itemTitle(article));
    expect(new Date(item.pubDate).toISOString()).toBe(new Date(`${page.date}T00:00:00+08:00`).toISOString());
    const names = [...new Set(article.bylines.map((byline) => byline.name))];
    expect(item.author ?? []).toEqual(names.length > 0 ? [names.join('、')] : []);
    const lead = (paragraphTexts(article)[0] ?? article.caption ?? '').replace(/\s+/gu, ' ').trim();
    expect(lead.startsWith(item.description.replace(/…$/u, ''))).toBe(true);
    return entry!;
  });
}

async function feedLinks(page: Page) {
  return page.locator('link[rel="alternate"]').evaluateAll((links) =>
    links.map((link) => ({ type: link.getAttribute('type'), title: link.getAttribute('title'), href: link.getAttribute('href')! })),
  );
}

async function rssAndAtom(request: APIRequestContext, links: { type: string | null; href: string }[], index = 0) {
  const rssLinks = links.filter((link) => link.type === 'application/rss+xml');
  const atomLinks = links.filter((link) => link.type === 'application/atom+xml');
  const rss = (await fetchXml(request, rssLinks[index]!.href)) as { rss: { channel: { title: string; item?: RssItem[] } } };
  const atom = (await fetchXml(request, atomLinks[index]!.href)) as { feed: { title: string; entry?: AtomEntry[] } };
  return { channel: rss.rss.channel, feed: atom.feed };
}

test.describe('feeds', () => {
  test('the front page links the site feed; its items are the newest editions’ articles, in RSS and in Atom', async ({ page, request }) => {
    await page.goto('./');
    const links = await feedLinks(page);
    expect(links.map((link) => link.type)).toEqual(expect.arrayContaining(['application/rss+xml', 'application/atom+xml']));
    const { channel, feed } = await rssAndAtom(request, links);
    expect(channel.title).toBe(manifest.site.name);
    const items = checkItems(channel.item ?? []);
    // Newest first: the newest edition's articles open the feed, in reading order.
    const newest = manifest.editions[0]!;
    const newestArticles = pages.filter((chunk) => chunk.page.date === newest.date).flatMap((chunk) => chunk.articles.map((a) => a.id));
    expect(items.slice(0, newestArticles.length).map((item) => item.article.id)).toEqual(newestArticles);
    expect(feed.entry?.map((entry) => entry.id)).toEqual(channel.item?.map((item) => item.link));
    expect(feed.entry?.map((entry) => entry.title['#text'])).toEqual(channel.item?.map((item) => item.title));
  });

  test('an article links the feed of its 版 (every page of that name), which lists only that 版', async ({ page, request }) => {
    const article = frontPage.articles[0]!;
    await page.goto(`article/${article.id}`);
    const links = await feedLinks(page);
    expect(links[0]!.title).toContain(frontPage.page.name!);
    const { channel } = await rssAndAtom(request, links);
    const items = checkItems(channel.item ?? []);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.page.name).toBe(frontPage.page.name);
    const expected = allArticles.filter((entry) => entry.page.name === frontPage.page.name && entry.page.date).map((entry) => entry.article.id);
    expect(items.map((item) => item.article.id)).toEqual(expected);
  });

  test('an entity page links the feed of the articles mentioning it', async ({ page, request }) => {
    const entity = [...entities].sort((a, b) => b.mentions.length - a.mentions.length)[0]!;
    await page.goto(`entity/${entity.id}`);
    const links = await feedLinks(page);
    expect(links[0]!.title).toContain(entity.name);
    const { channel, feed } = await rssAndAtom(request, links);
    const items = checkItems(channel.item ?? []);
    const mentioned = new Set(entity.mentions.map((mention) => mention.articleId));
    expect(items.length).toBe(allArticles.filter((entry) => mentioned.has(entry.article.id) && entry.page.date).length);
    for (const item of items) expect(mentioned.has(item.article.id)).toBe(true);
    expect(feed.title).toContain(entity.name);
  });
});

test.describe('sitemaps', () => {
  test('robots.txt names the sitemap index, whose sitemaps list every page with its date', async ({ request }) => {
    const robots = await (await request.get('robots.txt')).text();
    const indexUrl = /^Sitemap: (\S+)$/mu.exec(robots)?.[1];
    expect(indexUrl).toBe(`${SITE}sitemap-index.xml`);
    const index = (await fetchXml(request, indexUrl!)) as { sitemapindex: { sitemap: { loc: string; lastmod?: string }[] } };
    const listed: { loc: string; lastmod?: string }[] = [];
    for (const sitemap of index.sitemapindex.sitemap) {
      const urlset = (await fetchXml(request, sitemap.loc)) as { urlset: { url: { loc: string; lastmod?: string }[] } };
      expect(urlset.urlset.url.length).toBeLessThanOrEqual(50_000);
      listed.push(...urlset.urlset.url);
    }
    // The search page, 我的 (this browser's own) and the not-found page are no pages to index, `/calendar`
    // is the newest month's page again, and the routes left to the browser (entities, 栏目, print views)
    // are answered by 404.html.
    const unlisted = new Set(['/search', '/mine', '/no/such/page', '/calendar']);
    const expected = prerenderedRoutes.filter((route) => !unlisted.has(route)).map((route) => `${SITE}${route.slice(1)}`);
    expect(listed.map((url) => url.loc).sort()).toEqual(expected.sort());
    for (const route of articleRoutes) {
      const entry = byUrl.get(`${SITE}${route.slice(1)}`)!;
      expect(listed.find((url) => url.loc === `${SITE}${route.slice(1)}`)?.lastmod).toBe(entry.page.date);
    }
    // Every listed URL is a file the site serves.
    for (const url of listed.slice(0, 20)) expect((await request.get(local(url.loc))).status(), url.loc).toBe(200);
  });
});

/** The JSON-LD documents of a prerendered page, read from the HTML as a crawler would (no JavaScript). */
async function prerendered(request: APIRequestContext, path: string) {
  const html = await (await request.get(path)).text();
  const jsonLd = [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([^<]*)<\/script>/gu)].map((match) => JSON.parse(match[1]!) as Record<string, unknown>);
  const meta = (key: string) => [...html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/gu)].filter((m) => m[1] === key).map((m) => m[2]!.replace(/&quot;/gu, '"').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&amp;/gu, '&'));
  const canonical = /<link rel="canonical" href="([^"]+)"/u.exec(html)?.[1];
  return { html, jsonLd, meta, canonical };
}

test.describe('structured data and previews', () => {
  test('an article’s HTML carries NewsArticle and BreadcrumbList JSON-LD, OpenGraph, a Twitter card and its canonical URL', async ({ request }) => {
    const chunk = frontPage;
    const article = chunk.articles.find((candidate) => candidate.bylines.length > 0 && (candidate.kicker || candidate.subheadlines.length > 0)) ?? chunk.articles[0]!;
    const { jsonLd, meta, canonical } = await prerendered(request, `article/${article.id}`);
    const url = `${SITE}article/${article.id}`;
    expect(canonical).toBe(url);
    const news = jsonLd.find((document) => document['@type'] === 'NewsArticle')!;
    expect(news).toMatchObject({
      '@context': 'https://schema.org',
      headline: zh(itemTitle(article)),
      datePublished: `${chunk.page.date}T00:00:00+08:00`,
      articleSection: chunk.page.name,
      publisher: { '@type': 'Organization', name: manifest.site.publisher },
      url,
      isPartOf: { '@type': 'PublicationIssue', datePublished: chunk.page.date, isPartOf: { '@type': 'Periodical', name: chunk.page.publication } },
    });
    const alternative = [article.kicker, ...article.subheadlines].filter(Boolean);
    if (alternative.length > 0) expect(news.alternativeHeadline).toBe(alternative.join(' '));
    expect((news.author as { name: string }[]).map((person) => person.name)).toEqual([...new Set(article.bylines.map((b) => b.name))]);
    const crumbs = jsonLd.find((document) => document['@type'] === 'BreadcrumbList')!;
    expect((crumbs.itemListElement as { position: number; item?: string }[]).map((item) => item.position)).toEqual([1, 2, 3]);
    expect((crumbs.itemListElement as { item?: string }[])[2]!.item).toBe(url);
    expect(meta('og:type')).toEqual(['article']);
    expect(meta('og:url')).toEqual([url]);
    expect(meta('og:title')).toEqual([zh(itemTitle(article))]);
    expect(meta('article:published_time')).toEqual([`${chunk.page.date}T00:00:00+08:00`]);
    expect(meta('article:section')).toEqual([chunk.page.name]);
    expect(meta('twitter:card')).toEqual(['summary']);
    expect(meta('citation_title')).toEqual([zh(itemTitle(article))]);
    expect(meta('citation_publication_date')).toEqual([chunk.page.date!.replace(/-/gu, '/')]);
    expect(meta('citation_journal_title')).toEqual([chunk.page.publication]);
    expect(meta('citation_author').length).toBeGreaterThan(0);
  });

  test('markup in a headline stays inside its JSON-LD as text', async ({ request }) => {
    const hostile = allArticles.find((entry) => entry.article.headline.includes('<script>'))!;
    const { html, jsonLd } = await prerendered(request, `article/${hostile.article.id}`);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(jsonLd.find((document) => document['@type'] === 'NewsArticle')?.headline).toBe(zh(itemTitle(hostile.article)));
  });

  test('pages and entities have their own types, and the canonical link follows client navigation', async ({ page, request }) => {
    const front = await prerendered(request, './');
    expect(front.jsonLd.map((document) => document['@type'])).toEqual(['WebSite', 'CollectionPage']);
    expect(front.canonical).toBe(SITE);
    // Entity pages are rendered in the browser (from 404.html): their JSON-LD is the app's.
    const jsonLdIn = async (path: string) => {
      await page.goto(path);
      await expect(page.locator('h1')).not.toHaveText('页面未找到');
      return (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text) as Record<string, unknown>);
    };
    const person = entities.find((entity) => entity.kind === 'person')!;
    expect((await jsonLdIn(`entity/${person.id}`))[0]).toMatchObject({ '@type': 'Person', name: person.name });
    const enterprise = entities.find((entity) => entity.kind === 'enterprise');
    if (enterprise) expect((await jsonLdIn(`entity/${enterprise.id}`))[0]).toMatchObject({ '@type': 'Corporation', name: enterprise.name });

    await page.goto('./');
    const first = frontPage.articles.find((article) => article.kind === 'article')!;
    await page.getByRole('navigation', { name: '标题导航' }).getByRole('link', { name: zh(itemTitle(first)), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`article/${first.id}$`, 'u'));
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${SITE}article/${first.id}`);
    await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  });
});
