import { bucketOf, paths, Tier } from './format.ts';
import { ByteReader } from './varint.ts';

/** One gram's dictionary entry, as read from its bucket. */
export interface GramEntry {
  key: number;
  df: number;
  tier: number;
  /** The posting itself for inline tiers. */
  inline?: Uint8Array;
  /** Bytes of the posting file (or document stream for `Chunked`). */
  byteLength: number;
  /** First document of each position chunk (`Chunked` only). */
  chunkFirst?: number[];
  chunkBytes?: number[];
}

/** Documents in ascending order with the term's rank byte for each. */
export interface DocList {
  docs: Int32Array;
  ranks: Uint8Array;
}

/** Positions of one gram for some candidate documents: positions of `docs[i]` are `pos[start[i]..start[i+1])`. */
export interface PositionList {
  has: Uint8Array;
  start: Int32Array;
  pos: Int32Array;
}

export type FetchFile = (path: string) => Promise<Uint8Array>;

export function parseBucket(data: Uint8Array): Map<number, GramEntry> {
  const r = new ByteReader(data);
  const out = new Map<number, GramEntry>();
  const n = r.varint();
  let key = 0;
  for (let i = 0; i < n; i++) {
    key += r.varint();
    const df = r.varint();
    const tier = r.varint();
    if (tier === Tier.InlineDocs || tier === Tier.InlineFull) {
      const len = r.varint();
      out.set(key, { key, df, tier, inline: data.subarray(r.pos, r.pos + len), byteLength: len });
      r.pos += len;
    } else if (tier === Tier.Chunked) {
      const byteLength = r.varint();
      const chunks = r.varint();
      const chunkFirst: number[] = [];
      const chunkBytes: number[] = [];
      let first = -1;
      for (let c = 0; c < chunks; c++) {
        first += r.varint();
        chunkFirst.push(first);
        chunkBytes.push(r.varint());
      }
      out.set(key, { key, df, tier, byteLength, chunkFirst, chunkBytes });
    } else {
      out.set(key, { key, df, tier, byteLength: r.varint() });
    }
  }
  return out;
}

export class Dictionary {
  private buckets = new Map<number, Promise<Map<number, GramEntry>>>();
  private docLists = new Map<number, DocList>();

  constructor(
    private readonly fetch: FetchFile,
    private readonly bucketCount: number,
  ) {}

  async entry(key: number): Promise<GramEntry | undefined> {
    const b = bucketOf(key, this.bucketCount);
    let bucket = this.buckets.get(b);
    if (!bucket) {
      bucket = this.fetch(paths.bucket(b)).then(parseBucket);
      this.buckets.set(b, bucket);
      bucket.catch(() => this.buckets.delete(b));
    }
    return (await bucket).get(key);
  }

  /** The full posting (documents, ranks, positions) of an inline or single-file bigram. */
  async fullPosting(e: GramEntry): Promise<Uint8Array> {
    if (e.inline) return e.inline;
    return this.fetch(paths.gram(e.key));
  }

  async docList(e: GramEntry): Promise<DocList> {
    const cached = this.docLists.get(e.key);
    if (cached) return cached;
    let list: DocList;
    if (e.tier === Tier.InlineDocs) list = decodeDocStream(e.inline!, e.df);
    else if (e.tier === Tier.InlineFull) list = decodeFullDocs(e.inline!, e.df);
    else if (e.tier === Tier.FileFull) list = decodeFullDocs(await this.fetch(paths.gram(e.key)), e.df);
    else list = decodeDocStream(await this.fetch(paths.docStream(e.key)), e.df);
    // Decoded lists of common grams are what warm queries reuse; keep a bounded number.
    if (this.docLists.size > 4096) this.docLists.clear();
    this.docLists.set(e.key, list);
    return list;
  }

