import { itemTitle } from '../contract/item-title.ts';
import { decodeSearchEntry } from './entry.ts';
import { buildExcerpts, type SearchExcerpt } from './excerpt.ts';
import { expandTerm } from './expand.ts';
import { FileCache, type SearchFileLoader } from './files.ts';
import { paths, type SearchEntry } from './format.ts';
import { MAX_RAW_QUERY_LENGTH } from './normalizer.ts';
import { normalizeQuery, whenNormalizable } from './normalize-on-demand.ts';
import { PAGE_SIZE } from './page-size.ts';
import { DEFAULT_DICTIONARY_BUDGET } from './postings.ts';
import { Segment, type SegmentFacets } from './segment.ts';

export type { SearchExcerpt } from './excerpt.ts';
export type { SearchFileLoader } from './files.ts';

export interface SearchFilters {
  /** Keep articles printed on any of these pages. */
  pageIds?: string[];
  /** Keep articles of pages dated any of these days (`YYYY-MM-DD`). */
  dates?: string[];
  /** Keep articles mentioning any of these persons or enterprises. */
  entityIds?: string[];
  /** Keep articles of pages dated this day (`YYYY-MM-DD`) or later; undated pages are left out. */
  from?: string;
  /** Keep articles of pages dated this day (`YYYY-MM-DD`) or earlier; undated pages are left out. */
  to?: string;
}

/**
 * The order of hits: best match first, or by the date printed (newest or oldest first; within one
 * day in the index's order of pages and articles, undated articles last either way).
 */
export type SearchSort = 'relevance' | 'newest' | 'oldest';

export interface SearchOptions {
  /** Hits to return (default {@link PAGE_SIZE}, at most 100). */
  limit?: number;
  offset?: number;
  /** Filters of different kinds combine with AND. */
  filters?: SearchFilters;
  /** Default `relevance`. */
  sort?: SearchSort;
}

export interface CountOptions {
  filters?: SearchFilters;
}

export interface OpenOptions {
  /**
   * Raw index files kept after use, in bytes (default 32 MB): a long session of common searches
   * would otherwise keep every file it ever fetched. The least recently used go first.
   */
  fileCacheBytes?: number;
  /**
   * A longer term whose candidates' positions fetch at most this many bytes is verified in one
   * go, so its results come with their exact total; beyond it, candidates are verified in rank
   * order only until the page is full (default 32 KB; 0 does so for every posting not stored
   * inline in its bucket, which tests use with a tiny `inlineMax`).
   */
  verifyAtOnceBytes?: number;
}

export interface SearchHit {
  articleId: string;
  pageId: string;
  headline: string;
  /** What lists call the item: its headline, or for one without (a photo), its column or the start of its caption. */
  title: string;
  date?: string;
  pageNumber?: number;
  score: number;
  excerpts: SearchExcerpt[];
}

export interface SearchFacets {
  /** The pages with most hits (at most 20), most first. */
  pages: { id: string; count: number }[];
  /** Every date with hits, newest first. */
  dates: { value: string; count: number }[];
  persons: { id: string; name: string; count: number }[];
  enterprises: { id: string; name: string; count: number }[];
}

/** One page of hits: exactly the best matches in rank order, without counting every match. */
export interface SearchResults {
  query: string;
  /** Normalized terms, every one of which a hit contains. */
  terms: string[];
  /**
   * How many articles match, when finding this page established it (one- and two-character
   * terms, few candidates, or all verified); otherwise absent, and {@link SearchIndex.count} has it.
   */
  total?: number;
  /** Whether matches follow this page. */
  hasMore: boolean;
  hits: SearchHit[];
  /** Bytes of index files this search fetched (files cached from earlier searches count 0). */
  bytesFetched: number;
}

/** Every match counted: the total and the filter counts. */
export interface SearchCount {
  query: string;
  terms: string[];
  total: number;
  facets: SearchFacets;
  bytesFetched: number;
}

