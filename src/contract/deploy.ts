import { z } from 'zod';
import { BUNDLE_VERSION } from './bundle-layout.ts';
import { FILE_MAP_SHARD_PATTERN, HASHED_PATH_PATTERN, STORED_LOCATION_PATTERN } from './deploy-layout.ts';

export * from './deploy-layout.ts';

/**
 * How the bundle is laid out on a host. Every file the app fetches is stored under a name made of a
 * hash of its content (`data/h/<hash>.json`, `data/h/<hash>.bin`), so a stored file never changes:
 * hosts and browsers may cache it for a year, and a browser holding yesterday's files can never
 * combine one of them with today's under the same name. One small file is not hashed, the entry
 * (`data/entry.json`, fetched with a short cache): it lists the shards of the file map, each a
 * hashed file of its own that maps the bundle's logical paths (`manifest.json`,
 * `pages/<pageId>.json`, `search/b/3.bin`: the paths `bundle.ts` and `src/search/format.ts` define)
 * to where they are stored: a hashed file of their own, or a member of a hashed pack (small files
 * read together, gzipped as one). A logical path is in shard {@link shardOfPath}(path, shard count).
 */

/** `h/<16 base64url characters of SHA-256>.<json|bin>`: a path under `data/`. */
export const hashedPathSchema = z.string().regex(HASHED_PATH_PATTERN, 'a hashed file is h/<16 characters>.json or .bin');

export const dataEntrySchema = z.object({
  version: z.literal(BUNDLE_VERSION),
  /**
   * Hashed paths of the file map's shards, each the gzip of its JSON (`h/<hash>.pack`, FILE_MAP_SHARD_PATTERN);
   * shard `i` maps every logical path `p` with `shardOfPath(p, shards.length) === i`.
   */
  shards: z.array(z.string().regex(FILE_MAP_SHARD_PATTERN, 'a file map shard is h/<16 characters>.pack')).min(1),
});
export type DataEntry = z.infer<typeof dataEntrySchema>;

/** Where a logical file is stored: a hashed file, or a member of a pack (deploy-layout.ts). */
export const storedLocationSchema = z.string().regex(STORED_LOCATION_PATTERN, 'a stored location is h/<16 characters>.json, .bin, or .pack:<offset>+<length>');

/** One shard of the file map: logical path (under `data/`) → where it is stored (under `data/`). */
export const fileMapShardSchema = z.object({
  version: z.literal(BUNDLE_VERSION),
  files: z.record(z.string().min(1), storedLocationSchema),
  /**
   * Folders whose files are listed by folder ({@link isListedByFolder}): for each, runs of its files
   * stored one after another in a ranged pack from `offset`, with their names (the part of the path
   * after the folder) and stored lengths. A reader turns them into locations with `shardLocations`.
   */
  folders: z
    .record(
      z.string().min(1),
      z.array(
        z.object({
          pack: z.string().regex(HASHED_PATH_PATTERN),
          offset: z.number().int().nonnegative(),
          names: z.array(z.string().min(1)),
          lengths: z.array(z.number().int().nonnegative()),
        }),
      ),
    )
    .optional(),
});
export type FileMapShard = z.infer<typeof fileMapShardSchema>;