  /** Positions of a bigram in the candidate documents (ascending); fetches only the chunks they fall in. */
  async positions(e: GramEntry, candidates: Int32Array): Promise<PositionList> {
    const out: PositionList = {
      has: new Uint8Array(candidates.length),
      start: new Int32Array(candidates.length + 1),
      pos: new Int32Array(16),
    };
    const sink = { n: 0, out };
    if (e.tier !== Tier.Chunked) {
      collectPositions(await this.fullPosting(e), true, -1, candidates, 0, sink);
    } else {
      const firsts = e.chunkFirst!;
      const needed: number[] = [];
      let c = 0;
      for (let i = 0; i < candidates.length; i++) {
        const d = candidates[i]!;
        while (c + 1 < firsts.length && firsts[c + 1]! <= d) c++;
        if (d >= firsts[c]! && needed[needed.length - 1] !== c) needed.push(c);
      }
      const datas = await Promise.all(needed.map((ci) => this.fetch(paths.chunk(e.key, ci))));
      let from = 0;
      needed.forEach((ci, k) => {
        from = collectPositions(datas[k]!, false, firsts[ci]! - 1, candidates, from, sink);
      });
    }
    fixStarts(out, candidates.length, sink.n);
    return out;
  }
}

function fixStarts(out: PositionList, n: number, total: number): void {
  // Starts were written for candidates that had positions; give every other one an empty range
  // ending where the next present one begins.
  let next = total;
  for (let i = n - 1; i >= 0; i--) {
    if (out.has[i]) next = out.start[i]!;
    else out.start[i] = next;
  }
  out.start[n] = total;
}

function decodeDocStream(data: Uint8Array, df: number): DocList {
  const docs = new Int32Array(df);
  const ranks = new Uint8Array(df);
  const r = new ByteReader(data);
  let doc = -1;
  for (let i = 0; i < df; i++) {
    doc += r.varint();
    docs[i] = doc;
    ranks[i] = r.byte();
  }
  return { docs, ranks };
}

function skipVarints(data: Uint8Array, pos: number, count: number): number {
  let p = pos;
  for (let k = 0; k < count; k++) while (data[p++]! >= 0x80);
  return p;
}

function decodeFullDocs(data: Uint8Array, df: number): DocList {
  const docs = new Int32Array(df);
  const ranks = new Uint8Array(df);
  const r = new ByteReader(data);
  let doc = -1;
  for (let i = 0; i < df; i++) {
    doc += r.varint();
    docs[i] = doc;
    ranks[i] = r.byte();
    const count = r.varint();
    r.pos = skipVarints(data, r.pos, count);
  }
  return { docs, ranks };
}

/**
 * Walks a posting (full format with rank bytes, or a chunk without) alongside the sorted
 * candidates, copying the positions of candidate documents. Returns where the candidate cursor
 * stopped, so consecutive chunks continue from there.
 */
function collectPositions(
  data: Uint8Array,
  withRank: boolean,
  startDoc: number,
  candidates: Int32Array,
  from: number,
  sink: { n: number; out: PositionList },
): number {
  const r = new ByteReader(data);
  let doc = startDoc;
  let ci = from;
  const out = sink.out;
  while (!r.done && ci < candidates.length) {
    doc += r.varint();
    if (withRank) r.pos++;
    const count = r.varint();
    while (ci < candidates.length && candidates[ci]! < doc) ci++;
    if (ci < candidates.length && candidates[ci] === doc) {
      if (sink.n + count > out.pos.length) {
        let size = out.pos.length * 2;
        while (size < sink.n + count) size *= 2;
        const next = new Int32Array(size);
        next.set(out.pos.subarray(0, sink.n));
        out.pos = next;
      }
      out.has[ci] = 1;
      out.start[ci] = sink.n;
      let p = 0;
      for (let k = 0; k < count; k++) {
        p += r.varint();
        out.pos[sink.n++] = p;
      }
      ci++;
    } else {
      r.pos = skipVarints(data, r.pos, count);
    }
  }
  return ci;
}
