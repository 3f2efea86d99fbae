import { describe, expect, it } from 'vitest';
import { decodeSearchEntry, encodeSearchEntry } from './entry.ts';
import { INDEX_FORMAT, type SearchEntry } from './format.ts';

const entry: SearchEntry = {
  format: INDEX_FORMAT,
  docCount: 7,
  pinyin: true,
  segments: [
    { key: '2024-10-31_2024-10-31', docCount: 2, bucketCount: 1, pageCount: 1, entities: true, first: '2024-10-31', last: '2024-10-31' },
    { key: '2024-10-29_2024-10-30', docCount: 4, bucketCount: 3, pageCount: 2, entities: false, first: '2024-10-29', last: '2024-10-30' },
    { key: 'undated', docCount: 1, bucketCount: 1, pageCount: 1, entities: false },
  ],
};

describe('the entry codec (index.json)', () => {
  it('round-trips, as text and as bytes', () => {
    expect(decodeSearchEntry(encodeSearchEntry(entry))).toEqual(entry);
    expect(decodeSearchEntry(new TextEncoder().encode(encodeSearchEntry(entry)))).toEqual(entry);
    expect(decodeSearchEntry(encodeSearchEntry({ ...entry, docCount: 0, segments: [] }))).toEqual({ ...entry, docCount: 0, segments: [] });
  });

  it('refuses another format or a damaged list', () => {
    expect(() => decodeSearchEntry(JSON.stringify({ ...entry, format: 3 }))).toThrow(`format 3, expected ${INDEX_FORMAT}`);
    expect(() => decodeSearchEntry(JSON.stringify({ ...entry, docCount: 8 }))).toThrow('damaged');
    expect(() => decodeSearchEntry(JSON.stringify({ ...entry, segments: [{ ...entry.segments[0], key: '../x' }] }))).toThrow('damaged');
    expect(() => decodeSearchEntry(JSON.stringify({ ...entry, segments: [{ ...entry.segments[0], bucketCount: 0 }] }))).toThrow('damaged');
  });
});
