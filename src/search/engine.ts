import { buildExcerpts, type SearchExcerpt } from './excerpt.ts';
import { expandTerm } from './expand.ts';
import {
  INDEX_FORMAT,
  PAGE_CHUNK,
  paths,
  type EntitiesFileData,
  type Fragment,
  type SearchEntry,
} from './format.ts';
import { intersectDocs, matchString, unionLists } from './match.ts';
import { normalizeQuery, MAX_RAW_QUERY_LENGTH } from './normalize.ts';
import { Dictionary, type DocList } from './postings.ts';
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
}

export interface SearchOptions {
  /** Hits to return (default 10, at most 100). */
  limit?: number;
  offset?: number;
  /** Filters of different kinds combine with AND. */
  filters?: SearchFilters;
  /** Count facets (default true). Person and enterprise facets load `entities.json` once. */
  facets?: boolean;
}

export interface SearchHit {
  articleId: string;
  pageId: string;
  headline: string;
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

export interface SearchResults {
  query: string;
  /** Normalized terms, every one of which a hit contains. */
  terms: string[];
  total: number;
  hits: SearchHit[];
  facets: SearchFacets;
  /** Bytes of index files this search fetched (files cached from earlier searches count 0). */
  bytesFetched: number;
}

export interface SearchIndex {
  readonly docCount: number;
  search(query: string, options?: SearchOptions): Promise<SearchResults>;
  /**
   * Every matching document number (ascending; numbers follow the ranking's page order), without
   * ranking, excerpts or facets: what tests and the benchmark compare with brute force.
   */
  matchDocs(query: string): Promise<Int32Array>;
  /** Bytes fetched since the index was opened. */
  readonly bytesFetched: number;
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

function emptyResults(query: string, terms: string[], bytesFetched: number): SearchResults {
  return { query, terms, total: 0, hits: [], facets: { pages: [], dates: [], persons: [], enterprises: [] }, bytesFetched };
}

class Engine implements SearchIndex {
  private files = new Map<string, Promise<Uint8Array>>();
  private fetched = 0;
  private readonly dict: Dictionary;
  private readonly docPage: Int32Array;
  /** Date index of each page (dates.length for undated pages). */
  private readonly pageDate: Int32Array;
  private pageChunks = new Map<number, Promise<{ id: string; date?: string; number?: number }[]>>();
  private entities?: Promise<EntityInfo[]>;
  private pinyin?: Promise<Record<string, string[]>>;

  constructor(
    private readonly load: SearchFileLoader,
    private readonly entry: SearchEntry,
  ) {
    this.dict = new Dictionary((p) => this.fetch(p), entry.bucketCount);
    this.docPage = new Int32Array(entry.docCount);
    const r = new ByteReader(fromBase64(entry.docPages));
    let page = 0;
    for (let d = 0; d < entry.docCount; d++) {
      const z = r.varint();
      page += z % 2 === 0 ? z / 2 : -(z + 1) / 2;
      this.docPage[d] = page;
    }
    this.pageDate = new Int32Array(entry.pageCount + 1).fill(entry.dates.length);
    let p = 0;
    entry.datePages.forEach((count, di) => {
      for (let k = 0; k < count; k++) this.pageDate[p++] = di;
    });
  }

  get docCount(): number {
    return this.entry.docCount;
  }
  get bytesFetched(): number {
    return this.fetched;
  }

  private fetch(path: string): Promise<Uint8Array> {
    let file = this.files.get(path);
    if (!file) {
      file = this.load(path).then((data) => {
        this.fetched += data.length;
        return data;
      });
      this.files.set(path, file);
      // A failed fetch (offline) may succeed later.
      file.catch(() => this.files.delete(path));
    }
    return file;
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
    }
    return chunk;
  }

  private loadEntities(): Promise<EntityInfo[]> {
    if (!this.entry.entities) return Promise.resolve([]);
    this.entities ??= this.json<EntitiesFileData>(paths.entities).then((f) =>
      f.entities.map((e) => ({ id: e.id, name: e.name, kind: e.kind, docs: decodeDocList(e.docs) })),
    );
    return this.entities;
  }

  private loadPinyin(): Promise<Record<string, string[]>> {
    if (!this.entry.pinyin) return Promise.resolve({});
    this.pinyin ??= this.json<Record<string, string[]>>(paths.pinyin);
    return this.pinyin;
  }

