import { DATA_ENTRY, HASHED_DIR } from '../../contract/deploy.ts';
import { BROWSER_RENDERED_PREFIXES } from '../../contract/permalinks.ts';
import { SERVICE_WORKER_FILE, WEB_MANIFEST_FILE } from '../../offline/rules.ts';

/** A year: what `immutable` promises for a file whose name is its content's hash. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Revalidated on every use (a 304 when unchanged): the entry and the HTML say which build is current. */
const REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * `_headers`, the cache rules Netlify and Cloudflare Pages read from the published folder. Both
 * join the values of every rule a path matches, so the rules never overlap: hashed data and
 * assets are cached for a year; the entry, every HTML route, the service worker and the web
 * manifest revalidated.
 * `base` is the site's public path (`/`, `/dubao/`).
 */
export function cacheHeadersFile(base: string): string {
  const at = base.endsWith('/') ? base : `${base}/`;
  const rule = (path: string, value: string) => `${at}${path}\n  Cache-Control: ${value}\n`;
  return [
    '# Cache rules for Netlify and Cloudflare Pages (written by the build; README "Deploy" gives them for other hosts).\n',
    rule(`data/${HASHED_DIR}/*`, IMMUTABLE),
    rule('assets/*', IMMUTABLE),
    rule(`data/${DATA_ENTRY}`, REVALIDATE),
    // The browser checks the worker for updates itself, but a year-long cache would pin readers to an old one.
    rule(SERVICE_WORKER_FILE, REVALIDATE),
    rule(WEB_MANIFEST_FILE, REVALIDATE),
    ...['', 'index.html', '404.html', 'page/*', 'article/*', 'search/*', 'mine/*', 'calendar/*', ...BROWSER_RENDERED_PREFIXES.map((prefix) => `${prefix}*`)].map((path) =>
      rule(path, REVALIDATE),
    ),
  ].join('\n');
}

/**
 * `_redirects` for Netlify and Cloudflare Pages: the routes the build left to the browser
 * (BROWSER_RENDERED_PREFIXES) are answered by `404.html`, which renders them, with status 200
 * instead of the 404 other hosts send. Both hosts apply a rule only where no file exists, so with
 * `--prerender-all` (every route a file) it would change nothing and is not written.
 */
export function redirectsFile(base: string): string {
  const at = base.endsWith('/') ? base : `${base}/`;
  return [
    '# Routes rendered in the browser (written by the build): served by 404.html with status 200.',
    ...BROWSER_RENDERED_PREFIXES.map((prefix) => `${at}${prefix}*  ${at}404.html  200`),
    '',
  ].join('\n');
}
