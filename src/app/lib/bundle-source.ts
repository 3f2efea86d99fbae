import { BUNDLE_VERSION } from '../../contract/bundle-layout.ts';
import { DATA_ENTRY, FILE_MAP_SHARD_PATTERN, packerGzipsRangedMember, parseStoredLocation, shardLocations, shardOfPath, type FolderRun } from '../../contract/deploy-layout.ts';
import type { DataEntry } from '../../contract/deploy.ts';
import { gunzipBytes } from '../../search/gzip.ts';

/**
 * Reads one stored file under `data/` (a hashed path, or the entry). `fresh` asks past every cache:
 * the entry, and a second look after a hashed file went missing. With `range` (bytes), the reader may
 * answer with just those bytes or with the whole file (a host that ignores range requests).
 */
export type StoredFileReader = (path: string, as: 'json' | 'bytes', fresh: boolean, signal?: AbortSignal, range?: ByteRange) => Promise<unknown>;

export interface ByteRange {
  offset: number;
  length: number;
}

/** The file does not exist: an unknown id, shown as the not-found page. */
export class BundleNotFoundError extends Error {
  constructor(readonly path: string) {
    super(`找不到数据文件 ${path}`);
    this.name = 'BundleNotFoundError';
  }
}

/** The file exists but could not be fetched or read, or does not match the contract: shown with a retry button. */
export class BundleLoadError extends Error {
  constructor(
    message: string,
    readonly path: string,
    /** No answer at all (offline, or the host unreachable), rather than a bad one. */
    readonly network = false,
  ) {
    super(message);
    this.name = 'BundleLoadError';
  }
}

/** The site was deployed again and a file this page still named is gone: reading afresh is the fix. */
export class BundleStaleError extends BundleLoadError {
  constructor(path: string) {
    super('网站刚刚更新，请刷新页面', path);
    this.name = 'BundleStaleError';
  }
}

