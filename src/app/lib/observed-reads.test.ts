import { describe, expect, it } from 'vitest';
import { observations, readRecorder } from './observed-reads.ts';

const manifest = () => ({
  version: 5,
  site: { name: '示例日报', url: 'https://example.org/' },
  editions: [{ id: '2024-03-02', date: '2024-03-02' }, { id: '2024-03-01', date: '2024-03-01' }],
});

/** What a render reading `read` of the file saw, replayed on `other`: equal when it would render the same. */
function sameFor(read: (file: ReturnType<typeof manifest>) => unknown, other: unknown): boolean {
  const recorder = readRecorder();
  recorder.touch('manifest.json');
  read(recorder.wrap('manifest.json', manifest()) as ReturnType<typeof manifest>);
  const keys = recorder.result()['manifest.json']!;
  return JSON.stringify(observations(manifest(), keys)) === JSON.stringify(observations(other, keys));
}

describe('observed reads', () => {
  const siteName = (file: ReturnType<typeof manifest>) => file.site.name;

  it('hands the app the same values, behind a view that notes what it read', () => {
    const recorder = readRecorder();
    const seen = recorder.wrap('manifest.json', manifest()) as ReturnType<typeof manifest>;
    expect(seen).toEqual(manifest());
    expect(JSON.stringify(seen)).toBe(JSON.stringify(manifest()));
    expect(seen.editions.map((e) => e.id)).toEqual(['2024-03-02', '2024-03-01']);
    expect(Array.isArray(seen.editions)).toBe(true);
    expect(seen.site).toBe(seen.site);
  });

  it('ignores a change to what the render did not read', () => {
    const next = manifest();
    next.editions.unshift({ id: '2024-03-03', date: '2024-03-03' });
    expect(sameFor(siteName, next)).toBe(true);
  });

  it('sees a change to what it read, or a key added where it listed the keys', () => {
    expect(sameFor(siteName, { ...manifest(), site: { name: '另一份报', url: 'https://example.org/' } })).toBe(false);
    expect(sameFor((file) => file.editions[0]!.id, { ...manifest(), editions: [{ id: '2024-03-03', date: '2024-03-03' }] })).toBe(false);
    expect(sameFor((file) => Object.keys(file.site), { ...manifest(), site: { ...manifest().site, publisher: '某出版社' } })).toBe(false);
    expect(sameFor((file) => 'publisher' in file.site, { ...manifest(), site: { ...manifest().site, publisher: '某出版社' } })).toBe(false);
    expect(sameFor((file) => file.editions.length, { ...manifest(), editions: [] })).toBe(false);
  });

  it('notes a file read whole as bytes, and a file that was missing', () => {
    const recorder = readRecorder();
    recorder.wrap('search/index.bin', new Uint8Array([1, 2]));
    recorder.touch('pages/none.json');
    const keys = recorder.result();
    expect(observations(new Uint8Array([1, 2]), keys['search/index.bin']!)).not.toEqual(observations(new Uint8Array([1, 3]), keys['search/index.bin']!));
    expect(observations(undefined, keys['pages/none.json']!)).not.toEqual(observations({ version: 5 }, keys['pages/none.json']!));
  });
});
