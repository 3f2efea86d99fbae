import { absoluteUrl } from '../../contract/site-url.ts';
import type { Site } from '../../contract/site.ts';
import { underBase } from './basename.ts';

/**
 * The absolute URL of a route: on the configured site when there is one, else where the reader is
 * (browser only: the prerender has no location, so it calls this only with a site URL).
 */
export function permalinkOf(site: Pick<Site, 'url'>, path: string): string {
  if (site.url) return absoluteUrl(site.url, path);
  return new URL(underBase(path), window.location.origin).href;
}

/** The absolute URL of a route when the site has one; undefined otherwise (what needs it is left out). */
export function siteUrlOf(site: Pick<Site, 'url'>, path: string): string | undefined {
  return site.url ? absoluteUrl(site.url, path) : undefined;
}
