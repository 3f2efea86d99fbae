import { INDEX_FORMAT, type SearchEntry, type SegmentEntry } from './format.ts';

/**
 * The codec of `index.json`, the one file a reader fetches before any query: the build writes it
 * here, the engine reads it here, so both agree on its shape, and a file of another format or a
 * damaged one fails with a clear message instead of a wrong search.
 */
export function encodeSearchEntry(entry: SearchEntry): string {
  return JSON.stringify(entry);
}

function isSegment(s: unknown): s is SegmentEntry {
  if (typeof s !== 'object' || s === null) return false;
  const x = s as Record<string, unknown>;
  const count = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
  const date = (v: unknown) => v === undefined || typeof v === 'string';
  return (
    typeof x.key === 'string' &&
    /^[A-Za-z0-9_-]+$/.test(x.key) &&
    count(x.docCount) &&
    count(x.pageCount) &&
    Number.isInteger(x.bucketCount) &&
    (x.bucketCount as number) >= 1 &&
    typeof x.entities === 'boolean' &&
    date(x.first) &&
    date(x.last)
  );
}

export function decodeSearchEntry(data: Uint8Array | string): SearchEntry {
  const text = typeof data === 'string' ? data : new TextDecoder().decode(data);
  const parsed = JSON.parse(text) as Partial<SearchEntry>;
  if (parsed.format !== INDEX_FORMAT) throw new Error(`search index format ${String(parsed.format)}, expected ${INDEX_FORMAT}`);
  const segments = parsed.segments;
  if (!Array.isArray(segments) || !segments.every(isSegment) || typeof parsed.pinyin !== 'boolean') {
    throw new Error('search index entry is damaged (its list of segments does not parse)');
  }
  const docCount = segments.reduce((sum, s) => sum + s.docCount, 0);
  if (parsed.docCount !== docCount) throw new Error(`search index entry is damaged (${parsed.docCount} documents, its segments hold ${docCount})`);
  return { format: INDEX_FORMAT, docCount, pinyin: parsed.pinyin, segments };
}
