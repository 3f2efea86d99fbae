import { gunzipBytes, isCompressed } from './gzip.ts';

/** Fetches one index file; `path` is relative to `data/search/`. */
export type SearchFileLoader = (path: string) => Promise<Uint8Array>;

/**
 * The index files fetched so far, one cache for every segment of an open index, so the byte
 * budget and the bytes-fetched count are the index's, whatever number of segments a query touches.
 */
export class FileCache {
  private files = new Map<string, Promise<Uint8Array>>();
  /** Sizes of the fetched files still in `files`. */
  private fileSizes = new Map<string, number>();
  cachedBytes = 0;
  fetched = 0;

  constructor(
    private readonly load: SearchFileLoader,
    private readonly budget: number,
  ) {}

  fetch(path: string): Promise<Uint8Array> {
    let file = this.files.get(path);
    if (file) {
      // Most recently used last, so eviction takes the oldest first.
      this.files.delete(path);
      this.files.set(path, file);
      return file;
    }
    file = this.load(path).then(async (stored) => {
      // Bytes on the wire are what a reader pays for; the cache holds the decoded file.
      this.fetched += stored.length;
      const data = isCompressed(path) ? await gunzipBytes(stored, path) : stored;
      if (this.files.get(path) === file) {
        this.fileSizes.set(path, data.length);
        this.cachedBytes += data.length;
        this.evict();
      }
      return data;
    });
    this.files.set(path, file);
    // A failed fetch (offline) may succeed later.
    file.catch(() => this.files.delete(path));
    return file;
  }

  async json<T>(path: string): Promise<T> {
    return JSON.parse(new TextDecoder().decode(await this.fetch(path))) as T;
  }

  /** Drops the least recently used fetched files until the cache is back to three quarters of its budget. */
  private evict(): void {
    if (this.cachedBytes <= this.budget) return;
    for (const path of this.files.keys()) {
      if (this.cachedBytes <= this.budget * 0.75) break;
      const size = this.fileSizes.get(path);
      // Still loading: its size is not known yet, and a caller is waiting for it.
      if (size === undefined) continue;
      this.files.delete(path);
      this.fileSizes.delete(path);
      this.cachedBytes -= size;
    }
  }
}
