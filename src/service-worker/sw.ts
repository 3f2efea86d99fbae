/// <reference lib="webworker" />
import { offlinePageHtml } from '../offline/notice.ts';
import { ENTRY_PATH, FILES_CACHE, pageKey, PAGES_CACHE, strategyFor } from '../offline/rules.ts';

/** Filled in by the build (src/pipeline/offline/service-worker-plugin.ts): the base and the app shell's files. */
declare const __DUBAO_SW__: { base: string; shell: string[]; assets: string[] };

const sw = self as unknown as ServiceWorkerGlobalScope;
const { base, shell, assets } = __DUBAO_SW__;

const keyOf = (url: URL) => new URL(pageKey(url.pathname, base), url.origin).href;

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const files = await caches.open(FILES_CACHE);
      // Assets already kept (from an earlier build) are not fetched again: their names are their content.
      const missing = [];
      for (const path of assets) if (!(await files.match(path))) missing.push(path);
      await files.addAll(missing);
      const pages = await caches.open(PAGES_CACHE);
      await Promise.all(
        shell.map(async (path) => {
          const response = await fetch(path, { cache: 'no-cache' });
          if (response.ok) await pages.put(keyOf(new URL(path, sw.location.href)), response);
        }),
      );
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('activate', (event) => event.waitUntil(sw.clients.claim()));

/** A copy without the `redirected` flag, which a navigation refuses to be answered with. */
async function plain(response: Response): Promise<Response> {
  if (!response.redirected) return response;
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers });
}

async function cacheFirst(request: Request): Promise<Response> {
  // A range of a ranged pack (the search index): the Cache API keeps no partial responses.
  if (request.headers.has('range')) return fetch(request);
  const files = await caches.open(FILES_CACHE);
  const kept = await files.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await files.put(request, response.clone());
  return response;
}

/**
 * Keeps every file map shard a fresh entry names. Saved editions are read through the newest entry
 * kept; their files keep their names across deploys (same content, same hash), but the shards that
 * map to them change, and offline only kept shards can be read.
 */
async function keepShards(entry: Response): Promise<void> {
  const shards = ((await entry.json().catch(() => ({}))) as { shards?: unknown }).shards;
  if (!Array.isArray(shards)) return;
  const files = await caches.open(FILES_CACHE);
  for (const shard of shards) {
    if (typeof shard !== 'string') continue;
    const url = `${base}data/${shard}`;
    if (!(await files.match(url))) await files.add(url).catch(() => {});
  }
}

async function networkFirst(event: FetchEvent, isNavigation: boolean): Promise<Response> {
  const { request } = event;
  const pages = await caches.open(PAGES_CACHE);
  const url = new URL(request.url);
  const key = keyOf(url);
  try {
    const response = await fetch(request);
    // A 404 (the host's 404.html) is not the route: only a found page is kept for it.
    if (response.ok) {
      await pages.put(key, response.clone());
      if (url.pathname === `${base}${ENTRY_PATH}`) event.waitUntil(keepShards(response.clone()));
    }
    return response;
  } catch (error) {
    const kept = await pages.match(key);
    if (kept) return plain(kept);
    if (!isNavigation) throw error;
    return new Response(offlinePageHtml(base), { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  }
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin) return;
  const isNavigation = request.mode === 'navigate';
  const strategy = strategyFor(url.pathname, base, isNavigation);
  if (strategy === 'cache-first') event.respondWith(cacheFirst(request));
  else if (strategy === 'network-first') event.respondWith(networkFirst(event, isNavigation));
});
