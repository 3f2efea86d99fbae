import { itemTitle } from '../contract/item-title.ts';
import { buildExcerpts, type SearchExcerpt } from './excerpt.ts';
import { expandTerm } from './expand.ts';
import { gunzipBytes, isCompressed } from './gzip.ts';
import {
  INDEX_FORMAT,
  PAGE_CHUNK,
  paths,
  type DocPagesFile,
  type EntitiesFileData,
  type Fragment,
  type SearchEntry,
} from './format.ts';
import { candidatesOf, intersectDocs, unionCandidates, type Candidates } from './match.ts';
import { normalizeQuery, MAX_RAW_QUERY_LENGTH } from './normalize.ts';
import { Dictionary, type DocList } from './postings.ts';
import { PAGE_SIZE } from './page-size.ts';
import { MAX_SCORE, scoreOf, scoreOf1 } from './rank.ts';
import { ByteReader, fromBase64 } from './varint.ts';

export type { SearchExcerpt } from './excerpt.ts';

/** Fetches one index file; `path` is relative to `data/search/`. */
export type SearchFileLoader = (path: string) => Promise<Uint8Array>;

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

interface EntityInfo {
  id: string;
  name: string;
  kind: 'person' | 'enterprise';
  docs: Int32Array;
}

function decodeDocList(base64: string): Int32Array {
  const data = fromBase64(base64);
  const r = new ByteReader(data);
  const out: number[] = [];
  let d = -1;
  while (!r.done) {
    d += r.varint();
    out.push(d);
  }
  return Int32Array.from(out);
}

const NO_FACETS: SearchFacets = { pages: [], dates: [], persons: [], enterprises: [] };
const DEFAULT_VERIFY_AT_ONCE_BYTES = 32 * 1024;
const DEFAULT_FILE_CACHE_BYTES = 32 * 1024 * 1024;

interface Scored {
  doc: number;
  score: number;
}

interface DocPages {
  docPage: Int32Array;
  /** Date index of each page (dates.length for undated pages). */
  pageDate: Int32Array;
  dates: string[];
}

function queryText(query: unknown): string {
  return typeof query === 'string' ? query.slice(0, MAX_RAW_QUERY_LENGTH) : '';
}

function intersectAll(lists: { docs: Int32Array }[]): Int32Array {
  let docs = lists[0]?.docs ?? new Int32Array(0);
  for (const l of lists.slice(1)) docs = intersectDocs(docs, l.docs);
  return docs;
}

class Engine implements SearchIndex {
  private files = new Map<string, Promise<Uint8Array>>();
  /** Sizes of the fetched files still in `files`. */
  private fileSizes = new Map<string, number>();
  private cachedBytes = 0;
  private readonly fileCacheBytes: number;
  private fetched = 0;
  private readonly dict: Dictionary;
  private pageChunks = new Map<number, Promise<{ id: string; date?: string; number?: number }[]>>();
  private docPagesFile?: Promise<DocPages>;
  private entities?: Promise<EntityInfo[]>;
  private pinyin?: Promise<Record<string, string[]>>;
  private readonly verifyAtOnceBytes: number;

  constructor(
    private readonly load: SearchFileLoader,
    private readonly entry: SearchEntry,
    options: OpenOptions,
  ) {
    this.dict = new Dictionary((p) => this.fetch(p), entry.bucketCount);
    this.verifyAtOnceBytes = options.verifyAtOnceBytes ?? DEFAULT_VERIFY_AT_ONCE_BYTES;
    this.fileCacheBytes = options.fileCacheBytes ?? DEFAULT_FILE_CACHE_BYTES;
  }

  get docCount(): number {
    return this.entry.docCount;
  }
  get bytesFetched(): number {
    return this.fetched;
  }
  get cachedFileBytes(): number {
    return this.cachedBytes;
  }

