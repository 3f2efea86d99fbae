import { createHash } from 'node:crypto';
import { DATA_ENTRY } from '../contract/deploy-layout.ts';
import { dataEntrySchema, fileMapShardSchema } from '../contract/deploy.ts';
import type { BuildCache } from '../pipeline/read/cache.ts';
import type { BundleFileReader } from './ssr-contract.ts';

export const ROUTE_NAMESPACE = 'route';

/** A route's HTML as the cache keeps it, with the logical files it was rendered from. */
interface CachedRoute {
  reads: string[];
  /** Hash of where each of `reads` was stored: a stored name is a hash of its content. */
  inputs: string;
  html: string;
}

const hashOf = (...parts: string[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest('hex').slice(0, 40);
};

/** Every logical file's stored location in this build (the file map, contract/deploy.ts). */
export async function storedLocations(read: BundleFileReader): Promise<Map<string, string>> {
  const entry = dataEntrySchema.parse(await read(DATA_ENTRY));
  const locations = new Map<string, string>();
  for (const shard of entry.shards) {
    for (const [path, location] of Object.entries(fileMapShardSchema.parse(await read(shard)).files)) locations.set(path, location);
  }
  return locations;
}

/**
 * Prerendered HTML by route, from one build to the next. A route's HTML is a function of the app's
 * code and page template (`appVersion`: the SSR entry, the template, the preloads) and of the
 * logical files it read; each of those is stored under a name made of its content, so where it is
 * stored stands for what it holds. A route whose files are all where they were is not rendered again.
 */
export function routeCache(cache: BuildCache, appVersion: string, locations: ReadonlyMap<string, string>) {
  const keyOf = (path: string) => hashOf('route', appVersion, path);
  const inputsOf = (reads: readonly string[]) => hashOf(...reads.flatMap((path) => [path, locations.get(path) ?? '(none)']));
  return {
    get(path: string): string | undefined {
      const hit = cache.get<CachedRoute>(ROUTE_NAMESPACE, keyOf(path));
      return hit && Array.isArray(hit.reads) && hit.inputs === inputsOf(hit.reads) && typeof hit.html === 'string' ? hit.html : undefined;
    },
    set(path: string, reads: readonly string[], html: string): void {
      const value: CachedRoute = { reads: [...reads], inputs: inputsOf(reads), html };
      cache.set(ROUTE_NAMESPACE, keyOf(path), value);
    },
  };
}
