/** The deploy layout's names and the shard function (deploy.ts has the schemas and the why); no zod, so the app imports them freely. */
import { SEARCH_DIR } from './bundle-layout.ts';

/** The one file under `data/` whose name is not a hash: read it with `cache: 'no-cache'`. */
export const DATA_ENTRY = 'entry.json';

/** Folder (under `data/`) of the content-addressed files. */
export const HASHED_DIR = 'h';

/** `h/<16 base64url characters of SHA-256>.<json|bin|pack>`: a path under `data/`. */
export const HASHED_PATH_PATTERN = /^h\/[A-Za-z0-9_-]{16}\.(json|bin|pack)$/u;

/**
 * A file map shard is stored gzipped, as a `.pack` of one member (its JSON): a new edition's paths
 * land in most shards, and each is uploaded again; gzipped, a fifth of the bytes.
 */
export const FILE_MAP_SHARD_PATTERN = /^h\/[A-Za-z0-9_-]{16}\.pack$/u;

/**
 * Where the file map says a logical file is: a stored file of its own (`h/<hash>.json`), or a member
 * of a pack. Two kinds of pack:
 * - `h/<hash>.pack:<offset>+<length>`: bytes `offset` to `offset + length` of the pack once
 *   gunzipped. A `.pack` is the gzip of its members one after another, fetched whole: small files
 *   read together (an edition's pages and articles, a few dozen entities).
 * - `h/<hash>.bin@<offset>+<length>`: bytes `offset` to `offset + length` of the stored file itself,
 *   fetched with an HTTP range request (a host that ignores the range sends the whole file, and the
 *   app cuts it). Each member is gzip-compressed on its own: the search index's files, of which a
 *   query reads a few out of thousands, so a segment's files are a handful of stored files and a
 *   query still fetches only the bytes it needs.
 * So a site holds about a file per article rather than ten.
 */
export const STORED_LOCATION_PATTERN = /^h\/[A-Za-z0-9_-]{16}\.(json|bin|pack:\d+\+\d+|bin@\d+\+\d+)$/u;

export interface StoredLocation {
  /** The stored file (under `data/`). */
  file: string;
  /** Set for a pack's member: its bytes within the gunzipped `.pack`, or within the ranged `.bin` file. */
  member?: { offset: number; length: number; ranged: boolean };
}

/** Reads a file map value ({@link STORED_LOCATION_PATTERN}); undefined when it is not one. */
export function parseStoredLocation(value: string): StoredLocation | undefined {
  if (!STORED_LOCATION_PATTERN.test(value)) return undefined;
  const at = value.search(/[:@]/u);
  if (at < 0) return { file: value };
  const plus = value.indexOf('+', at);
  return { file: value.slice(0, at), member: { offset: Number(value.slice(at + 1, plus)), length: Number(value.slice(plus + 1)), ranged: value[at] === '@' } };
}

/**
 * Whether the packer gzipped a ranged pack's member on its own: every member but the `.bin` files,
 * which arrive gzip already (the search index's codec, src/search/gzip.ts).
 */
export const packerGzipsRangedMember = (logicalPath: string) => !logicalPath.endsWith('.bin');

/** The file map value of a pack's member. */
export function memberLocation(pack: string, offset: number, length: number): string {
  return `${pack}${pack.endsWith('.pack') ? ':' : '@'}${offset}+${length}`;
}

/** Which shard of `count` lists a logical path: FNV-1a over its UTF-16 units, the same in the build and the browser. */
export function shardOf(path: string, count: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    h ^= path.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % count;
}

/**
 * A file in a subfolder of `search/` (a segment's buckets, postings, fragments: thousands of small
 * files in name order) is listed by its folder: the folder's shard (`shardOf(folder)`) holds one
 * entry for the folder's ranged packs with their members' names and lengths, instead of a location
 * a file. It keeps the file map a fraction of its size, which a new edition uploads again whole.
 */
export const isListedByFolder = (path: string) => path.startsWith(SEARCH_DIR) && path.indexOf('/', SEARCH_DIR.length) > SEARCH_DIR.length;

/** The folder a logical path is in (`search/s/x/t/12.json` -> `search/s/x/t`). */
export const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/'));

/** The shard of `count` that says where a logical path is stored. */
export function shardOfPath(path: string, count: number): number {
  return shardOf(isListedByFolder(path) ? folderOf(path) : path, count);
}

/** A run of a folder's files one after another in a ranged pack (`.bin`) from `offset`: their names, in order, and their stored lengths. */
export interface FolderRun {
  pack: string;
  offset: number;
  names: string[];
  lengths: number[];
}

/** A folder's files as a shard stores them, from their locations (each a ranged pack's member), in order. */
export function folderRuns(members: readonly { name: string; location: string }[]): FolderRun[] {
  const runs: FolderRun[] = [];
  for (const { name, location } of members) {
    const where = parseStoredLocation(location);
    if (!where?.member?.ranged) throw new Error(`${name}: a file listed by its folder must be a ranged pack's member, not ${location}`);
    let run = runs[runs.length - 1];
    const end = run ? run.offset + run.lengths.reduce((sum, length) => sum + length, 0) : 0;
    if (!run || run.pack !== where.file || where.member.offset !== end) runs.push((run = { pack: where.file, offset: where.member.offset, names: [], lengths: [] }));
    run.names.push(name);
    run.lengths.push(where.member.length);
  }
  return runs;
}

/** Every location a shard gives, by logical path: its `files`, and those its folder entries stand for. */
export function shardLocations(shard: { files: Readonly<Record<string, string>>; folders?: Readonly<Record<string, readonly FolderRun[]>> }): Record<string, string> {
  const files: Record<string, string> = { ...shard.files };
  const folders = shard.folders ?? {};
  for (const [folder, runs] of Object.entries(folders)) {
    for (const { pack, offset: start, names, lengths } of runs) {
      let offset = start;
      names.forEach((name, i) => {
        const length = lengths[i] ?? 0;
        files[`${folder}/${name}`] = memberLocation(pack, offset, length);
        offset += length;
      });
    }
  }
  return files;
}

/** Logical paths a file map shard aims to hold: small enough that a cold route fetches a few KB of map. */
export const SHARD_TARGET_PATHS = 512;
