import { createHash } from 'node:crypto';
import { BUNDLE_VERSION } from '../../contract/bundle.ts';
import {
  DATA_ENTRY,
  dataEntrySchema,
  fileMapShardSchema,
  HASHED_DIR,
  SHARD_TARGET_PATHS,
  shardOf,
  type DataEntry,
  type FileMapShard,
} from '../../contract/deploy.ts';
import { stableStringify } from '../stable-json.ts';

type FileData = string | Uint8Array;

function hashedPath(data: FileData, extension: 'json' | 'bin'): string {
  const hash = createHash('sha256').update(data).digest('base64url').slice(0, 16);
  return `${HASHED_DIR}/${hash}.${extension}`;
}

/** Shards for `paths` files: a power of two, so the shard of a path changes only when the archive doubles. */
function shardCount(paths: number): number {
  let count = 1;
  while (count * SHARD_TARGET_PATHS < paths) count *= 2;
  return count;
}

/**
 * The bundle as stored (deploy.ts): every file under a name made of its content's hash, the file
 * map's shards likewise, and the entry. A file whose content did not change keeps its name from
 * one build to the next, whatever else changed; identical contents are stored once.
 */
export function addressBundle(files: ReadonlyMap<string, FileData>): Map<string, FileData> {
  const out = new Map<string, FileData>();
  const count = shardCount(files.size);
  const shards: Record<string, string>[] = Array.from({ length: count }, () => ({}));
  for (const [path, data] of files) {
    const stored = hashedPath(data, path.endsWith('.bin') ? 'bin' : 'json');
    out.set(stored, data);
    shards[shardOf(path, count)]![path] = stored;
  }
  const shardPaths = shards.map((map) => {
    const shard: FileMapShard = fileMapShardSchema.parse({ version: BUNDLE_VERSION, files: map });
    const text = stableStringify(shard);
    const stored = hashedPath(text, 'json');
    out.set(stored, text);
    return stored;
  });
  const entry: DataEntry = dataEntrySchema.parse({ version: BUNDLE_VERSION, shards: shardPaths });
  out.set(DATA_ENTRY, stableStringify(entry));
  return out;
}
