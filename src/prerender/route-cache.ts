import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeFileMapShard } from '../pipeline/bundle/address.ts';
import { DATA_ENTRY } from '../contract/deploy-layout.ts';
import { dataEntrySchema } from '../contract/deploy.ts';
import { cacheKey, type BuildCache } from '../pipeline/read/cache.ts';
import type { BundleFileReader } from './ssr-contract.ts';

export const ROUTE_NAMESPACE = 'route';

/** One logical file a render read: where it was stored, what the render saw of it (observed-reads.ts). */
interface CachedRead {
  path: string;
  location: string | null;
  keys: string[];
  /** Hash of what the keys found: compared when the file moved, i.e. its content changed. */
  seen: string;
}

/**
 * As the cache keeps it: gzip in base64, a sixth of its JSON (the observation keys repeat from
 * route to route), since CI keeps the cache between runs. The reads and the HTML apart, with the
 * HTML's hash: a route whose file in the output folder already has that hash is checked without
 * unpacking its HTML (an archive's thousands of unchanged pages).
 */
interface StoredRoute {
  reads: string;
  html: string;
  sha256: string;
}

const gzip64 = (text: string) => gzipSync(text, { level: 1 }).toString('base64');
const gunzip64 = (data: string) => gunzipSync(Buffer.from(data, 'base64')).toString('utf8');

/** An entry's part decoded; undefined where it passed the cache's check yet does not decode (a bug's, not a disk's): the route is rendered again all the same. */
function decoded<T>(decode: () => T): T | undefined {
  try {
    return decode();
  } catch {
    return undefined;
  }
}

/** The hash a cached route's HTML is known by (RouteHit.sha256). */
export const htmlHash = (html: string | Uint8Array) => createHash('sha256').update(html).digest('hex');

/** A route the cache holds for this build: its HTML's hash, and the HTML when it is asked for (undefined if it does not decode). */
export interface RouteHit {
  sha256: string;
  html(): string | undefined;
}

/** What the render's observation keys find in this build's file at `path` (SsrEntry.observe). */
export type Observe = (path: string, keys: readonly string[]) => Promise<string[]>;

/** Every logical file's stored location in this build (the file map, contract/deploy.ts). */
export async function storedLocations(read: BundleFileReader): Promise<Map<string, string>> {
  const entry = dataEntrySchema.parse(await read(DATA_ENTRY));
  const locations = new Map<string, string>();
  for (const shard of entry.shards) {
    for (const [path, location] of Object.entries(decodeFileMapShard((await read(shard)) as Uint8Array).files)) locations.set(path, location);
  }
  return locations;
}

/**
 * Prerendered HTML by route, from one build to the next. A route's HTML is a function of the app's
 * code and page template (`appVersion`: the SSR entry, the template, the preloads) and of what it
 * saw of the logical files it read. A file stored where it was holds what it held (a stored name is
 * a hash of its content); one stored elsewhere is asked again what the render saw of it. A route for
 * which both hold for every file is not rendered again.
 */
export function routeCache(cache: BuildCache, appVersion: string, locations: ReadonlyMap<string, string>, observe: Observe) {
  const keyOf = (path: string) => cacheKey('route', appVersion, path);
  const seenIn = async (path: string, keys: readonly string[]) => cacheKey(...(await observe(path, keys)));
  /** A route whose reads all still hold: its HTML's hash at hand, the HTML unpacked only when asked for. */
  const lookup = async (path: string): Promise<RouteHit | undefined> => {
    const stored = cache.get<StoredRoute>(ROUTE_NAMESPACE, keyOf(path));
    if (typeof stored?.reads !== 'string' || typeof stored.html !== 'string' || typeof stored.sha256 !== 'string') return undefined;
    const reads = decoded(() => JSON.parse(gunzip64(stored.reads)) as CachedRead[]);
    if (!Array.isArray(reads)) return undefined;
    for (const read of reads) {
      if ((locations.get(read.path) ?? null) === read.location) continue;
      if ((await seenIn(read.path, read.keys)) !== read.seen) return undefined;
    }
    const { html, sha256 } = stored;
    return { sha256, html: () => decoded(() => gunzip64(html)) };
  };
  return {
    lookup,
    async set(path: string, reads: Readonly<Record<string, readonly string[]>>, html: string): Promise<void> {
      const seen: CachedRead[] = [];
      for (const [file, keys] of Object.entries(reads)) {
        seen.push({ path: file, location: locations.get(file) ?? null, keys: [...keys], seen: await seenIn(file, keys) });
      }
      const stored: StoredRoute = { reads: gzip64(JSON.stringify(seen)), html: gzip64(html), sha256: htmlHash(html) };
      cache.set(ROUTE_NAMESPACE, keyOf(path), stored);
    },
  };
}
