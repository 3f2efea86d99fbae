import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUNDLE_VERSION } from '../../contract/bundle.ts';
import { DATA_ENTRY, dataEntrySchema, parseStoredLocation, shardOf, shardOfPath } from '../../contract/deploy.ts';
import { addressBundle, decodeFileMapShard, encodeFileMapShard, type PackPlan } from './address.ts';

/** The file map's shards, which are packs too (gzipped JSON). */
const shardsOf = (stored: Map<string, string | Uint8Array>) => dataEntrySchema.parse(JSON.parse(String(stored.get(DATA_ENTRY)))).shards;

/** What the app reads for a logical path: through the entry, the file map, and a pack when it is a member. */
function resolve(stored: Map<string, string | Uint8Array>, path: string): string | Uint8Array | undefined {
  const entry = dataEntrySchema.parse(JSON.parse(String(stored.get(DATA_ENTRY))));
  const shard = decodeFileMapShard(stored.get(entry.shards[shardOfPath(path, entry.shards.length)]!) as Uint8Array);
  const value = shard.files[path];
  if (value === undefined) return undefined;
  const { file, member } = parseStoredLocation(value)!;
  const data = stored.get(file);
  if (!member || data === undefined) return data;
  if (member.ranged) {
    const slice = (data as Uint8Array).subarray(member.offset, member.offset + member.length);
    return path.endsWith('.json') ? gunzipSync(slice).toString('utf8') : slice;
  }
  const bytes = gunzipSync(data).subarray(member.offset, member.offset + member.length);
  return file.endsWith('.pack') && path.endsWith('.json') ? bytes.toString('utf8') : new Uint8Array(bytes);
}

/** Pages and articles by the edition in their name (`pages/<edition>-<n>.json`), 120 bytes a pack. */
const byEdition: PackPlan = (path) => {
  const edition = /^(?:pages|articles)\/(\d{4}-\d{2}-\d{2})/u.exec(path)?.[1];
  return edition ? { group: edition, order: path, targetBytes: 120 } : undefined;
};

const bundle = (extra: [string, string | Uint8Array][] = []) =>
  new Map<string, string | Uint8Array>([
    ['manifest.json', '{"editions":[]}'],
    ['pages/p1.json', '{"page":"p1"}'],
    ['search/b/0.bin', new Uint8Array([31, 139, 8, 0])],
    ...Array.from({ length: 1500 }, (_, i) => [`search/t/${i}.json`, `{"doc":${i}}`] as [string, string]),
    ...extra,
  ]);

describe('the content-addressed bundle', () => {
  it('finds every file by its logical path through the entry and the file map', () => {
    const files = bundle();
    const stored = addressBundle(files);
    for (const [path, data] of files) expect(resolve(stored, path), path).toEqual(data);
    expect(resolve(stored, 'pages/unknown.json')).toBeUndefined();
    expect([...stored.keys()].filter((p) => !p.startsWith('h/'))).toEqual([DATA_ENTRY]);
    expect([...stored.keys()].some((p) => /^h\/[\w-]{16}\.bin$/u.test(p))).toBe(true);
  });

  it('keeps the name of every file whose content did not change', () => {
    const before = addressBundle(bundle());
    const after = addressBundle(bundle([['pages/p2.json', '{"page":"p2"}']]));
    // A hashed name is its content, so a name present before is a file unchanged.
    const changed = [...after.keys()].filter((path) => !before.has(path) || path === DATA_ENTRY);
    // The new file, the one shard that lists it, and the entry.
    expect(changed).toHaveLength(3);
    expect(changed).toContain(DATA_ENTRY);
  });

  it('is the same for the same files', () => {
    expect([...addressBundle(bundle())]).toEqual([...addressBundle(bundle())]);
  });
});