  private fetch(path: string): Promise<Uint8Array> {
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
        this.evictFiles();
      }
      return data;
    });
    this.files.set(path, file);
    // A failed fetch (offline) may succeed later.
    file.catch(() => this.files.delete(path));
    return file;
  }

  /** Drops the least recently used fetched files until the cache is back to three quarters of its budget. */
  private evictFiles(): void {
    if (this.cachedBytes <= this.fileCacheBytes) return;
    for (const path of this.files.keys()) {
      if (this.cachedBytes <= this.fileCacheBytes * 0.75) break;
      const size = this.fileSizes.get(path);
      // Still loading: its size is not known yet, and a caller is waiting for it.
      if (size === undefined) continue;
      this.files.delete(path);
      this.fileSizes.delete(path);
      this.cachedBytes -= size;
    }
  }

  private fragments = new Map<number, Promise<Fragment>>();

  private fragment(doc: number): Promise<Fragment> {
    let f = this.fragments.get(doc);
    if (!f) {
      if (this.fragments.size >= 512) this.fragments.clear();
      f = this.json<Fragment>(paths.fragment(doc));
      this.fragments.set(doc, f);
      f.catch(() => this.fragments.delete(doc));
    }
    return f;
  }

  private async json<T>(path: string): Promise<T> {
    return JSON.parse(new TextDecoder().decode(await this.fetch(path))) as T;
  }

  private pageChunk(c: number) {
    let chunk = this.pageChunks.get(c);
    if (!chunk) {
      chunk = this.json<{ id: string; date?: string; number?: number }[]>(paths.pages(c));
      this.pageChunks.set(c, chunk);
      chunk.catch(() => this.pageChunks.delete(c));
    }
    return chunk;
  }

  private docPages(): Promise<DocPages> {
    this.docPagesFile ??= this.json<DocPagesFile>(paths.docPages).then((file) => {
      const docPage = new Int32Array(this.entry.docCount);
      const r = new ByteReader(fromBase64(file.docPages));
      let page = 0;
      for (let d = 0; d < docPage.length; d++) {
        const z = r.varint();
        page += z % 2 === 0 ? z / 2 : -(z + 1) / 2;
        docPage[d] = page;
      }
      const pageDate = new Int32Array(this.entry.pageCount + 1).fill(file.dates.length);
      let p = 0;
      file.datePages.forEach((count, di) => {
        for (let k = 0; k < count; k++) pageDate[p++] = di;
      });
      return { docPage, pageDate, dates: file.dates };
    });
    this.docPagesFile.catch(() => (this.docPagesFile = undefined));
    return this.docPagesFile;
  }

  private loadEntities(): Promise<EntityInfo[]> {
    if (!this.entry.entities) return Promise.resolve([]);
    this.entities ??= this.json<EntitiesFileData>(paths.entities).then((f) =>
      f.entities.map((e) => ({ id: e.id, name: e.name, kind: e.kind, docs: decodeDocList(e.docs) })),
    );
    this.entities.catch(() => (this.entities = undefined));
    return this.entities;
  }

  private loadPinyin(): Promise<Record<string, string[]>> {
    if (!this.entry.pinyin) return Promise.resolve({});
    this.pinyin ??= this.json<Record<string, string[]>>(paths.pinyin);
    this.pinyin.catch(() => (this.pinyin = undefined));
    return this.pinyin;
  }

  /** The documents of `docs` (ascending) that pass every filter. */
  private async filterDocs(docs: Int32Array, filters: SearchFilters = {}): Promise<Int32Array> {
    const tests: ((doc: number) => boolean)[] = [];
    if (filters.pageIds && filters.pageIds.length > 0) {
      const wanted = new Set(filters.pageIds);
      const [{ docPage }, chunks] = await Promise.all([
        this.docPages(),
        Promise.all(Array.from({ length: Math.ceil(this.entry.pageCount / PAGE_CHUNK) }, (_, c) => this.pageChunk(c))),
      ]);
      const pages = new Set<number>();
      chunks.forEach((chunk, c) => chunk.forEach((p, i) => wanted.has(p.id) && pages.add(c * PAGE_CHUNK + i)));
      tests.push((d) => pages.has(docPage[d]!));
    }
    if (filters.dates && filters.dates.length > 0) {
      const { docPage, pageDate, dates } = await this.docPages();
      const wanted = new Set(filters.dates.map((v) => dates.indexOf(v)).filter((i) => i >= 0));
      tests.push((d) => wanted.has(pageDate[docPage[d]!]!));
    }
    if (filters.from !== undefined || filters.to !== undefined) {
      const { docPage, pageDate, dates } = await this.docPages();
      const { from = '', to = '\uffff' } = filters;
      // Indexed by date index; an undated page's index (dates.length) is past the end, so it never passes.
      const inRange = dates.map((date) => date >= from && date <= to);
      tests.push((d) => inRange[pageDate[docPage[d]!]!] === true);
    }
    if (filters.entityIds && filters.entityIds.length > 0) {
      const wanted = new Set(filters.entityIds);
      const mentioned = new Set<number>();
      for (const e of await this.loadEntities()) if (wanted.has(e.id)) e.docs.forEach((d) => mentioned.add(d));
      tests.push((d) => mentioned.has(d));
    }
    return tests.length === 0 ? docs : docs.filter((d) => tests.every((t) => t(d)));
  }

  /** Each term's candidates (a Latin term may also stand for the entity names it is the pinyin of). */
  private async candidates(terms: string[]): Promise<{ alternatives: string[][]; perTerm: Candidates[] }> {
    const table = terms.some((t) => /^[a-z]{2,}$/.test(t)) ? await this.loadPinyin() : undefined;
    const alternatives = terms.map((t) => expandTerm(t, table));
    const perTerm = await Promise.all(
      alternatives.map(async (alts) => unionCandidates(await Promise.all(alts.map((a) => candidatesOf(this.dict, a))))),
    );
    return { alternatives, perTerm };
  }

  /** Every match, verified, with each term's exact rank bytes. */
  private async verifiedMatches(perTerm: Candidates[], filters?: SearchFilters) {
    let docs = await this.filterDocs(intersectAll(perTerm), filters);
    const lists = await Promise.all(perTerm.map((t) => t.verify(docs)));
    docs = intersectAll([{ docs }, ...lists]);
    return { docs, scores: scoresOf(docs, lists) };
  }

  /** Whether verifying every one of `docs` fetches few enough position bytes to do it in one go. */
  private verifiesAtOnce(perTerm: Candidates[], docs: Int32Array): boolean {
    let bytes = 0;
    for (const t of perTerm) if ((bytes += t.verifyBytes(docs, this.verifyAtOnceBytes - bytes)) > this.verifyAtOnceBytes) return false;
    return true;
  }

  /**
   * The candidates' positions in date order (indices into the ascending `docs`). Documents are
   * numbered newest date first and undated last, so newest first is their own order; oldest
   * first reverses the runs of dated documents, day by day, and needs each document's date.
   */
  private async dateOrder(docs: Int32Array, sort: 'newest' | 'oldest'): Promise<Int32Array> {
    const order = Int32Array.from(docs.keys());
    if (sort === 'newest' || docs.length === 0) return order;
    const { docPage, pageDate, dates } = await this.docPages();
    const dayOf = (k: number) => pageDate[docPage[docs[k]!]!]!;
    let out = 0;
    let end = docs.length;
    while (end > 0 && dayOf(end - 1) === dates.length) end--;
    // Each day's run, from the last (oldest) run back to the first, keeps its own order.
    for (let runEnd = end; runEnd > 0; ) {
      let runStart = runEnd - 1;
      while (runStart > 0 && dayOf(runStart - 1) === dayOf(runEnd - 1)) runStart--;
      for (let k = runStart; k < runEnd; k++) order[out++] = k;
      runEnd = runStart;
    }
    for (let k = end; k < docs.length; k++) order[out++] = k;
    return order;
  }

  /**
   * The first `need + 1` matches of the candidates in a fixed `order` (by date), and the total when
   * every candidate was verified on the way. No bound is needed: a match found later can never
   * come before one found earlier, so verification stops as soon as the page is full.
   */
  private async firstMatches(perTerm: Candidates[], docs: Int32Array, order: Int32Array, need: number): Promise<{ top: Scored[]; total?: number }> {
    if (perTerm.every((t) => t.exact)) {
      const scores = scoresOf(docs, perTerm);
      return { top: Array.from(order.subarray(0, need + 1), (k) => ({ doc: docs[k]!, score: scores[k]! })), total: docs.length };
    }
    let batch = this.verifiesAtOnce(perTerm, docs) ? docs.length : need + 1;
    const top: Scored[] = [];
    let i = 0;
    while (i < order.length && top.length <= need) {
      const slice = order.subarray(i, Math.min(order.length, i + batch));
      i += slice.length;
      batch *= 2;
      const subset = Int32Array.from(slice, (k) => docs[k]!).sort();
      const lists = await Promise.all(perTerm.map((t) => t.verify(subset)));
      const found = intersectAll([{ docs: subset }, ...lists]);
      const scores = scoresOf(found, lists);
      const scoreOf = new Map(Array.from(found, (doc, j) => [doc, scores[j]!]));
      for (const k of slice) {
        const score = scoreOf.get(docs[k]!);
        if (score !== undefined) top.push({ doc: docs[k]!, score });
      }
    }
    return i >= order.length ? { top: top.slice(0, need + 1), total: top.length } : { top: top.slice(0, need + 1) };
  }

  /**
   * The best `need + 1` matches among the candidate documents (one more than the page, to know
   * whether more follow), and the total when it was established on the way. Candidates are
   * verified best bound first, in batches that double; an unverified candidate can score no
   * more than its bound, so once the last wanted match scores above the next bound, the top is
   * final. Positions cheap enough to fetch at once are verified in one batch.
   */
  private async topMatches(perTerm: Candidates[], docs: Int32Array, need: number): Promise<{ top: Scored[]; total?: number }> {
    const bounds = scoresOf(docs, perTerm);
    if (perTerm.every((t) => t.exact)) return { top: topDocs(docs, bounds, need + 1), total: docs.length };
    const order = orderByScore(bounds);
    let batch = this.verifiesAtOnce(perTerm, docs) ? docs.length : need + 1;
    // Matches so far, ascending (topDocs breaks ties by taking the first documents).
    let matched: Int32Array = new Int32Array(0);
    let scores: Int32Array = new Int32Array(0);
    let i = 0;
    while (i < order.length) {
      const end = Math.min(order.length, i + batch);
      const subset = Int32Array.from(order.subarray(i, end), (k) => docs[k]!).sort();
      i = end;
      batch *= 2;
      const lists = await Promise.all(perTerm.map((t) => t.verify(subset)));
      const found = intersectAll([{ docs: subset }, ...lists]);
      [matched, scores] = mergeScored(matched, scores, found, scoresOf(found, lists));
      if (matched.length > need && i < order.length) {
        const top = topDocs(matched, scores, need + 1);
        const last = top[need]!;
        const next = order[i]!;
        if (bounds[next]! < last.score || (bounds[next] === last.score && docs[next]! > last.doc)) return { top };
      }
    }
    return { top: topDocs(matched, scores, need + 1), total: matched.length };
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchResults> {
    const before = this.fetched;
    const text = queryText(query);
    const { terms } = normalizeQuery(text);
    const nothing: SearchResults = { query: text, terms, total: 0, hasMore: false, hits: [], bytesFetched: 0 };
    if (terms.length === 0) return nothing;
    const { alternatives, perTerm } = await this.candidates(terms);
    const docs = await this.filterDocs(intersectAll(perTerm), options.filters);
    if (docs.length === 0) return { ...nothing, bytesFetched: this.fetched - before };

    const offset = Number.isFinite(options.offset) ? Math.max(0, Math.floor(options.offset!)) : 0;
    const limit = Number.isFinite(options.limit) ? Math.max(0, Math.min(MAX_LIMIT, Math.floor(options.limit!))) : PAGE_SIZE;
    const need = offset + limit;
    const sort = options.sort ?? 'relevance';
    const { top, total } =
      sort === 'newest' || sort === 'oldest'
        ? await this.firstMatches(perTerm, docs, await this.dateOrder(docs, sort), need)
        : await this.topMatches(perTerm, docs, need);
    const needles = alternatives.flat();
    const hits = await Promise.all(
      top.slice(offset, need).map(async ({ doc, score }): Promise<SearchHit> => {
        const f = await this.fragment(doc);
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
      }),
    );
    return {
      query: text,
      terms,
      ...(total === undefined ? {} : { total }),
      hasMore: top.length > need,
      hits,
      bytesFetched: this.fetched - before,
    };
  }

  async count(query: string, options: CountOptions = {}): Promise<SearchCount> {
    const before = this.fetched;
    const text = queryText(query);
    const { terms } = normalizeQuery(text);
    if (terms.length === 0) return { query: text, terms, total: 0, facets: NO_FACETS, bytesFetched: 0 };
    const { docs } = await this.verifiedMatches((await this.candidates(terms)).perTerm, options.filters);
    const facets = docs.length === 0 ? NO_FACETS : await this.facets(docs);
    return { query: text, terms, total: docs.length, facets, bytesFetched: this.fetched - before };
  }

  async rankedIds(query: string, limit = Number.POSITIVE_INFINITY): Promise<{ total: number; ids: string[] }> {
    const { terms } = normalizeQuery(queryText(query));
    if (terms.length === 0) return { total: 0, ids: [] };
    const { docs, scores } = await this.verifiedMatches((await this.candidates(terms)).perTerm);
    const ranked = Array.from(orderByScore(scores).subarray(0, Math.min(docs.length, limit)), (k) => docs[k]!);
    const ids: string[] = [];
    // In batches, past the fragment cache: a tool may list every match of a common word.
    for (let i = 0; i < ranked.length; i += 64) {
      const fragments = await Promise.all(ranked.slice(i, i + 64).map((doc) => this.json<Fragment>(paths.fragment(doc))));
      ids.push(...fragments.map((f) => f.id));
    }
    return { total: docs.length, ids };
  }

  async matchDocs(query: string): Promise<Int32Array> {
    const { terms } = normalizeQuery(queryText(query));
    if (terms.length === 0) return new Int32Array(0);
    return (await this.verifiedMatches((await this.candidates(terms)).perTerm)).docs;
  }

  private async facets(docs: Int32Array): Promise<SearchFacets> {
    const { docPage, pageDate, dates: allDates } = await this.docPages();
    const pageCounts = new Int32Array(this.entry.pageCount + 1);
    const dateCounts = new Int32Array(allDates.length + 1);
    for (let i = 0; i < docs.length; i++) pageCounts[docPage[docs[i]!]!]! += 1;
    const topPages: [number, number][] = [];
    for (let p = 0; p < this.entry.pageCount; p++) {
      const c = pageCounts[p]!;
      if (c === 0) continue;
      dateCounts[pageDate[p]!]! += c;
      // Keep the best FACET_PAGES (most hits, then lower page index) without sorting every page.
      if (topPages.length === FACET_PAGES && c <= topPages[FACET_PAGES - 1]![1]) continue;
      let at = topPages.length;
      while (at > 0 && topPages[at - 1]![1] < c) at--;
      topPages.splice(at, 0, [p, c]);
      if (topPages.length > FACET_PAGES) topPages.pop();
    }
    const pagesP = Promise.all(
      topPages.map(async ([p, count]) => {
        const chunk = await this.pageChunk(Math.floor(p / PAGE_CHUNK));
        return { id: chunk[p % PAGE_CHUNK]?.id ?? '', count };
      }),
    );
    const dates = allDates
      .map((value, i) => ({ value, count: dateCounts[i]! }))
      .filter((x) => x.count > 0);

    // Together, so a failed page chunk is never a rejection nobody awaits.
    const [pages, entities] = await Promise.all([pagesP, this.loadEntities()]);
    const matched = new Uint8Array(this.entry.docCount);
    for (const d of docs) matched[d] = 1;
    const counted = entities
      .map((e) => {
        let count = 0;
        const ds = e.docs;
        for (let i = 0; i < ds.length; i++) count += matched[ds[i]!]!;
        return { e, count };
      })
      .filter((x) => x.count > 0)
      .sort((a, b) => b.count - a.count || (a.e.id < b.e.id ? -1 : 1));
    const pick = (kind: 'person' | 'enterprise') =>
      counted
        .filter((x) => x.e.kind === kind)
        .slice(0, FACET_ENTITIES)
        .map((x) => ({ id: x.e.id, name: x.e.name, count: x.count }));
    return { pages, dates, persons: pick('person'), enterprises: pick('enterprise') };
  }
}

