import type { DehydratedState } from '@tanstack/react-query';

/** The element that carries a prerendered page's data to the browser, as JSON that is never executed. */
export const PAYLOAD_ELEMENT_ID = 'dubao-state';

/** What the prerender hands to the browser so hydration reuses the data instead of fetching it again. */
export interface SsrPayload {
  /** The router path (without the site's base) and query string that was prerendered. */
  path: string;
  queries: DehydratedState;
  /** React Router's loader data by route id. */
  loaderData: Record<string, unknown>;
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
    if (typeof value === 'object' && value !== null && 'path' in value && 'queries' in value && 'loaderData' in value) return value as SsrPayload;
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
