import type { SegmentText } from '../search/build.ts';
import type { BuiltSegment, IndexOptions } from '../search/segmented.ts';
import { parseSeed, type PageParse, type PageParser, type SeedInput } from './compile.ts';
import { findsIn, printedFields, type ArticleFind, type FindsSource } from './entities/extract.ts';
import { createHash } from 'node:crypto';
import { gzipPack, type PackGzip } from './bundle/address.ts';
import { cacheKey, type BuildCache } from './read/cache.ts';
import { stableStringify } from './stable-json.ts';

/**
 * What the build caches and under which keys. Every key is a hash of all a value was computed
 * from, the code that computed it included (`version`: source-version.ts), so an entry can only be
 * found again by a build that would compute the very same value: a hit is never stale.
 */

export const PARSE_NAMESPACE = 'parse';
export const SEGMENT_NAMESPACE = 'segment';
export const FINDS_NAMESPACE = 'finds';
export const PACK_NAMESPACE = 'pack';

/** A page's parse key: its name (problems name it), its text as decoded, its sidecar as read, the parser's version. */
export function seedKey(seed: SeedInput, version: string): string {
  const sidecar = seed.meta ? `${seed.meta.file}\u0000${stableStringify(seed.meta.json) ?? ''}` : '';
  return cacheKey('seed', version, seed.file, seed.text, sidecar);
}

/** Parses through the cache: a page whose key is known is not parsed again. */
export function cachedParser(cache: BuildCache, version: string): PageParser {
  return (seed, layout, lexicon) => {
    const key = seedKey(seed, version);
    const hit = cache.get<PageParse>(PARSE_NAMESPACE, key);
    if (hit) return hit;
    const { facts, items, problems, advertisement } = parseSeed(seed, layout, lexicon);
    const parse: PageParse = advertisement ? { facts, items, problems, advertisement } : { facts, items, problems };
    cache.set(PARSE_NAMESPACE, key, parse);
    // What a later build gets from the cache, so a cold build and a warm one compile the same values.
    return JSON.parse(JSON.stringify(parse)) as PageParse;
  };
}

/** A segment's text index key: its pages and articles, its sizes, the index code's version. */
export function segmentKey(input: SegmentText, options: object, version: string): string {
  return cacheKey('segment', version, stableStringify(options), stableStringify(input));
}

/** A segment as the cache holds it: binary files in base64. */
interface StoredSegment {
  entry: BuiltSegment['entry'];
  files: [path: string, kind: 'text' | 'base64', data: string][];
}

const toStored = (built: BuiltSegment): StoredSegment => ({
  entry: built.entry,
  files: [...built.files].map(([path, data]) => (typeof data === 'string' ? [path, 'text', data] : [path, 'base64', Buffer.from(data).toString('base64')])),
});

const fromStored = (stored: StoredSegment): BuiltSegment => ({
  entry: stored.entry,
  files: new Map(stored.files.map(([path, kind, data]) => [path, kind === 'text' ? data : new Uint8Array(Buffer.from(data, 'base64'))])),
});

/** Builds segments' text indexes through the cache: one whose pages and articles are unchanged comes back byte for byte, unbuilt. */
export function cachedSegments(cache: BuildCache, version: string): NonNullable<IndexOptions['segment']> {
  return (input, options, build) => {
    const key = segmentKey(input, options, version);
    const hit = cache.get<StoredSegment>(SEGMENT_NAMESPACE, key);
    if (hit) return fromStored(hit);
    const built = build();
    cache.set(SEGMENT_NAMESPACE, key, toStored(built));
    return built;
  };
}

/**
 * The entity rules' finds through the cache, keyed by the texts they read: most of what finding an
 * archive's entities costs, done once per article. Counting, resolving and the ids stay whole-archive
 * steps (a name's mentions and its id depend on every edition), run each build on what this gives.
 */
export function cachedFinds(cache: BuildCache, version: string): FindsSource {
  return (article, lexicon) => {
    const key = cacheKey('finds', version, ...printedFields(article));
    const hit = cache.get<ArticleFind[]>(FINDS_NAMESPACE, key);
    if (hit) return hit;
    const finds = findsIn(article, lexicon);
    cache.set(FINDS_NAMESPACE, key, finds);
    return finds;
  };
}

/**
 * Packs gzipped through the cache, keyed by their members' bytes: a new edition leaves most packs
 * as they were, and zlib at level 9 over every one was the bundle step's largest cost.
 */
export function cachedPackGzip(cache: BuildCache, version: string): PackGzip {
  return (joined) => {
    const key = cacheKey('pack', version, createHash('sha256').update(joined).digest('hex'));
    const hit = cache.get<string>(PACK_NAMESPACE, key);
    if (hit !== undefined) return new Uint8Array(Buffer.from(hit, 'base64'));
    const packed = gzipPack(joined);
    cache.set(PACK_NAMESPACE, key, Buffer.from(packed).toString('base64'));
    return packed;
  };
}
