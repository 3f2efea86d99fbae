import type { Corpus } from '../../contract/bundle.ts';
import { sitemapPaths } from '../../contract/permalinks.ts';
import type { Site } from '../../contract/site.ts';
import { robotsTxt } from './robots.ts';

/**
 * The files at the site's root beside the app: feeds, sitemaps and robots.txt. Feeds and sitemaps
 * need absolute URLs, so without a site URL only robots.txt is written.
 */
export async function siteFiles(corpus: Corpus, site: Site, options: { everyRoute: boolean }): Promise<Map<string, string>> {
  const files = new Map<string, string>([[sitemapPaths.robots, robotsTxt(site.url)]]);
  if (!site.url) return files;
  // Loaded only when needed: the feed and sitemap libraries cost the CLIs a second and more to start.
  const [{ feedFiles }, { siteRoutes }, { sitemapFiles }] = await Promise.all([import('./feeds.ts'), import('./routes.ts'), import('./sitemaps.ts')]);
  for (const [path, text] of feedFiles(corpus, { ...site, url: site.url })) files.set(path, text);
  for (const [path, text] of await sitemapFiles(siteRoutes(corpus, options), site.url)) files.set(path, text);
  return files;
}
