import type { SearchFilters } from './engine.ts';
import type { FileCache } from './files.ts';
import { PAGE_CHUNK, paths, segmentDir, type DocPagesFile, type EntitiesFileData, type Fragment, type SegmentEntry } from './format.ts';
import { candidatesOf, unionCandidates, type Candidates } from './match.ts';
import { Dictionary, type DictionaryBudget } from './postings.ts';
import { intersectAll, mergeScored, orderByScore, scoresOf, topDocs, type Scored } from './topk.ts';
import { ByteReader, fromBase64 } from './varint.ts';

/**
 * One segment of an open index: the search of a monolithic index over its own documents, which
 * it numbers newest first from 0. engine.ts merges what its segments answer.
 */

export interface EntityInfo {
  id: string;
  name: string;
  kind: 'person' | 'enterprise';
  docs: Int32Array;
}

interface DocPages {
  docPage: Int32Array;
  /** Date index of each page (dates.length for undated pages). */
  pageDate: Int32Array;
  dates: string[];
}

/** A segment's share of the facets: every count, so that the engine's sums are exact. */
export interface SegmentFacets {
  /** Its best pages (most hits, then lower page number), at most `maxPages`: [page, count]. */
  pages: [number, number][];
  /** Newest first. */
  dates: { value: string; count: number }[];
  entities: { id: string; name: string; kind: 'person' | 'enterprise'; count: number }[];
}

/** A segment's top: its best `need + 1` matches, and its total when finding them established it. */
export interface SegmentTop {
  top: Scored[];
  total?: number;
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

export class Segment {
  private readonly dict: Dictionary;
  private readonly dir: string;
  private pageChunks = new Map<number, Promise<{ id: string; date?: string; number?: number }[]>>();
  private docPagesFile?: Promise<DocPages>;
  private entities?: Promise<EntityInfo[]>;
  private fragments = new Map<number, Promise<Fragment>>();

  constructor(
    private readonly files: FileCache,
    readonly info: SegmentEntry,
    private readonly verifyAtOnceBytes: number,
    budget: DictionaryBudget,
  ) {
    this.dir = segmentDir(info.key);
    this.dict = new Dictionary((p) => this.files.fetch(this.dir + p), info.bucketCount, budget);
  }

  private json<T>(path: string): Promise<T> {
    return this.files.json<T>(this.dir + path);
  }

  /** Whether any of its documents can pass the date filters (the others need a look at its files). */
  mayPass(filters: SearchFilters = {}): boolean {
    const { first, last } = this.info;
    if (filters.from !== undefined || filters.to !== undefined) {
      if (first === undefined || last === undefined) return false;
      if ((filters.from !== undefined && last < filters.from) || (filters.to !== undefined && first > filters.to)) return false;
    }
    if (filters.dates && filters.dates.length > 0) {
      if (first === undefined || last === undefined) return false;
      if (!filters.dates.some((d) => d >= first && d <= last)) return false;
    }
    return true;
  }

  fragment(doc: number): Promise<Fragment> {
    let f = this.fragments.get(doc);
    if (!f) {
      if (this.fragments.size >= 512) this.fragments.clear();
      f = this.json<Fragment>(paths.fragment(doc));
      this.fragments.set(doc, f);
      f.catch(() => this.fragments.delete(doc));
    }
    return f;
  }

