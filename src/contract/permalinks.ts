/**
 * The public URLs of the site, relative to its root: the app's route table (src/app/paths.ts) builds
 * its links from these, and the pipeline's feeds and sitemaps use the same ones, so a feed can never
 * link to a route the app does not have. Keep them stable: readers and search engines keep them.
 */
export const permalinks = {
  home: () => '/',
  page: (pageId: string) => `/page/${encodeURIComponent(pageId)}`,
  article: (articleId: string) => `/article/${encodeURIComponent(articleId)}`,
  entity: (entityId: string) => `/entity/${encodeURIComponent(entityId)}`,
  /** The whole edition laid out for printing: contents, then every 版. */
  editionPrint: (editionId: string) => `/edition/${encodeURIComponent(editionId)}/print`,
  /**
   * 下一期 of an edition, as a page of its own: what a 版 prerendered before the next edition
   * existed links, so that edition's HTML need not change when the next one is added; it leads on
   * to the next edition's first 版, or says the edition is the newest.
   */
  nextEdition: (editionId: string) => `/next/${encodeURIComponent(editionId)}`,
  /** 往期 as a calendar: one month (`2024-10`), or without one the newest edition's month. */
  calendar: (month?: string) => (month ? `/calendar/${encodeURIComponent(month)}` : '/calendar'),
  /** A 栏目: its items across every edition. */
  column: (columnId: string) => `/column/${encodeURIComponent(columnId)}`,
} as const;

/**
 * Routes the build does not prerender one file each (unless `npm run build -- --prerender-all`): they
 * grow with the archive's entities, 栏目 and editions rather than with what a reader reads, and an
 * entity page for every person named would outnumber the articles three to one (hosts cap the files a
 * site may hold). A static host answers them with `404.html`, which the app renders in the browser;
 * hosts that read `_redirects` (Netlify, Cloudflare Pages) answer with status 200. Each is a prefix of
 * a permalink above, relative to the site's root.
 */
export const BROWSER_RENDERED_PREFIXES = ['entity/', 'column/', 'edition/'] as const;

/** Whether a site-relative path (`/entity/x`) is one of {@link BROWSER_RENDERED_PREFIXES}' routes. */
export function isBrowserRendered(path: string): boolean {
  const trimmed = path.replace(/^\/+/u, '');
  return BROWSER_RENDERED_PREFIXES.some((prefix) => trimmed.startsWith(prefix));
}

/**
 * A 版名 as a file name: FNV-1a of its NFC form in hex, since a name may hold any character
 * (`/`, spaces) and the feed's own title carries the readable name.
 */
export function sectionSlug(name: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(name.normalize('NFC'))) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Feed files at the site's root (RSS 2.0 and Atom of each), written only when the site has a URL. */
export const feedPaths = {
  /** The newest editions' articles. */
  site: { rss: 'feeds/all.rss.xml', atom: 'feeds/all.atom.xml' },
  /** Every page with this 版名 (`要闻`), across editions. */
  section: (name: string) => ({ rss: `feeds/section/${sectionSlug(name)}.rss.xml`, atom: `feeds/section/${sectionSlug(name)}.atom.xml` }),
  /** Every article mentioning one entity. */
  entity: (entityId: string) => ({ rss: `feeds/entity/${entityId}.rss.xml`, atom: `feeds/entity/${entityId}.atom.xml` }),
} as const;

/** The sitemap index (robots.txt names it) and its sitemaps, at the site's root. */
export const sitemapPaths = {
  index: 'sitemap-index.xml',
  sitemap: (n: number) => `sitemap-${n}.xml`,
  robots: 'robots.txt',
} as const;