/**
 * Each document's score over all terms from the terms' rank bytes; every list holds every one of
 * the ascending `docs`.
 */
function scoresOf(docs: Int32Array, perTerm: readonly DocList[]): Int32Array {
  const scores = new Int32Array(docs.length);
  // One term (most queries): its list is usually the documents themselves, so scores map rank bytes.
  if (perTerm.length === 1 && perTerm[0]!.docs.length === docs.length) {
    const ranks = perTerm[0]!.ranks;
    for (let i = 0; i < docs.length; i++) scores[i] = scoreOf1(ranks[i]!);
    return scores;
  }
  const cursors = new Int32Array(perTerm.length);
  const bytes = new Uint8Array(perTerm.length);
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i]!;
    for (let t = 0; t < perTerm.length; t++) {
      const l = perTerm[t]!;
      let c = cursors[t]!;
      while (l.docs[c]! < d) c++;
      cursors[t] = c;
      bytes[t] = l.ranks[c]!;
    }
    scores[i] = scoreOf(bytes);
  }
  return scores;
}

/** Two ascending document lists with their scores, merged (they share no document). */
function mergeScored(aDocs: Int32Array, aScores: Int32Array, bDocs: Int32Array, bScores: Int32Array): [Int32Array, Int32Array] {
  const docs = new Int32Array(aDocs.length + bDocs.length);
  const scores = new Int32Array(docs.length);
  let i = 0;
  let j = 0;
  for (let n = 0; n < docs.length; n++) {
    if (j >= bDocs.length || (i < aDocs.length && aDocs[i]! < bDocs[j]!)) {
      docs[n] = aDocs[i]!;
      scores[n] = aScores[i++]!;
    } else {
      docs[n] = bDocs[j]!;
      scores[n] = bScores[j++]!;
    }
  }
  return [docs, scores];
}

