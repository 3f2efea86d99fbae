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

/** A route's HTML, with the files it was rendered from. */
interface CachedRoute {
  reads: CachedRead[];
  html: string;
}

/**
 * As the cache keeps it: gzip in base64, a sixth of its JSON (the observation keys repeat from
 * route to route), since CI keeps the cache between runs.
 */
interface StoredRoute {
  gzip: string;
}

const pack = (route: CachedRoute): StoredRoute => ({ gzip: gzipSync(JSON.stringify(route), { level: 1 }).toString('base64') });
const unpack = (stored: StoredRoute): CachedRoute => JSON.parse(gunzipSync(Buffer.from(stored.gzip, 'base64')).toString('utf8')) as CachedRoute;

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
  return {
    async get(path: string): Promise<string | undefined> {
      const stored = cache.get<StoredRoute>(ROUTE_NAMESPACE, keyOf(path));
      if (typeof stored?.gzip !== 'string') return undefined;
      let hit: CachedRoute;
      try {
        hit = unpack(stored);
      } catch {
        // Passed the cache's check yet does not decode: a bug's, not a disk's; rendered again all the same.
        return undefined;
      }
      if (!Array.isArray(hit.reads) || typeof hit.html !== 'string') return undefined;
      for (const read of hit.reads) {
        if ((locations.get(read.path) ?? null) === read.location) continue;
        if ((await seenIn(read.path, read.keys)) !== read.seen) return undefined;
      }
      return hit.html;
    },
    async set(path: string, reads: Readonly<Record<string, readonly string[]>>, html: string): Promise<void> {
      const value: CachedRoute = { reads: [], html };
      for (const [file, keys] of Object.entries(reads)) {
        value.reads.push({ path: file, location: locations.get(file) ?? null, keys: [...keys], seen: await seenIn(file, keys) });
      }
      cache.set(ROUTE_NAMESPACE, keyOf(path), pack(value));
    },
  };
}
