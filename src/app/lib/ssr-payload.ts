/** The element that carries a prerendered page's data to the browser, as JSON that is never executed. */
export const PAYLOAD_ELEMENT_ID = 'dubao-state';

/**
 * What the prerender hands to the browser: which route the HTML is, so the app hydrates only the
 * page it was rendered for (a host serves 404.html for any unknown URL). No data: the files a page
 * shows are shared with other pages (the manifest, the edition), so embedding them would write
 * them into every HTML file and change every file at each new edition; the app fetches them,
 * immutable and cached, before it hydrates.
 */
export interface SsrPayload {
  /** The router path (without the site's base) and query string that was prerendered. */
  path: string;
}

/**
 * JSON for inside `<script type="application/json">`: `<`, `>` and `&` escaped, so text from a page
 * (`</script>`, `<!--`) can never end the element early.
 */
export function serializePayload(payload: SsrPayload): string {
  return JSON.stringify(payload).replace(/[<>&\u2028\u2029]/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function parsePayload(text: string | null | undefined): SsrPayload | undefined {
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && 'path' in value && typeof value.path === 'string') return { path: value.path };
  } catch {
    // A damaged payload only costs the fast start: the app renders from the network instead.
  }
  return undefined;
}

/** The router's path for a browser location: the base removed, no trailing slash (static hosts add one). */
export function routerPath(pathname: string, search: string, basename: string): string {
  const base = basename.replace(/\/+$/u, '');
  const inside = base && pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const trimmed = inside.replace(/\/+$/u, '');
  let decoded = trimmed;
  try {
    decoded = decodeURI(trimmed);
  } catch {
    // keep it encoded; it will simply not match a prerendered path
  }
  return `${decoded || '/'}${search}`;
}
