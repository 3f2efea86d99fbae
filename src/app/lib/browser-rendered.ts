import { BROWSER_RENDERED_PREFIXES } from '../../contract/permalinks.ts';

/**
 * Inline script for `<head>`: on a route the build left to the browser (an entity page served as
 * `404.html`), marks `<html data-browser-rendered>` before the first paint, so the not-found page's
 * message gives way to 正在打开… until the app has rendered the real route. `base` is the site's
 * public path (`/`, `/dubao/`).
 */
export function browserRenderedBootScript(base: string): string {
  const pattern = `^(${BROWSER_RENDERED_PREFIXES.map((prefix) => prefix.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')).join('|')})`;
  return `(function(){var b=${JSON.stringify(base)},p=location.pathname;if(p.indexOf(b)===0&&/${pattern}/.test(p.slice(b.length)))document.documentElement.dataset.browserRendered=""})()`;
}
