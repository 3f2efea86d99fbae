/**
 * What the service worker keeps and how it answers, shared with the app's 离线阅读本期 (which fills
 * the same caches). Pure: no DOM, no worker globals.
 */

/** Content-addressed files (`data/h/*`, `assets/*`): a name never changes its content, so one cache for every build. */
export const FILES_CACHE = 'dubao-files';
/** HTML routes and the entry: replaced by each fresh copy from the network. */
export const PAGES_CACHE = 'dubao-pages';

/** The service worker's file at the base, and the web manifest beside it. */
export const SERVICE_WORKER_FILE = 'sw.js';
export const WEB_MANIFEST_FILE = 'manifest.webmanifest';
/** The icon committed in public/: the tab's and the installed app's (one SVG serves every size). */
export const ICON_FILE = 'favicon.svg';

/** Unhashed files every page names in its `<head>`: kept with the shell so offline pages load without a failed request. */
export const SHELL_FILES = [ICON_FILE, WEB_MANIFEST_FILE];

/**
 * Where the deploy's files are (src/contract/deploy.ts; rules.test.ts checks they agree). Spelled
 * out here so the worker does not bundle the contract's schemas.
 */
export const ENTRY_PATH = 'data/entry.json';
export const HASHED_PREFIX = 'data/h/';

export type Strategy = 'cache-first' | 'network-first' | 'network-only';

/**
 * How a same-origin GET under `base` is answered. Hashed files never change (cache-first); the
 * entry and the HTML say which build is current, so the network wins whenever it answers.
 */
export function strategyFor(pathname: string, base: string, isNavigation: boolean): Strategy {
  if (!pathname.startsWith(base)) return 'network-only';
  const rest = pathname.slice(base.length);
  if (rest.startsWith(HASHED_PREFIX) || rest.startsWith('assets/')) return 'cache-first';
  if (rest === ENTRY_PATH || SHELL_FILES.includes(rest) || isNavigation) return 'network-first';
  return 'network-only';
}

/**
 * One cache key per route, whichever spelling was asked for (`article/x`, `article/x/`,
 * `article/x/index.html`): the static host serves the same file for all three.
 */
export function pageKey(pathname: string, base: string): string {
  const trimmed = pathname.replace(/\/index\.html$/u, '').replace(/\/+$/u, '');
  return trimmed.length < base.length ? base : trimmed === base.replace(/\/$/u, '') ? base : trimmed;
}