export interface SearchIndex {
  readonly docCount: number;
  /** The best matches, in rank order; verifies candidates only until the page is certain. */
  search(query: string, options?: SearchOptions): Promise<SearchResults>;
  /** Verifies every candidate: the exact total and facets (person and enterprise facets load `entities.json` once). */
  count(query: string, options?: CountOptions): Promise<SearchCount>;
  /**
   * How many articles match, and the ids of the first `limit` (default all) in rank order: a
   * fragment per id, so for tools, not the browser.
   */
  rankedIds(query: string, limit?: number): Promise<{ total: number; ids: string[] }>;
  /**
   * Every matching document number (ascending; numbers follow the ranking's page order), without
   * ranking, excerpts or facets: what tests and the benchmark compare with brute force.
   */
  matchDocs(query: string): Promise<Int32Array>;
  /** Bytes fetched since the index was opened. */
  readonly bytesFetched: number;
  /** Bytes of fetched index files held now (at most the open option's `fileCacheBytes`, once loads settle). */
  readonly cachedFileBytes: number;
}

const FACET_PAGES = 20;
const FACET_ENTITIES = 20;
const MAX_LIMIT = 100;

const NO_FACETS: SearchFacets = { pages: [], dates: [], persons: [], enterprises: [] };
const DEFAULT_VERIFY_AT_ONCE_BYTES = 32 * 1024;
const DEFAULT_FILE_CACHE_BYTES = 32 * 1024 * 1024;

/** A match of one segment: `seg` is its index in the entry's order (newest first), `doc` its number there. */
interface Hit {
  seg: number;
  doc: number;
  score: number;
}

/** The ranking's order: best score, then newer page and article id, which is segment order then document order. */
const byRank = (a: Hit, b: Hit) => b.score - a.score || a.seg - b.seg || a.doc - b.doc;

function queryText(query: unknown): string {
  return typeof query === 'string' ? query.slice(0, MAX_RAW_QUERY_LENGTH) : '';
}

/** A query's text and its normalized terms, once the 繁简 table has come if the query needs it. */
async function queryTerms(query: unknown): Promise<{ text: string; terms: string[] }> {
  const text = queryText(query);
  await whenNormalizable([text]);
  return { text, terms: normalizeQuery(text).terms };
}

/**
 * The index as its segments (segment.ts) one after another: a document's number across the index
 * is its segment's offset plus its own, so merging the segments' answers in segment order keeps
 * the monolithic index's order exactly. A query asks only the segments its date filters leave.
 */
class Engine implements SearchIndex {
  private readonly files: FileCache;
  private readonly segments: Segment[];
  /** The first document number of each segment. */
  private readonly offsets: number[];
  private pinyin?: Promise<Record<string, string[]>>;

  constructor(
    load: SearchFileLoader,
    private readonly entry: SearchEntry,
    options: OpenOptions,
  ) {
    this.files = new FileCache(load, options.fileCacheBytes ?? DEFAULT_FILE_CACHE_BYTES);
    const verifyAtOnce = options.verifyAtOnceBytes ?? DEFAULT_VERIFY_AT_ONCE_BYTES;
    const total = Math.max(1, entry.docCount);
    this.offsets = [];
    let offset = 0;
    this.segments = entry.segments.map((info) => {
      this.offsets.push(offset);
      offset += info.docCount;
      // Each segment keeps decoded lists in proportion to its size, so the index's total stays near one budget.
      const share = Math.max(1 / 8, info.docCount / total);
      const budget = {
        docListEntries: Math.ceil(DEFAULT_DICTIONARY_BUDGET.docListEntries * share),
        decodedInts: Math.ceil(DEFAULT_DICTIONARY_BUDGET.decodedInts * share),
      };
      return new Segment(this.files, info, verifyAtOnce, budget);
    });
  }

  get docCount(): number {
    return this.entry.docCount;
  }
  get bytesFetched(): number {
    return this.files.fetched;
  }
  get cachedFileBytes(): number {
    return this.files.cachedBytes;
  }

  private loadPinyin(): Promise<Record<string, string[]>> {
    if (!this.entry.pinyin) return Promise.resolve({});
    this.pinyin ??= this.files.json<Record<string, string[]>>(paths.pinyin);
    this.pinyin.catch(() => (this.pinyin = undefined));
    return this.pinyin;
  }

