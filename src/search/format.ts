/**
 * The index files under `data/search/` (paths below are relative to it):
 * - `index.json`          {@link SearchEntry}: the segments (entry.ts is its codec; fetched on first use).
 * - `pinyin.json`         pinyin keys of entity names (`shenglei`, `sl`) -> names, for every segment.
 * - `s/<key>/...`         one segment (segments.ts): an index of its own editions, documents numbered
 *                         within it, in the files below (paths relative to its folder).
 *
 * A segment's files:
 * - `doc-pages.json`      {@link DocPagesFile}: each document's page, the pages' dates (for filters and facets).
 * - `b/<n>.bin`           a bucket of the gram dictionary: every gram whose hash falls in bucket n,
 *                         with its posting inline when small.
 * - `g/<key>.bin`         the whole posting of a medium gram (documents, rank bytes, positions).
 * - `d/<key>.bin`         a large gram's document stream (documents and rank bytes, no positions).
 * - `p/<key>-<i>.bin`     chunk i of a large gram's positions, by document range.
 * - `t/<doc>.json`        one article's text and facts ({@link Fragment}), fetched for excerpts.
 * - `pages/<n>.json`      page ids, dates and numbers, {@link PAGE_CHUNK} pages a file.
 * - `entities.json`       persons and enterprises the segment mentions, with its document lists.
 * Every `.bin` file is stored gzip-compressed (gzip.ts), so it travels compressed from any host.
 */

/** 3: binary files are gzip-compressed (gzip.ts). 4: segments. 5: rare bigrams without positions, no rank bytes beside positions, one varint for tier and length, keys stored as their hash's quotient (keyInBucket). */
export const INDEX_FORMAT = 5;
export const ENTRY_FILE = 'index.json';
export const PAGE_CHUNK = 256;

/** One segment as the entry lists it: what the engine needs to open it without fetching anything. */
export interface SegmentEntry {
  key: string;
  docCount: number;
  bucketCount: number;
  pageCount: number;
  /** Whether its `entities.json` exists. */
  entities: boolean;
  /** Its first and last edition's date; both absent for the undated segment. */
  first?: string;
  last?: string;
}

export interface SearchEntry {
  format: typeof INDEX_FORMAT;
  docCount: number;
  /** Whether `pinyin.json` exists. */
  pinyin: boolean;
  /**
   * Newest first, the undated one last: the ranking's document order is theirs one after the
   * other, so a document's number across the index is its segment's offset plus its own.
   */
  segments: SegmentEntry[];
}

/**
 * Which page each document is on and which date each page has: what filters and facets need, and
 * the first page of hits does not (its fragments carry page and date), so it is a file of its own.
 */
export interface DocPagesFile {
  /** Base64 varints: page index of each document minus the previous one's, zigzag (documents run newest first). */
  docPages: string;
  /** Distinct page dates, newest first; pages without a date come after all dated ones. */
  dates: string[];
  /** How many pages (in page-index order) carry each of `dates`. */
  datePages: number[];
}

/** What `t/<doc>.json` holds: enough to show a hit and excerpt it. */
export interface Fragment {
  id: string;
  pageId: string;
  date?: string;
  pageNumber?: number;
  /** The article's searchable texts in index order: [field, index, text]. */
  fields: [string, number, string][];
}

export interface EntitiesFileData {
  entities: { id: string; name: string; kind: 'person' | 'enterprise'; docs: string }[];
}

/** Gram keys: a UTF-16 unit for unigrams, `first * 65536 + second` for bigrams (always >= 65536). */
export function bigramKey(a: number, b: number): number {
  return a * 65536 + b;
}

const MIX = 0x45d9f3b;
/** MIX's inverse modulo 2^32 (Newton's iteration: each step doubles the correct low bits). */
const MIX_INVERSE = (() => {
  let inverse = MIX;
  for (let i = 0; i < 5; i++) inverse = Math.imul(inverse, 2 - Math.imul(MIX, inverse));
  return inverse;
})();