  private async allowedDocs(filters: SearchFilters): Promise<((doc: number) => boolean)[]> {
    const tests: ((doc: number) => boolean)[] = [];
    if (filters.pageIds && filters.pageIds.length > 0) {
      const wanted = new Set(filters.pageIds);
      const chunks = await Promise.all(
        Array.from({ length: Math.ceil(this.entry.pageCount / PAGE_CHUNK) }, (_, c) => this.pageChunk(c)),
      );
      const pages = new Set<number>();
      chunks.forEach((chunk, c) => chunk.forEach((p, i) => wanted.has(p.id) && pages.add(c * PAGE_CHUNK + i)));
      tests.push((d) => pages.has(this.docPage[d]!));
    }
    if (filters.dates && filters.dates.length > 0) {
      const wanted = new Set(filters.dates.map((v) => this.entry.dates.indexOf(v)).filter((i) => i >= 0));
      tests.push((d) => wanted.has(this.pageDate[this.docPage[d]!]!));
    }
    if (filters.entityIds && filters.entityIds.length > 0) {
      const wanted = new Set(filters.entityIds);
      const docs = new Set<number>();
      for (const e of await this.loadEntities()) if (wanted.has(e.id)) e.docs.forEach((d) => docs.add(d));
      tests.push((d) => docs.has(d));
    }
    return tests;
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchResults> {
    const before = this.fetched;
    const text = typeof query === 'string' ? query.slice(0, MAX_RAW_QUERY_LENGTH) : '';
    const { terms } = normalizeQuery(text);
    if (terms.length === 0) return emptyResults(text, terms, 0);
    const { alternatives, perTerm, docs: matched } = await this.match(terms);
    let docs = matched;
    const tests = await this.allowedDocs(options.filters ?? {});
    if (tests.length > 0) docs = docs.filter((d) => tests.every((t) => t(d)));
    const total = docs.length;
    if (total === 0) return emptyResults(text, terms, this.fetched - before);

    const scores = this.scores(docs, perTerm);
    const offset = Math.max(0, Math.floor(options.offset ?? 0));
    const limit = Math.max(0, Math.min(MAX_LIMIT, Math.floor(options.limit ?? 10)));
    const top = topDocs(docs, scores, offset + limit).slice(offset);

    const needles = alternatives.flat();
    const [hits, facets] = await Promise.all([
      Promise.all(
        top.map(async ({ doc, score }): Promise<SearchHit> => {
          const f = await this.fragment(doc);
          return {
            articleId: f.id,
            pageId: f.pageId,
            headline: f.fields[0]?.[2] ?? '',
            ...(f.date ? { date: f.date } : {}),
            ...(f.pageNumber ? { pageNumber: f.pageNumber } : {}),
            score,
            excerpts: buildExcerpts(f.fields, needles),
          };
        }),
      ),
      options.facets === false ? Promise.resolve(emptyResults('', [], 0).facets) : this.facets(docs),
    ]);
    return { query: text, terms, total, hits, facets, bytesFetched: this.fetched - before };
  }

  private async match(terms: string[]) {
    const table = terms.some((t) => /^[a-z]{2,}$/.test(t)) ? await this.loadPinyin() : undefined;
    const alternatives = terms.map((t) => expandTerm(t, table));
    const perTerm: DocList[] = await Promise.all(
      alternatives.map(async (alts) => unionLists(await Promise.all(alts.map((a) => matchString(this.dict, a))))),
    );
    let docs = perTerm[0]?.docs ?? new Int32Array(0);
    for (const l of perTerm.slice(1)) docs = intersectDocs(docs, l.docs);
    return { alternatives, perTerm, docs };
  }

  async matchDocs(query: string): Promise<Int32Array> {
    const text = typeof query === 'string' ? query.slice(0, MAX_RAW_QUERY_LENGTH) : '';
    return (await this.match(normalizeQuery(text).terms)).docs;
  }

  private scores(docs: Int32Array, perTerm: DocList[]): Int32Array {
    const scores = new Int32Array(docs.length);
    // One term (most queries): its list is the match list itself, so scores map rank bytes.
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

  private async facets(docs: Int32Array): Promise<SearchFacets> {
    const pageCounts = new Int32Array(this.entry.pageCount + 1);
    const dateCounts = new Int32Array(this.entry.dates.length + 1);
    const docPage = this.docPage;
    for (let i = 0; i < docs.length; i++) pageCounts[docPage[docs[i]!]!]! += 1;
    const pageDate = this.pageDate;
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
    const dates = this.entry.dates
      .map((value, i) => ({ value, count: dateCounts[i]! }))
      .filter((x) => x.count > 0);

    const entities = await this.loadEntities();
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
    return { pages: await pagesP, dates, persons: pick('person'), enterprises: pick('enterprise') };
  }
}

/**
 * The best `k` documents by score, then document number (newer pages first, then article id):
 * a counting pass over the small score range instead of sorting every match.
 */
function topDocs(docs: Int32Array, scores: Int32Array, k: number): { doc: number; score: number }[] {
  if (k <= 0) return [];
  const histogram = new Int32Array(MAX_SCORE + 2);
  for (const s of scores) histogram[Math.min(s, MAX_SCORE)]! += 1;
  let threshold = MAX_SCORE;
  let seen = 0;
  for (; threshold > 0; threshold--) {
    seen += histogram[threshold]!;
    if (seen >= k) break;
  }
  const picked: { doc: number; score: number }[] = [];
  for (let i = 0; i < docs.length; i++) if (scores[i]! >= threshold) picked.push({ doc: docs[i]!, score: scores[i]! });
  picked.sort((a, b) => b.score - a.score || a.doc - b.doc);
  return picked.slice(0, k);
}

/** Opens the index whose entry file is `entry` (a path relative to `data/search/`). */
export async function openSearchIndex(load: SearchFileLoader, entry: string): Promise<SearchIndex> {
  const data = await load(entry);
  const parsed = JSON.parse(new TextDecoder().decode(data)) as SearchEntry;
  if (parsed.format !== INDEX_FORMAT) throw new Error(`search index format ${parsed.format}, expected ${INDEX_FORMAT}`);
  return new Engine(load, parsed);
}
