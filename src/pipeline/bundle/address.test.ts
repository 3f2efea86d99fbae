import { describe, expect, it } from 'vitest';
import { DATA_ENTRY, dataEntrySchema, fileMapShardSchema, shardOf } from '../../contract/deploy.ts';
import { addressBundle } from './address.ts';

function resolve(stored: Map<string, string | Uint8Array>, path: string): string | Uint8Array | undefined {
  const entry = dataEntrySchema.parse(JSON.parse(String(stored.get(DATA_ENTRY))));
  const shard = fileMapShardSchema.parse(JSON.parse(String(stored.get(entry.shards[shardOf(path, entry.shards.length)]!))));
  const hashed = shard.files[path];
  return hashed === undefined ? undefined : stored.get(hashed);
}

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