  /** Each term's alternatives: itself, and for a Latin term the entity names it may be the pinyin of. */
  private async alternatives(terms: string[]): Promise<string[][]> {
    const table = terms.some((t) => /^[a-z]{2,}$/.test(t)) ? await this.loadPinyin() : undefined;
    return terms.map((t) => expandTerm(t, table));
  }

  /** Indices of the segments whose documents may pass the filters, newest first. */
  private live(filters?: SearchFilters): number[] {
    const out: number[] = [];
    this.segments.forEach((s, i) => s.mayPass(filters) && out.push(i));
    return out;
  }

  /** The best `need + 1` matches over every segment: each segment's own best, merged. */
  private async topByRelevance(alternatives: string[][], filters: SearchFilters | undefined, need: number) {
    const live = this.live(filters);
    const tops = await Promise.all(live.map((s) => this.segments[s]!.top(alternatives, filters, need, 'relevance')));
    const hits = tops.flatMap((t, i) => t.top.map(({ doc, score }) => ({ seg: live[i]!, doc, score }))).sort(byRank);
    const total = tops.every((t) => t.total !== undefined) ? tops.reduce((sum, t) => sum + t.total!, 0) : undefined;
    return { top: hits.slice(0, need + 1), total };
  }

  /**
   * The first `need + 1` matches by date: segments in date order (undated last either way), each
   * asked only for what the page still lacks, so the walk stops at the segment that fills it.
   */
  private async topByDate(alternatives: string[][], filters: SearchFilters | undefined, need: number, sort: 'newest' | 'oldest') {
    let order = this.live(filters);
    if (sort === 'oldest') {
      const dated = order.filter((s) => this.segments[s]!.info.first !== undefined);
      order = [...dated.reverse(), ...order.filter((s) => this.segments[s]!.info.first === undefined)];
    }
    const top: Hit[] = [];
    let total: number | undefined = 0;
    let walked = 0;
    for (const s of order) {
      const found = await this.segments[s]!.top(alternatives, filters, need - top.length, sort);
      walked++;
      for (const { doc, score } of found.top) top.push({ seg: s, doc, score });
      total = total === undefined || found.total === undefined ? undefined : total + found.total;
      if (top.length > need) break;
    }
    return { top, total: walked === order.length ? total : undefined };
  }