/** Indices of `scores` by score, highest first, then by index: a counting sort over the small score range. */
function orderByScore(scores: Int32Array): Int32Array {
  const start = new Int32Array(MAX_SCORE + 2);
  for (const s of scores) start[MAX_SCORE - Math.min(s, MAX_SCORE) + 1]! += 1;
  for (let b = 1; b < start.length; b++) start[b]! += start[b - 1]!;
  const order = new Int32Array(scores.length);
  for (let i = 0; i < scores.length; i++) order[start[MAX_SCORE - Math.min(scores[i]!, MAX_SCORE)]!++] = i;
  return order;
}

/**
 * The best `k` of the ascending `docs` by score, then document number (newer pages first, then
 * article id): a counting pass finds the lowest score that makes the cut, and of the documents
 * tied there only the first ones are kept, so a common term's many equal scores sort nothing.
 */
function topDocs(docs: Int32Array, scores: Int32Array, k: number): Scored[] {
  if (k <= 0) return [];
  const histogram = new Int32Array(MAX_SCORE + 1);
  for (let i = 0; i < scores.length; i++) histogram[Math.min(scores[i]!, MAX_SCORE)]! += 1;
  let threshold = MAX_SCORE;
  let above = 0;
  for (; threshold > 0 && above + histogram[threshold]! < k; threshold--) above += histogram[threshold]!;
  let tiedRoom = k - above;
  const picked: Scored[] = [];
  for (let i = 0; i < docs.length; i++) {
    const score = Math.min(scores[i]!, MAX_SCORE);
    if (score > threshold || (score === threshold && tiedRoom-- > 0)) picked.push({ doc: docs[i]!, score: scores[i]! });
  }
  picked.sort((a, b) => b.score - a.score || a.doc - b.doc);
  return picked.slice(0, k);
}

/** Opens the index whose entry file is `entry` (a path relative to `data/search/`). */
export async function openSearchIndex(load: SearchFileLoader, entry: string, options: OpenOptions = {}): Promise<SearchIndex> {
  const data = await load(entry);
  const parsed = JSON.parse(new TextDecoder().decode(data)) as SearchEntry;
  if (parsed.format !== INDEX_FORMAT) throw new Error(`search index format ${parsed.format}, expected ${INDEX_FORMAT}`);
  return new Engine(load, parsed, options);
}
