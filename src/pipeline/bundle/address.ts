import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { BUNDLE_VERSION } from '../../contract/bundle.ts';
import {
  DATA_ENTRY,
  dataEntrySchema,
  fileMapShardSchema,
  folderOf,
  folderRuns,
  HASHED_DIR,
  isListedByFolder,
  memberLocation,
  packerGzipsRangedMember,
  parseStoredLocation,
  SHARD_TARGET_PATHS,
  shardOf,
  shardLocations,
  shardOfPath,
  type DataEntry,
  type FileMapShard,
  type FolderRun,
} from '../../contract/deploy.ts';
import { stableStringify } from '../stable-json.ts';

type FileData = string | Uint8Array;

/**
 * Which pack group a logical file joins and where in it: a group is cut, in `order`, into packs of
 * at most `targetBytes` before gzip (deploy.ts).
 */
export interface PackSlot {
  group: string;
  order: string;
  targetBytes: number;
  /**
   * A ranged pack (`.bin`, read a member at a time with HTTP range requests) instead of a `.pack`
   * gzipped and read whole. Its `.json` members are gzipped one by one; `.bin` members are gzip already.
   */
  ranged?: boolean;
}

/** Names each file's pack group; undefined: the file is stored alone. */
export type PackPlan = (path: string) => PackSlot | undefined;

function hashedPath(data: FileData, extension: 'json' | 'bin' | 'pack'): string {
  const hash = createHash('sha256').update(data).digest('base64url').slice(0, 16);
  return `${HASHED_DIR}/${hash}.${extension}`;
}

/** A logical file stored alone keeps its kind: binary or JSON. */
const storedAlone = (path: string, data: FileData) => hashedPath(data, path.endsWith('.bin') ? 'bin' : 'json');

/** Shards for `paths` files: a power of two, so the shard of a path changes only when the archive doubles. */
function shardCount(paths: number): number {
  let count = 1;
  while (count * SHARD_TARGET_PATHS < paths) count *= 2;
  return count;
}

const encoder = new TextEncoder();
const bytesOf = (data: FileData) => (typeof data === 'string' ? encoder.encode(data) : data);

/** A group's members cut into runs of at most `target` bytes (a larger member is a run of its own), in order. */
function cut(members: { path: string; bytes: Uint8Array }[], target: number): { path: string; bytes: Uint8Array }[][] {
  const runs: { path: string; bytes: Uint8Array }[][] = [];
  let run: { path: string; bytes: Uint8Array }[] = [];
  let size = 0;
  for (const member of members) {
    if (run.length > 0 && size + member.bytes.length > target) {
      runs.push(run);
      run = [];
      size = 0;
    }
    run.push(member);
    size += member.bytes.length;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** A file map shard as stored: its JSON gzipped, a pack of one member (contract/deploy-layout.ts). */
export function encodeFileMapShard(shard: FileMapShard): Uint8Array {
  return new Uint8Array(gzipSync(stableStringify(shard), { level: 9 }));
}

/**
 * A stored file map shard read back, on Node (the app gunzips it with the browser's stream:
 * bundle-source.ts), with the files its folders list among its `files`.
 */
export function decodeFileMapShard(stored: Uint8Array): FileMapShard {
  const shard = fileMapShardSchema.parse(JSON.parse(gunzipSync(stored).toString('utf8')));
  return { version: shard.version, files: shardLocations(shard) };
}

/** Gzips a pack's joined members: zlib at level 9, or the build cache's copy of what it gave (incremental.ts). */
export type PackGzip = (joined: Uint8Array) => Uint8Array;

export const gzipPack: PackGzip = (joined) => new Uint8Array(gzipSync(joined, { level: 9 }));

/**
 * The bundle as stored (deploy.ts): every file under a name made of its content's hash, small files
 * of one group gzipped together as packs, the file map's shards likewise, and the entry. A file or
 * pack whose content did not change keeps its name from one build to the next, whatever else
 * changed; identical contents are stored once.
 */
export function addressBundle(files: ReadonlyMap<string, FileData>, plan?: PackPlan, packGzip: PackGzip = gzipPack): Map<string, FileData> {
  const out = new Map<string, FileData>();
  const locations = new Map<string, string>();
  const groups = new Map<string, { targetBytes: number; ranged: boolean; members: { path: string; order: string; bytes: Uint8Array }[] }>();
  for (const [path, data] of files) {
    const slot = plan?.(path);
    if (slot) {
      let group = groups.get(slot.group);
      if (!group) groups.set(slot.group, (group = { targetBytes: slot.targetBytes, ranged: slot.ranged ?? false, members: [] }));
      const bytes = bytesOf(data);
      group.members.push({ path, order: slot.order, bytes: group.ranged && packerGzipsRangedMember(path) ? new Uint8Array(gzipSync(bytes, { level: 9 })) : bytes });
      continue;
    }
    const stored = storedAlone(path, data);
    out.set(stored, data);
    locations.set(path, stored);
  }
  for (const { targetBytes, ranged, members } of groups.values()) {
    members.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.path < b.path ? -1 : 1));
    for (const run of cut(members, targetBytes)) {
      if (run.length === 1 && !ranged) {
        const { path } = run[0]!;
        const data = files.get(path)!;
        const stored = storedAlone(path, data);
        out.set(stored, data);
        locations.set(path, stored);
        continue;
      }
      const joined = new Uint8Array(run.reduce((sum, member) => sum + member.bytes.length, 0));
      let offset = 0;
      const at: [string, number, number][] = [];
      for (const member of run) {
        joined.set(member.bytes, offset);
        at.push([member.path, offset, member.bytes.length]);
        offset += member.bytes.length;
      }
      // zlib writes no timestamp: the same members give the same pack, and so the same name.
      const packed = ranged ? joined : packGzip(joined);
      const stored = hashedPath(packed, ranged ? 'bin' : 'pack');
      out.set(stored, packed);
      for (const [path, start, length] of at) locations.set(path, memberLocation(stored, start, length));
    }
  }
  // In the order they were placed, so each folder's members come in their packs' order.
  const byFolder = new Map<string, { name: string; location: string }[]>();
  const alone = new Map<string, string>();
  for (const [path, location] of locations) {
    if (!isListedByFolder(path) || !parseStoredLocation(location)?.member?.ranged) {
      alone.set(path, location);
      continue;
    }
    const folder = folderOf(path);
    const members = byFolder.get(folder) ?? [];
    members.push({ name: path.slice(folder.length + 1), location });
    byFolder.set(folder, members);
  }
  const count = shardCount(alone.size + byFolder.size);
  const shards = Array.from({ length: count }, () => ({ files: {} as Record<string, string>, folders: {} as Record<string, FolderRun[]> }));
  for (const [path, location] of alone) shards[shardOfPath(path, count)]!.files[path] = location;
  for (const [folder, members] of byFolder) shards[shardOf(folder, count)]!.folders[folder] = folderRuns(members);
  const shardPaths = shards.map(({ files: map, folders }) => {
    const shard: FileMapShard = fileMapShardSchema.parse({ version: BUNDLE_VERSION, files: map, ...(Object.keys(folders).length > 0 ? { folders } : {}) });
    const packed = encodeFileMapShard(shard);
    const stored = hashedPath(packed, 'pack');
    out.set(stored, packed);
    return stored;
  });
  const entry: DataEntry = dataEntrySchema.parse({ version: BUNDLE_VERSION, shards: shardPaths });
  out.set(DATA_ENTRY, stableStringify(entry));
  return out;
}