  /** A fragment past the cache: a tool may list every match of a common word. */
  fragmentUncached(doc: number): Promise<Fragment> {
    return this.json<Fragment>(paths.fragment(doc));
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

  async pageId(page: number): Promise<string> {
    const chunk = await this.pageChunk(Math.floor(page / PAGE_CHUNK));
    return chunk[page % PAGE_CHUNK]?.id ?? '';
  }

  private docPages(): Promise<DocPages> {
    this.docPagesFile ??= this.json<DocPagesFile>(paths.docPages).then((file) => {
      const docPage = new Int32Array(this.info.docCount);
      const r = new ByteReader(fromBase64(file.docPages));
      let page = 0;
      for (let d = 0; d < docPage.length; d++) {
        const z = r.varint();
        page += z % 2 === 0 ? z / 2 : -(z + 1) / 2;
        docPage[d] = page;
      }
      const pageDate = new Int32Array(this.info.pageCount + 1).fill(file.dates.length);
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
    if (!this.info.entities) return Promise.resolve([]);
    this.entities ??= this.json<EntitiesFileData>(paths.entities).then((f) =>
      f.entities.map((e) => ({ id: e.id, name: e.name, kind: e.kind, docs: decodeDocList(e.docs) })),
    );
    this.entities.catch(() => (this.entities = undefined));
    return this.entities;
  }

  /** Each term's candidates, from its alternatives (the term, and the names a Latin term is the pinyin of). */
  candidates(alternatives: string[][]): Promise<Candidates[]> {
    return Promise.all(alternatives.map(async (alts) => unionCandidates(await Promise.all(alts.map((a) => candidatesOf(this.dict, a, (doc) => this.fragment(doc)))))));
  }

  /** The documents of `docs` (ascending) that pass every filter. */
  async filterDocs(docs: Int32Array, filters: SearchFilters = {}): Promise<Int32Array> {
    if (docs.length === 0) return docs;
    const tests: ((doc: number) => boolean)[] = [];
    if (filters.pageIds && filters.pageIds.length > 0) {
      const wanted = new Set(filters.pageIds);
      const [{ docPage }, chunks] = await Promise.all([
        this.docPages(),
        Promise.all(Array.from({ length: Math.ceil(this.info.pageCount / PAGE_CHUNK) }, (_, c) => this.pageChunk(c))),
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

  /** Every match, verified, with its score. */
  async verifiedMatches(alternatives: string[][], filters?: SearchFilters): Promise<{ docs: Int32Array; scores: Int32Array }> {
    const perTerm = await this.candidates(alternatives);
    let docs = await this.filterDocs(intersectAll(perTerm), filters);
    if (docs.length === 0) return { docs, scores: new Int32Array(0) };
    const lists = await Promise.all(perTerm.map((t) => t.verify(docs)));
    docs = intersectAll([{ docs }, ...lists]);
    return { docs, scores: scoresOf(docs, lists) };
  }

  /**
   * The best `need + 1` matches (by score, then document), or in date order for `newest` and
   * `oldest`, and the total when finding them established it.
   */
  async top(alternatives: string[][], filters: SearchFilters | undefined, need: number, sort: 'relevance' | 'newest' | 'oldest'): Promise<SegmentTop> {
    const perTerm = await this.candidates(alternatives);
    const docs = await this.filterDocs(intersectAll(perTerm), filters);
    if (docs.length === 0) return { top: [], total: 0 };
    return sort === 'relevance' ? this.topMatches(perTerm, docs, need) : this.firstMatches(perTerm, docs, await this.dateOrder(docs, sort), need);
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
  private async firstMatches(perTerm: Candidates[], docs: Int32Array, order: Int32Array, need: number): Promise<SegmentTop> {
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
   * The best `need + 1` matches among the candidate documents, and the total when it was
   * established on the way. Candidates are verified best bound first, in batches that double; an
   * unverified candidate can score no more than its bound, so once the last wanted match scores
   * above the next bound, the top is final. Positions cheap enough to fetch at once are verified
   * in one batch.
   */
  private async topMatches(perTerm: Candidates[], docs: Int32Array, need: number): Promise<SegmentTop> {
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

  /** The facet counts of the matches `docs` (ascending, at least one). */
  async facets(docs: Int32Array, maxPages: number): Promise<SegmentFacets> {
    const [{ docPage, pageDate, dates: allDates }, entities] = await Promise.all([this.docPages(), this.loadEntities()]);
    const pageCounts = new Int32Array(this.info.pageCount + 1);
    const dateCounts = new Int32Array(allDates.length + 1);
    for (let i = 0; i < docs.length; i++) pageCounts[docPage[docs[i]!]!]! += 1;
    const pages: [number, number][] = [];
    for (let p = 0; p < this.info.pageCount; p++) {
      const c = pageCounts[p]!;
      if (c === 0) continue;
      dateCounts[pageDate[p]!]! += c;
      // Keep the best maxPages (most hits, then lower page index) without sorting every page.
      if (pages.length === maxPages && c <= pages[maxPages - 1]![1]) continue;
      let at = pages.length;
      while (at > 0 && pages[at - 1]![1] < c) at--;
      pages.splice(at, 0, [p, c]);
      if (pages.length > maxPages) pages.pop();
    }
    const dates = allDates.map((value, i) => ({ value, count: dateCounts[i]! })).filter((x) => x.count > 0);
    const matched = new Uint8Array(this.info.docCount);
    for (const d of docs) matched[d] = 1;
    const counted: SegmentFacets['entities'] = [];
    for (const e of entities) {
      let count = 0;
      const ds = e.docs;
      for (let i = 0; i < ds.length; i++) count += matched[ds[i]!]!;
      if (count > 0) counted.push({ id: e.id, name: e.name, kind: e.kind, count });
    }
    return { pages, dates, entities: counted };
  }
}
