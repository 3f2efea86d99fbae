import { sitemapPaths } from '../../contract/permalinks.ts';
import { absoluteUrl } from '../../contract/site.ts';

/** robots.txt: everything may be read; the sitemap index is named when the site has a URL. */
export function robotsTxt(siteUrl: string | undefined): string {
  const lines = ['User-agent: *', 'Allow: /'];
  if (siteUrl) lines.push(`Sitemap: ${absoluteUrl(siteUrl, sitemapPaths.index)}`);
  return `${lines.join('\n')}\n`;
}
