/** The deploy layout's names and the shard function (deploy.ts has the schemas and the why); no zod, so the app imports them freely. */

/** The one file under `data/` whose name is not a hash: read it with `cache: 'no-cache'`. */
export const DATA_ENTRY = 'entry.json';

/** Folder (under `data/`) of the content-addressed files. */
export const HASHED_DIR = 'h';

/** `h/<16 base64url characters of SHA-256>.<json|bin>`: a path under `data/`. */
export const HASHED_PATH_PATTERN = /^h\/[A-Za-z0-9_-]{16}\.(json|bin)$/u;

/** Which shard of `count` lists a logical path: FNV-1a over its UTF-16 units, the same in the build and the browser. */
export function shardOf(path: string, count: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    h ^= path.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % count;
}

/** Logical paths a file map shard aims to hold: small enough that a cold route fetches a few KB of map. */
export const SHARD_TARGET_PATHS = 512;
