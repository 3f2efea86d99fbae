// The site facts the app computes with, without zod (site.ts has the schemas).

/** The site name when none is configured. */
export const DEFAULT_SITE_NAME = '读报';

/** The absolute URL of a route path (`/article/x`) or a site file (`feeds/all.rss.xml`) on the site. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path.replace(/^\/+/u, ''), siteUrl).href;
}
