import { SitemapIndexStream, SitemapStream, streamToPromise, ErrorLevel, type IndexItem, type SitemapItemLoose } from 'sitemap';
import { sitemapPaths } from '../../contract/permalinks.ts';
import { absoluteUrl } from '../../contract/site.ts';
import type { SiteRoute } from './routes.ts';

/** The sitemaps protocol's limit of URLs in one sitemap. */
export const SITEMAP_URL_LIMIT = 50_000;

async function render(stream: SitemapStream | SitemapIndexStream, items: readonly (SitemapItemLoose | IndexItem)[]): Promise<string> {
  const done = streamToPromise(stream);
  for (const item of items) stream.write(item);
  stream.end();
  return (await done).toString('utf8');
}

/**
 * A sitemap index and its sitemaps of at most `limit` URLs each, with the date each route was last
 * printed as `lastmod`. An index names each sitemap with the newest `lastmod` inside it.
 */
export async function sitemapFiles(routes: readonly SiteRoute[], siteUrl: string, limit = SITEMAP_URL_LIMIT): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const index: IndexItem[] = [];
  for (let start = 0, n = 1; start < routes.length; start += limit, n += 1) {
    const chunk = routes.slice(start, start + limit);
    const path = sitemapPaths.sitemap(n);
    const items = chunk.map((route) => (route.lastmod ? { url: absoluteUrl(siteUrl, route.path), lastmod: route.lastmod } : { url: absoluteUrl(siteUrl, route.path) }));
    // THROW: a URL the sitemap rejects is a bug to see, not a line to drop.
    files.set(path, await render(new SitemapStream({ lastmodDateOnly: true, level: ErrorLevel.THROW, xmlns: { news: false, video: false, xhtml: false, image: false } }), items));
    const lastmod = chunk.reduce<string | undefined>((latest, route) => (route.lastmod && (!latest || route.lastmod > latest) ? route.lastmod : latest), undefined);
    index.push(lastmod ? { url: absoluteUrl(siteUrl, path), lastmod } : { url: absoluteUrl(siteUrl, path) });
  }
  files.set(sitemapPaths.index, await render(new SitemapIndexStream({ lastmodDateOnly: true, level: ErrorLevel.THROW }), index));
  return files;
}
