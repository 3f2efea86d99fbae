import { describe, expect, it } from 'vitest';
import { BUNDLE_VERSION } from '../../contract/bundle.ts';
import { DATA_ENTRY } from '../../contract/deploy.ts';
import { BundleNotFoundError, BundleStaleError, readBundleFile, setStoredFileReader, type StoredFileReader } from './bundle-source.ts';

/** Gzip as the build stores a file map shard, with the browser's own stream (the app's tests run without Node's types). */
async function gzip(text: string): Promise<Uint8Array> {
  return new Uint8Array(await new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer());
}

/** A deploy as stored: one shard naming each logical path's hashed file. */
async function deploy(tag: string, files: Record<string, unknown>) {
  const stored: Record<string, unknown> = {};
  const map: Record<string, string> = {};
  Object.entries(files).forEach(([path, data], i) => {
    const hashed = `h/${`${tag}${i}`.padEnd(16, '0')}.json`;
    map[path] = hashed;
    stored[hashed] = data;
  });
  // A shard is stored gzipped: a pack of one member.
  const shard = `h/${`${tag}map`.padEnd(16, '0')}.pack`;
  stored[shard] = await gzip(JSON.stringify({ version: BUNDLE_VERSION, files: map }));
  stored[DATA_ENTRY] = { version: BUNDLE_VERSION, shards: [shard] };
  return stored;
}

/** A host serving `serve()` (swapped by a test to redeploy), counting reads of the entry. */
function host(serve: () => Record<string, unknown>) {
  const log = { entries: 0 };
  const reader: StoredFileReader = async (path) => {
    if (path === DATA_ENTRY) log.entries++;
    const files = serve();
    if (!(path in files)) throw new BundleNotFoundError(path);
    return files[path];
  };
  setStoredFileReader(reader);
  return log;
}

const yesterday = await deploy('a', { 'manifest.json': { day: 1 }, 'pages/p1.json': { page: 'p1' } });
const today = await deploy('b', { 'manifest.json': { day: 2 }, 'pages/p1.json': { page: 'p1' }, 'pages/p2.json': { page: 'p2' } });

describe('reading the bundle through the entry', () => {
  it('finds a logical file through the entry and its file map, reading the entry once', async () => {
    const log = host(() => today);
    expect(await readBundleFile('manifest.json', 'json')).toEqual({ day: 2 });
    expect(await readBundleFile('pages/p1.json', 'json')).toEqual({ page: 'p1' });
    expect(log.entries).toBe(1);
  });

  it('after a redeploy removed the files it named, reads the new entry once and goes on', async () => {
    let files = yesterday;
    const log = host(() => files);
    expect(await readBundleFile('manifest.json', 'json')).toEqual({ day: 1 });
    files = today;
    expect(await readBundleFile('pages/p1.json', 'json')).toEqual({ page: 'p1' });
    // Yesterday's shard was read already, so p2 looks unknown: the fresh entry knows it.
    expect(await readBundleFile('pages/p2.json', 'json')).toEqual({ page: 'p2' });
    expect(await readBundleFile('manifest.json', 'json')).toEqual({ day: 2 });
    expect(log.entries).toBe(2);
  });

  it('an unknown file is not found after one fresh look; files that stay missing are a clear error', async () => {
    host(() => today);
    await expect(readBundleFile('pages/nope.json', 'json')).rejects.toBeInstanceOf(BundleNotFoundError);
    // Today's entry, yesterday's files only: the entry names files no longer (or not yet) there.
    host(() => ({ ...yesterday, [DATA_ENTRY]: today[DATA_ENTRY] }));
    await expect(readBundleFile('manifest.json', 'json')).rejects.toThrow(BundleStaleError);
    await expect(readBundleFile('manifest.json', 'json')).rejects.toThrow('网站刚刚更新，请刷新页面');
  });
});