describe('file map shards', () => {
  it('round-trip through their stored form, which is gzipped', () => {
    const shard = { version: BUNDLE_VERSION as typeof BUNDLE_VERSION, files: { 'manifest.json': 'h/AAAAAAAAAAAAAAAA.json', 'pages/p1.json': 'h/BBBBBBBBBBBBBBBB.pack:0+12' } };
    const stored = encodeFileMapShard(shard);
    expect(gunzipSync(stored).toString('utf8')).toContain('"manifest.json"');
    expect(decodeFileMapShard(stored)).toEqual(shard);
    expect(() => decodeFileMapShard(encodeFileMapShard({ ...shard, version: 0 } as never))).toThrow();
  });
});

describe('packs', () => {
  const edition = (date: string, pages: number) =>
    Array.from({ length: pages }, (_, i) => [`pages/${date}-${i}.json`, `{"page":"${date}-${i}","text":"${'字'.repeat(8)}"}`] as [string, string]);
  const files = (...editions: [string, string][][]) => new Map<string, string | Uint8Array>([['manifest.json', '{}'], ...editions.flat()]);

  it('stores a group’s small files together, each read back byte for byte', () => {
    const all = files(edition('2024-10-30', 6), edition('2024-10-31', 6));
    const stored = addressBundle(all, byEdition);
    for (const [path, data] of all) expect(resolve(stored, path), path).toEqual(data);
    const packs = [...stored.keys()].filter((path) => path.endsWith('.pack') && !shardsOf(stored).includes(path));
    // Six members of about 56 bytes, 120 bytes a pack: three packs an edition.
    expect(packs).toHaveLength(6);
    expect(stored.size).toBeLessThan(all.size);
  });

  it('adds an edition’s packs without renaming another edition’s', () => {
    const before = addressBundle(files(edition('2024-10-30', 6)), byEdition);
    const after = addressBundle(files(edition('2024-10-30', 6), edition('2024-10-31', 6)), byEdition);
    const packsBefore = [...before.keys()].filter((path) => path.endsWith('.pack') && !shardsOf(before).includes(path));
    expect(packsBefore.every((path) => after.has(path))).toBe(true);
  });

  it('stores a member too big for any pack alone, under its own kind of name', () => {
    const big = `{"text":"${'字'.repeat(200)}"}`;
    const stored = addressBundle(files([['pages/2024-10-30-0.json', big], ...edition('2024-10-30', 2).slice(1)]), byEdition);
    expect(resolve(stored, 'pages/2024-10-30-0.json')).toBe(big);
    expect([...stored.values()]).toContain(big);
  });
});

describe('ranged packs', () => {
  const ranged: PackPlan = (path) => (path.startsWith('search/') ? { group: 'search', order: path, targetBytes: 1 << 20, ranged: true } : undefined);

  it('holds a group in one stored .bin, each member its own bytes (JSON gzipped alone), read by offset', () => {
    const all = bundle();
    const stored = addressBundle(all, ranged);
    for (const [path, data] of all) expect(resolve(stored, path), path).toEqual(data);
    const bins = [...stored.keys()].filter((path) => path.endsWith('.bin'));
    expect(bins).toHaveLength(1);
    // The manifest and the page stay files of their own, and the 1,501 index files are one.
    expect(stored.size).toBeLessThan(10);
  });

  it('lists a search folder\'s files by folder: one entry in the folder\'s shard, not a location a file', () => {
    const stored = addressBundle(bundle(), ranged);
    const shards = shardsOf(stored).map((path) => JSON.parse(gunzipSync(stored.get(path) as Uint8Array).toString('utf8')));
    const holding = shards.filter((shard) => shard.folders?.['search/t']);
    expect(holding).toHaveLength(1);
    expect(shards.indexOf(holding[0])).toBe(shardOf('search/t', shards.length));
    expect(shards.some((shard) => Object.keys(shard.files).some((path) => path.startsWith('search/t/')))).toBe(false);
    expect(holding[0].folders['search/t'].flatMap((run: { names: string[] }) => run.names)).toHaveLength(1500);
    // A file map of a few hundred bytes a folder, not tens of bytes a file.
    const mapBytes = shardsOf(stored).reduce((sum, path) => sum + (stored.get(path) as Uint8Array).length, 0);
    expect(mapBytes).toBeLessThan(1500 * 4);
  });
});