async function fetchFromSite(path: string, as: 'json' | 'bytes', fresh: boolean, signal?: AbortSignal, range?: ByteRange): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL}data/${path}`, {
      signal: signal ?? null,
      cache: fresh ? 'no-cache' : 'default',
      headers: range ? { Range: `bytes=${range.offset}-${range.offset + range.length - 1}` } : {},
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new BundleLoadError('网络连接失败', path, true);
  }
  if (response.status === 404) throw new BundleNotFoundError(path);
  if (!response.ok) throw new BundleLoadError(`服务器返回 ${response.status}`, path);
  // Hosts with a single-page fallback answer a missing file with an HTML page and status 200.
  if ((response.headers.get('content-type') ?? '').includes('text/html')) throw new BundleNotFoundError(path);
  try {
    return as === 'json' ? await response.json() : new Uint8Array(await response.arrayBuffer());
  } catch {
    throw new BundleLoadError('数据文件不完整或已损坏', path);
  }
}

let reader: StoredFileReader = fetchFromSite;

/**
 * One deploy's view of the data: its entry and the file map shards read so far. Every file a
 * generation names exists together on the host (until the next deploy removes them), so what is
 * read through one generation is consistent.
 */
export interface Generation {
  entry: DataEntry;
  shards: Map<number, Promise<Record<string, string>>>;
}

let current: Promise<Generation> | undefined;
/** What `current` resolved to, so a stale generation is forgotten at once, not a tick later. */
let currentLoaded: Generation | undefined;

/** Watches the logical files read: the prerender keys a route's HTML by what it saw of them (observed-reads.ts). */
export interface ReadObserver {
  /** The app starts reading `path` (it may turn out missing: that is worth knowing too). */
  touch(path: string): void;
  /** The file's content as read; returns what the app gets instead. */
  wrap(path: string, value: unknown): unknown;
}

let observer: ReadObserver | undefined;

/**
 * The prerender replaces fetching with reading the built files, and may watch what is read of them
 * (`observe`); the browser keeps the default.
 */
export function setStoredFileReader(next: StoredFileReader, observe?: ReadObserver): void {
  observer = observe;
  // The same files as before (the prerender sets its reader again for each route): the entry and
  // the shards read so far still hold, and are not read and gunzipped again.
  if (next === reader) return;
  reader = next;
  current = undefined;
  currentLoaded = undefined;
}

/** The current deploy's entry, read once per visit (and again after a deploy removed a file). */
export function currentGeneration(): Promise<Generation> {
  if (!current) {
    const loading = reader(DATA_ENTRY, 'json', true).then((raw) => {
      if (!isDataEntry(raw)) throw new BundleLoadError('数据入口文件不符合约定（可能来自另一版本的网站）', DATA_ENTRY);
      const generation: Generation = { entry: raw, shards: new Map() };
      if (current === loading) currentLoaded = generation;
      return generation;
    });
    current = loading;
    loading.catch(() => {
      if (current === loading) current = undefined;
    });
  }
  return current;
}

/** Forgets a generation a missing file showed to be gone, so the next read fetches the entry again. */
function forget(generation: Generation): void {
  if (currentLoaded !== generation) return;
  current = undefined;
  currentLoaded = undefined;
}

/** Keeps `value` under `key` as the most recently used of at most `max` entries. */
function remember<V>(cache: Map<string, V>, key: string, value: V, max: number): V {
  cache.delete(key);
  cache.set(key, value);
  while (cache.size > max) cache.delete(cache.keys().next().value!);
  return value;
}

/** Packs read lately, gunzipped, by stored name: a name is its content, so any generation may share them. */
const packs = new Map<string, Promise<Uint8Array>>();
/** Ranged packs a host sent whole (it ignored the range), by stored name: the next members are cut from them. */
const wholeFiles = new Map<string, Uint8Array>();

function packBytes(file: string, signal?: AbortSignal): Promise<Uint8Array> {
  const kept = packs.get(file);
  if (kept) return remember(packs, file, kept, 24);
  const bytes = (reader(file, 'bytes', false, signal) as Promise<Uint8Array>).then((data) => gunzipBytes(data, file));
  bytes.catch(() => packs.delete(file));
  return remember(packs, file, bytes, 24);
}

/**
 * A member of a ranged pack: its bytes by a range request, or cut from the whole file when the host
 * sent it all (deploy-layout.ts).
 */
async function rangedBytes(file: string, range: ByteRange, signal?: AbortSignal): Promise<Uint8Array> {
  const whole = wholeFiles.get(file);
  const data = whole ?? ((await reader(file, 'bytes', false, signal, range)) as Uint8Array);
  if (data.length === range.length) return data;
  if (!whole) remember(wholeFiles, file, data, 4);
  return data.subarray(range.offset, range.offset + range.length);
}

const decoder = new TextDecoder();

/** Reads a stored location (a file, or a pack's member) of the logical file `path` as JSON or bytes. */
async function readStored(path: string, location: string, as: 'json' | 'bytes', signal?: AbortSignal): Promise<unknown> {
  const where = parseStoredLocation(location);
  if (!where) throw new BundleLoadError('数据目录文件不符合约定', location);
  const { file, member } = where;
  if (!member) return reader(file, as, false, signal);
  try {
    let bytes = member.ranged ? await rangedBytes(file, member, signal) : (await packBytes(file, signal)).subarray(member.offset, member.offset + member.length);
    if (bytes.length !== member.length) throw new Error('short');
    if (member.ranged && packerGzipsRangedMember(path)) bytes = await gunzipBytes(bytes, file);
    return as === 'bytes' ? bytes : (JSON.parse(decoder.decode(bytes)) as unknown);
  } catch (error) {
    if (error instanceof BundleLoadError || error instanceof BundleNotFoundError || signal?.aborted) throw error;
    throw new BundleLoadError('数据文件不完整或已损坏', file);
  }
}

/** Where a logical file is stored in `generation` (a file or a pack's member), or undefined when the bundle has no such file. */
async function storedPathIn(generation: Generation, path: string, signal?: AbortSignal): Promise<string | undefined> {
  const count = generation.entry.shards.length;
  const n = shardOfPath(path, count);
  let shard = generation.shards.get(n);
  if (!shard) {
    const where = generation.entry.shards[n]!;
    // Stored gzipped, a pack of one member (deploy-layout.ts); kept parsed here, not among the packs.
    shard = (reader(where, 'bytes', false, signal) as Promise<Uint8Array>).then(async (data) => {
      const bytes = await gunzipBytes(data, where);
      let raw: unknown;
      try {
        raw = JSON.parse(decoder.decode(bytes));
      } catch {
        throw new BundleLoadError('数据目录文件不完整或已损坏', where);
      }
      if (!isOfThisVersion(raw) || typeof raw.files !== 'object' || raw.files === null) throw new BundleLoadError('数据目录文件不符合约定', where);
      const { folders } = raw as { folders?: unknown };
      if (folders !== undefined && (typeof folders !== 'object' || folders === null)) throw new BundleLoadError('数据目录文件不符合约定', where);
      return shardLocations({ files: raw.files as Record<string, string>, folders: folders as Record<string, FolderRun[]> | undefined });
    });
    generation.shards.set(n, shard);
    shard.catch(() => generation.shards.delete(n));
  }
  return (await shard)[path];
}

/**
 * Reads a logical file through one generation. A file of it that is gone (a 404 on a hashed name)
 * means the site was deployed again since the generation was read: {@link BundleStaleError}.
 */
export async function readIn(generation: Generation, path: string, as: 'json' | 'bytes', signal?: AbortSignal): Promise<unknown> {
  observer?.touch(path);
  let stored: string | undefined;
  try {
    stored = await storedPathIn(generation, path, signal);
  } catch (error) {
    if (error instanceof BundleNotFoundError) {
      forget(generation);
      throw new BundleStaleError(path);
    }
    throw error;
  }
  if (stored === undefined) throw new BundleNotFoundError(path);
  try {
    const value = await readStored(path, stored, as, signal);
    return observer ? observer.wrap(path, value) : value;
  } catch (error) {
    if (error instanceof BundleNotFoundError) {
      forget(generation);
      throw new BundleStaleError(path);
    }
    throw error;
  }
}

/**
 * Reads a logical file (a path `bundlePaths` gives) through the current deploy. When its file is
 * gone, or the path is unknown (an article of an edition deployed since the entry was read), the
 * entry is read afresh once: a newer deploy answers, the same one confirms the error.
 */
export async function readBundleFile(path: string, as: 'json' | 'bytes', signal?: AbortSignal): Promise<unknown> {
  const generation = await currentGeneration();
  try {
    return await readIn(generation, path, as, signal);
  } catch (error) {
    if (!(error instanceof BundleStaleError || error instanceof BundleNotFoundError)) throw error;
    forget(generation);
    const fresh = await currentGeneration();
    if (error instanceof BundleNotFoundError && sameDeploy(fresh, generation)) {
      // Still unknown in the current deploy: keep what was already read of its file map.
      fresh.shards = generation.shards;
      throw error;
    }
    return readIn(fresh, path, as, signal);
  }
}

/**
 * The current deploy's entry and the hashed files (under `data/`) behind `paths`, with the file map
 * shards that name them: what a reader needs kept to read those paths offline. A path the bundle
 * does not have is left out.
 */
export async function storedFilesOf(paths: readonly string[], signal?: AbortSignal): Promise<{ entry: DataEntry; files: string[] }> {
  const generation = await currentGeneration();
  const files = new Set<string>();
  for (const path of paths) {
    files.add(generation.entry.shards[shardOfPath(path, generation.entry.shards.length)]!);
    const stored = await storedPathIn(generation, path, signal);
    const where = stored === undefined ? undefined : parseStoredLocation(stored);
    if (where) files.add(where.file);
  }
  return { entry: generation.entry, files: [...files] };
}

const sameDeploy = (a: Generation, b: Generation) => a.entry.shards.join() === b.entry.shards.join();

function isOfThisVersion(raw: unknown): raw is { version: number; [key: string]: unknown } {
  return typeof raw === 'object' && raw !== null && (raw as { version?: unknown }).version === BUNDLE_VERSION;
}

/** The entry is the one file a host may serve from another deploy of another version: its shape is checked in full. */
function isDataEntry(raw: unknown): raw is DataEntry {
  if (!isOfThisVersion(raw)) return false;
  const { shards } = raw;
  return Array.isArray(shards) && shards.length > 0 && shards.every((shard) => typeof shard === 'string' && FILE_MAP_SHARD_PATTERN.test(shard));
}

/**
 * Loads a bundle file as the contract type `T`. Files are reached only through the entry's hashed
 * names, so each is the unchanged output of the build that validated it against its schema
 * (src/contract/bundle.ts): the app checks its version and carries no schema library to recheck
 * the rest, which would weigh more than the router in the first load.
 */
export async function loadBundleFile<T extends { version: number }>(path: string, signal?: AbortSignal): Promise<T> {
  const raw = await readBundleFile(path, 'json', signal);
  if (!isOfThisVersion(raw)) throw new BundleLoadError('数据格式不符合约定（可能来自另一版本的网站）', path);
  return raw as unknown as T;
}