/** A gram key (below 2^32) scrambled one to one: its remainder by the bucket count picks the bucket. */
export function gramHash(key: number): number {
  let h = key >>> 0;
  h = Math.imul(h ^ (h >>> 16), MIX);
  h = Math.imul(h ^ (h >>> 16), MIX);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The key whose {@link gramHash} is `hash`. */
export function gramOfHash(hash: number): number {
  let h = hash >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, MIX_INVERSE);
  h ^= h >>> 16;
  h = Math.imul(h, MIX_INVERSE);
  return (h ^ (h >>> 16)) >>> 0;
}

export function bucketOf(key: number, bucketCount: number): number {
  return gramHash(key) % bucketCount;
}

/**
 * What a bucket stores for a key: its hash divided by the bucket count (the remainder is the
 * bucket's number). In ascending order these are dense, so their deltas take about two bytes,
 * where the keys' own deltas, scattered by the hash, took four.
 */
export function keyInBucket(key: number, bucketCount: number): number {
  return Math.floor(gramHash(key) / bucketCount);
}

export function keyFromBucket(stored: number, bucket: number, bucketCount: number): number {
  return gramOfHash(stored * bucketCount + bucket);
}

/** A segment's folder: its files' paths (below) are relative to it. */
export const segmentDir = (key: string) => `s/${key}/`;

export const paths = {
  bucket: (n: number) => `b/${n}.bin`,
  gram: (key: number) => `g/${key.toString(36)}.bin`,
  docStream: (key: number) => `d/${key.toString(36)}.bin`,
  chunk: (key: number, i: number) => `p/${key.toString(36)}-${i}.bin`,
  fragment: (doc: number) => `t/${doc.toString(36)}.json`,
  pages: (n: number) => `pages/${n}.json`,
  docPages: 'doc-pages.json',
  entities: 'entities.json',
  pinyin: 'pinyin.json',
} as const;

/**
 * By default a bigram in at most this many of its segment's documents is stored without positions
 * (its posting is documents and rank bytes, as a unigram's): a longer term holding it has at most
 * this many candidates there, verified against their text fragments, which the page of results
 * fetches anyway. Positions of the rare bigrams were a quarter of the dictionary's bytes.
 */
export const RARE_BIGRAM_DF = 8;

/** Whether a posting stored in this tier holds positions (a bigram's, unless it is rare). */
export const tierHasPositions = (tier: number) => tier === Tier.InlineFull || tier === Tier.FileFull || tier === Tier.Chunked;

/**
 * How a gram's posting is stored (the dictionary entry's `tier`). A bucket is a varint count of
 * entries, then per entry, in {@link keyInBucket} order: its delta, {@link tierAndLength}, the document
 * frequency unless the posting is inline (its documents are counted there), the inline posting, or
 * for `Chunked` the chunk count and per chunk its first document's delta and its byte length.
 */
export const Tier = {
  /** Posting inside the bucket: per document docDelta, count, position deltas (its rank byte follows from them). */
  InlineFull: 0,
  /** Posting inside the bucket: per document docDelta, rank (unigrams and rare bigrams: no positions). */
  InlineDocs: 1,
  /** Full posting (as `InlineFull`) in `g/<key>.bin`. */
  FileFull: 2,
  /** Document stream in `d/<key>.bin` (unigrams and rare bigrams). */
  FileDocs: 3,
  /** Document stream (docDelta, rank) in `d/<key>.bin`, positions in chunks `p/<key>-<i>.bin` (docDelta, count, positions). */
  Chunked: 4,
} as const;

const TIERS = 5;

/** One varint for an entry's tier and the byte length of its posting (of its document stream for `Chunked`). */
export const tierAndLength = (tier: number, length: number) => length * TIERS + tier;

export function splitTierAndLength(value: number): { tier: number; length: number } {
  return { tier: value % TIERS, length: Math.floor(value / TIERS) };
}