  private async hit({ seg, doc, score }: Hit, needles: string[]): Promise<SearchHit> {
    const f = await this.segments[seg]!.fragment(doc);
    await whenNormalizable(f.fields.map(([, , text]) => text));
    const headline = f.fields[0]?.[2] ?? '';
    const text = (field: string) => f.fields.find(([name]) => name === field)?.[2];
    return {
      articleId: f.id,
      pageId: f.pageId,
      headline,
      title: itemTitle({ headline, column: text('column'), caption: text('caption'), kind: 'article' }),
      ...(f.date ? { date: f.date } : {}),
      ...(f.pageNumber ? { pageNumber: f.pageNumber } : {}),
      score,
      excerpts: buildExcerpts(f.fields, needles),
    };
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchResults> {
    const before = this.files.fetched;
    const { text, terms } = await queryTerms(query);
    if (terms.length === 0) return { query: text, terms, total: 0, hasMore: false, hits: [], bytesFetched: 0 };
    const alternatives = await this.alternatives(terms);
    const offset = Number.isFinite(options.offset) ? Math.max(0, Math.floor(options.offset!)) : 0;
    const limit = Number.isFinite(options.limit) ? Math.max(0, Math.min(MAX_LIMIT, Math.floor(options.limit!))) : PAGE_SIZE;
    const need = offset + limit;
    const sort = options.sort ?? 'relevance';
    const { top, total } =
      sort === 'newest' || sort === 'oldest'
        ? await this.topByDate(alternatives, options.filters, need, sort)
        : await this.topByRelevance(alternatives, options.filters, need);
    const needles = alternatives.flat();
    const hits = await Promise.all(top.slice(offset, need).map((h) => this.hit(h, needles)));
    return {
      query: text,
      terms,
      ...(total === undefined ? {} : { total }),
      hasMore: top.length > need,
      hits,
      bytesFetched: this.files.fetched - before,
    };
  }

  /** Every verified match of every segment the filters leave: [segment, its matches, their scores]. */
  private async allMatches(alternatives: string[][], filters?: SearchFilters) {
    const live = this.live(filters);
    const found = await Promise.all(live.map((s) => this.segments[s]!.verifiedMatches(alternatives, filters)));
    return found.map((m, i) => ({ seg: live[i]!, ...m }));
  }

  async count(query: string, options: CountOptions = {}): Promise<SearchCount> {
    const before = this.files.fetched;
    const { text, terms } = await queryTerms(query);
    if (terms.length === 0) return { query: text, terms, total: 0, facets: NO_FACETS, bytesFetched: 0 };
    const matches = (await this.allMatches(await this.alternatives(terms), options.filters)).filter((m) => m.docs.length > 0);
    const total = matches.reduce((sum, m) => sum + m.docs.length, 0);
    const facets = total === 0 ? NO_FACETS : await this.facets(matches);
    return { query: text, terms, total, facets, bytesFetched: this.files.fetched - before };
  }

  async rankedIds(query: string, limit = Number.POSITIVE_INFINITY): Promise<{ total: number; ids: string[] }> {
    const { terms } = await queryTerms(query);
    if (terms.length === 0) return { total: 0, ids: [] };
    const matches = await this.allMatches(await this.alternatives(terms));
    const ranked = matches.flatMap(({ seg, docs, scores }) => Array.from(docs, (doc, i) => ({ seg, doc, score: scores[i]! }))).sort(byRank);
    const shown = ranked.slice(0, Math.min(ranked.length, limit));
    const ids: string[] = [];
    // In batches, past the fragment cache: a tool may list every match of a common word.
    for (let i = 0; i < shown.length; i += 64) {
      const fragments = await Promise.all(shown.slice(i, i + 64).map((h) => this.segments[h.seg]!.fragmentUncached(h.doc)));
      ids.push(...fragments.map((f) => f.id));
    }
    return { total: ranked.length, ids };
  }

  async matchDocs(query: string): Promise<Int32Array> {
    const { terms } = await queryTerms(query);
    if (terms.length === 0) return new Int32Array(0);
    const matches = await this.allMatches(await this.alternatives(terms));
    const out = new Int32Array(matches.reduce((sum, m) => sum + m.docs.length, 0));
    let n = 0;
    for (const { seg, docs } of matches) for (const d of docs) out[n++] = this.offsets[seg]! + d;
    return out;
  }

  /** The segments' facet counts summed: their pages and dates are their own, entities add up. */
  private async facets(matches: { seg: number; docs: Int32Array }[]): Promise<SearchFacets> {
    const parts: SegmentFacets[] = await Promise.all(matches.map((m) => this.segments[m.seg]!.facets(m.docs, FACET_PAGES)));
    // Each segment's best pages hold the best of all (same order: most hits, then segment, then page).
    const pages = parts
      .flatMap((p, i) => p.pages.map(([page, count]) => ({ seg: matches[i]!.seg, page, count })))
      .sort((a, b) => b.count - a.count || a.seg - b.seg || a.page - b.page)
      .slice(0, FACET_PAGES);
    const entities = new Map<string, SegmentFacets['entities'][number]>();
    for (const p of parts) {
      for (const e of p.entities) {
        const seen = entities.get(e.id);
        if (seen) seen.count += e.count;
        else entities.set(e.id, { ...e });
      }
    }
    const counted = [...entities.values()].sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
    const pick = (kind: 'person' | 'enterprise') =>
      counted
        .filter((e) => e.kind === kind)
        .slice(0, FACET_ENTITIES)
        .map(({ id, name, count }) => ({ id, name, count }));
    return {
      pages: await Promise.all(pages.map(async ({ seg, page, count }) => ({ id: await this.segments[seg]!.pageId(page), count }))),
      dates: parts.flatMap((p) => p.dates),
      persons: pick('person'),
      enterprises: pick('enterprise'),
    };
  }
}

/** Opens the index whose entry file is `entry` (a path relative to `data/search/`). */
export async function openSearchIndex(load: SearchFileLoader, entry: string, options: OpenOptions = {}): Promise<SearchIndex> {
  return new Engine(load, decodeSearchEntry(await load(entry)), options);
}
