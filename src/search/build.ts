import type { Article, Entity, Page } from '../contract/bundle.ts';
import { articleFields } from './fields.ts';
import {
  bigramKey,
  bucketOf,
  keyInBucket,
  RARE_BIGRAM_DF,
  PAGE_CHUNK,
  paths,
  Tier,
  tierAndLength,
  type DocPagesFile,
  type EntitiesFileData,
  type Fragment,
  type SegmentEntry,
} from './format.ts';
import { forEachIndexedUnit } from './indexed-units.ts';
import { forEachNormalizedUnit } from './normalize.ts';
import { rankByte } from './rank.ts';
import { ByteReader, ByteWriter, toBase64 } from './varint.ts';

export interface BuildOptions {
  /** Postings up to this many bytes live inside their dictionary bucket. */
  inlineMax?: number;
  /** Postings up to this many bytes get one file; larger ones are split into a document stream and position chunks. */
  fileMax?: number;
  /** Target size of one position chunk. */
  chunkBytes?: number;
  /** Target size of one dictionary bucket. */
  bucketBytes?: number;
  /** Bigrams in at most this many documents are stored without positions ({@link RARE_BIGRAM_DF}). */
  rareBigramDf?: number;
}

/** Pages newest first (undated last), then by id: the order documents are numbered in. */
function orderPages(pages: readonly Page[]): Page[] {
  return [...pages].sort((a, b) => {
    if (a.date !== b.date) {
      if (a.date === undefined) return 1;
      if (b.date === undefined) return -1;
      return a.date < b.date ? 1 : -1;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

function mix(key: number): number {
  let h = Math.imul(key ^ (key >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return (h ^ (h >>> 15)) >>> 0;
}

const POOL_BYTES = 1 << 26;
/** Records (one per gram per document) gathered before they are sorted into the postings. */
const BATCH_RECORDS = 1 << 22;

// Each gram's state lives in its hash-table entry, so an append touches one cache line for the
// lookup and the state together (the build is bound by memory latency, not arithmetic).
const E_KEY = 0;
const E_POOL = 1;
const E_OFF = 2;
const E_CAP = 3;
const E_LEN = 4;
/** Last document + 1 (0 before the first). */
const E_LAST = 5;
const E_DF = 6;
const STRIDE = 8;

/**
 * Growable per-gram postings for millions of grams: byte regions in large pools, and per-gram
 * state in an open-addressing table of 8-int entries keyed by the gram (keys fit in 32 bits and
 * are never 0), so no gram costs a JS object. A slot is an entry's index in the table.
 */
class Postings {
  private table: Int32Array = new Int32Array(STRIDE << 16);
  count = 0;
  private pools: Uint8Array[] = [new Uint8Array(POOL_BYTES)];
  private poolUsed = 0;

  private growTable(): void {
    const old = this.table;
    const table = new Int32Array(old.length * 2);
    const mask = (table.length >> 3) - 1;
    for (let i = 0; i < old.length; i += STRIDE) {
      if (old[i] === 0) continue;
      let h = mix(old[i]! >>> 0);
      for (;;) {
        h &= mask;
        if (table[h * STRIDE] === 0) break;
        h++;
      }
      table.set(old.subarray(i, i + STRIDE), h * STRIDE);
    }
    this.table = table;
  }

  /**
   * Regions given up by grams that outgrew them, by size class (sizes are powers of two): without
   * reuse they were about half of all pool memory at 100,000 articles (2.75 GB for 0.96 GB of postings).
   */
  private free: number[][] = [];

  /** Points entry `e` at a region of `size` bytes (a power of two): a freed one, or fresh space. */
  private alloc(e: number, size: number): void {
    const reusable = this.free[31 - Math.clz32(size)];
    if (reusable && reusable.length > 0) {
      this.table[e + E_OFF] = reusable.pop()!;
      this.table[e + E_POOL] = reusable.pop()!;
      this.table[e + E_CAP] = size;
      return;
    }
    if (this.poolUsed + size > POOL_BYTES) {
      this.pools.push(new Uint8Array(Math.max(POOL_BYTES, size)));
      this.poolUsed = 0;
    }
    this.table[e + E_POOL] = this.pools.length - 1;
    this.table[e + E_OFF] = this.poolUsed;
    this.table[e + E_CAP] = size;
    this.poolUsed += size;
  }

  /** The table offset of the gram's entry, created when new. */
  private entry(key: number): number {
    const k32 = key | 0;
    let table = this.table;
    let mask = (table.length >> 3) - 1;
    let h = mix(key);
    for (;;) {
      h &= mask;
      const k = table[h * STRIDE]!;
      if (k === k32) return h * STRIDE;
      if (k === 0) break;
      h++;
    }
    if ((this.count + 1) * 10 > (table.length >> 3) * 7) {
      this.growTable();
      table = this.table;
      mask = (table.length >> 3) - 1;
      h = mix(key);
      for (;;) {
        h &= mask;
        if (table[h * STRIDE] === 0) break;
        h++;
      }
    }
    this.count++;
    const e = h * STRIDE;
    table[e + E_KEY] = k32;
    this.alloc(e, 8);
    return e;
  }

  /**
   * Appends the batch records `order[from..to)` (all of gram `key`, in document order) with one
   * lookup and at most one move of the gram's region.
   */
  appendRun(key: number, batch: Batch, order: Int32Array, from: number, to: number): void {
    const e = this.entry(key);
    const st = this.table;
    const len = st[e + E_LEN]!;
    const info = batch.info;
    let need = len;
    for (let i = from; i < to; i++) {
      const r = order[i]! * 3;
      need += 5 + info[r + 2]! - info[r + 1]!;
    }
    if (need > st[e + E_CAP]!) {
      let size = st[e + E_CAP]! * 2;
      while (size < need) size *= 2;
      const oldPool = st[e + E_POOL]!;
      const oldOff = st[e + E_OFF]!;
      const oldCap = st[e + E_CAP]!;
      this.alloc(e, size);
      this.pools[st[e + E_POOL]!]!.set(this.pools[oldPool]!.subarray(oldOff, oldOff + len), st[e + E_OFF]!);
      (this.free[31 - Math.clz32(oldCap)] ??= []).push(oldPool, oldOff);
    }
    const buf = this.pools[st[e + E_POOL]!]!;
    const base = st[e + E_OFF]!;
    let o = base + len;
    let last = st[e + E_LAST]!;
    const enc = batch.enc;
    for (let i = from; i < to; i++) {
      const r = order[i]! * 3;
      const doc = info[r]!;
      let v = doc + 1 - last;
      last = doc + 1;
      while (v >= 0x80) {
        buf[o++] = (v & 0x7f) | 0x80;
        v >>>= 7;
      }
      buf[o++] = v;
      const end = info[r + 2]!;
      for (let k = info[r + 1]!; k < end; k++) buf[o++] = enc[k]!;
    }
    st[e + E_LEN] = o - base;
    st[e + E_LAST] = last;
    st[e + E_DF] = st[e + E_DF]! + (to - from);
  }

  /** Every used slot. */
  slots(): Int32Array {
    const out = new Int32Array(this.count);
    let n = 0;
    for (let e = 0; e < this.table.length; e += STRIDE) if (this.table[e] !== 0) out[n++] = e;
    return out;
  }

  key(slot: number): number {
    return this.table[slot + E_KEY]! >>> 0;
  }

  df(slot: number): number {
    return this.table[slot + E_DF]!;
  }

  length(slot: number): number {
    return this.table[slot + E_LEN]!;
  }

  bytesOf(slot: number): Uint8Array {
    const off = this.table[slot + E_OFF]!;
    return this.pools[this.table[slot + E_POOL]!]!.subarray(off, off + this.table[slot + E_LEN]!);
  }
}

/**
 * One document's grams and their positions, grouped by gram without sorting: an open-addressing
 * table of the grams seen (stamped per document, so it is never cleared) with each gram's
 * positions chained in the order they were added, which is ascending.
 */
class DocGrams {
  private cap = 1 << 13;
  private keys = new Int32Array(this.cap);
  private stamp = new Int32Array(this.cap);
  private head = new Int32Array(this.cap);
  private tail = new Int32Array(this.cap);
  private count = new Int32Array(this.cap);
  private epoch = 0;
  private used = new Int32Array(this.cap);
  private nUsed = 0;
  private occPos = new Int32Array(1 << 14);
  private occNext = new Int32Array(1 << 14);
  private nOcc = 0;

  reset(): void {
    this.epoch++;
    this.nUsed = 0;
    this.nOcc = 0;
  }

  add(key: number, position: number): void {
    if (this.nOcc === this.occPos.length) {
      const size = this.occPos.length * 2;
      const p = new Int32Array(size);
      p.set(this.occPos);
      this.occPos = p;
      const n = new Int32Array(size);
      n.set(this.occNext);
      this.occNext = n;
    }
    const o = this.nOcc++;
    this.occPos[o] = position;
    this.occNext[o] = -1;
    const k32 = key | 0;
    const mask = this.cap - 1;
    let h = mix(key) & mask;
    for (;;) {
      if (this.stamp[h] !== this.epoch) {
        if ((this.nUsed + 1) * 2 > this.cap) {
          this.grow();
          this.nOcc--;
          this.add(key, position);
          return;
        }
        this.stamp[h] = this.epoch;
        this.keys[h] = k32;
        this.head[h] = o;
        this.tail[h] = o;
        this.count[h] = 1;
        this.used[this.nUsed++] = h;
        return;
      }
      if (this.keys[h] === k32) {
        this.occNext[this.tail[h]!] = o;
        this.tail[h] = o;
        this.count[h]! += 1;
        return;
      }
      h = (h + 1) & mask;
    }
  }

  /** Doubles the table, re-inserting this document's grams. */
  private grow(): void {
    const { keys, head, tail, count, used, nUsed } = this;
    this.cap *= 2;
    this.keys = new Int32Array(this.cap);
    this.stamp = new Int32Array(this.cap);
    this.head = new Int32Array(this.cap);
    this.tail = new Int32Array(this.cap);
    this.count = new Int32Array(this.cap);
    this.used = new Int32Array(this.cap);
    this.epoch = 1;
    this.nUsed = 0;
    const mask = this.cap - 1;
    for (let i = 0; i < nUsed; i++) {
      const s = used[i]!;
      let h = mix(keys[s]! >>> 0) & mask;
      while (this.stamp[h] === 1) h = (h + 1) & mask;
      this.stamp[h] = 1;
      this.keys[h] = keys[s]!;
      this.head[h] = head[s]!;
      this.tail[h] = tail[s]!;
      this.count[h] = count[s]!;
      this.used[this.nUsed++] = h;
    }
  }

  /** Adds every gram of document `doc` to the batch. */
  flush(doc: number, batch: Batch): void {
    for (let i = 0; i < this.nUsed; i++) {
      const h = this.used[i]!;
      const key = this.keys[h]! >>> 0;
      const count = this.count[h]!;
      const first = this.occPos[this.head[h]!]!;
      const withPositions = key >= 65536;
      batch.begin(key, doc, 6 + (withPositions ? 3 * count : 0));
      batch.byte(rankByte(count, first));
      if (withPositions) {
        batch.varint(count);
        let prev = 0;
        for (let o = this.head[h]!; o >= 0; o = this.occNext[o]!) {
          const p = this.occPos[o]!;
          batch.varint(p - prev);
          prev = p;
        }
      }
      batch.end();
    }
  }
}

/**
 * Postings of a batch of documents as flat records (gram, document, the entry's bytes after its
 * document delta), sorted by gram before they are appended, so that the big gram table is visited
 * once per gram per batch instead of once per gram per document (the build is bound by those
 * cache misses).
 */
class Batch {
  n = 0;
  key = new Uint32Array(1 << 16);
  /** Per record: document, start and end of its bytes in `enc`. */
  info = new Int32Array(3 << 16);
  enc = new Uint8Array(1 << 20);
  private nEnc = 0;

  begin(key: number, doc: number, maxBytes: number): void {
    if (this.n === this.key.length) {
      const k = new Uint32Array(this.key.length * 2);
      k.set(this.key);
      this.key = k;
      const info = new Int32Array(this.info.length * 2);
      info.set(this.info);
      this.info = info;
    }
    if (this.nEnc + maxBytes > this.enc.length) {
      let size = this.enc.length * 2;
      while (size < this.nEnc + maxBytes) size *= 2;
      const next = new Uint8Array(size);
      next.set(this.enc.subarray(0, this.nEnc));
      this.enc = next;
    }
    this.key[this.n] = key;
    this.info[this.n * 3] = doc;
    this.info[this.n * 3 + 1] = this.nEnc;
  }

  byte(v: number): void {
    this.enc[this.nEnc++] = v;
  }

  varint(value: number): void {
    let v = value;
    while (v >= 0x80) {
      this.enc[this.nEnc++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.enc[this.nEnc++] = v;
  }

  end(): void {
    this.info[this.n * 3 + 2] = this.nEnc;
    this.n++;
  }

  private order = new Int32Array(0);
  private tmp = new Int32Array(0);
  private orderKey = new Uint32Array(0);
  private tmpKey = new Uint32Array(0);
  private histogram = new Int32Array(65537);

  /** Appends the batch to the postings, gram by gram (a stable radix sort keeps document order), and empties it. */
  drain(postings: Postings): void {
    const n = this.n;
    if (this.order.length < n) {
      this.order = new Int32Array(this.key.length);
      this.tmp = new Int32Array(this.key.length);
      this.orderKey = new Uint32Array(this.key.length);
      this.tmpKey = new Uint32Array(this.key.length);
    }
    // Keys travel with the record numbers, so both passes and the run scan read sequentially.
    let src = this.tmp;
    let dst = this.order;
    let srcKey = this.tmpKey;
    let dstKey = this.orderKey;
    const keys = this.key;
    const hist = this.histogram;
    for (let i = 0; i < n; i++) {
      src[i] = i;
      srcKey[i] = keys[i]!;
    }
    for (const shift of [0, 16]) {
      hist.fill(0);
      for (let i = 0; i < n; i++) hist[((srcKey[i]! >>> shift) & 0xffff) + 1]! += 1;
      for (let d = 0; d < 65536; d++) hist[d + 1]! += hist[d]!;
      for (let i = 0; i < n; i++) {
        const k = srcKey[i]!;
        const at = hist[(k >>> shift) & 0xffff]!++;
        dst[at] = src[i]!;
        dstKey[at] = k;
      }
      [src, dst] = [dst, src];
      [srcKey, dstKey] = [dstKey, srcKey];
    }
    // After two passes the sorted order is in `src`.
    for (let i = 0; i < n; ) {
      const key = srcKey[i]!;
      let j = i + 1;
      while (j < n && srcKey[j] === key) j++;
      postings.appendRun(key, this, src, i, j);
      i = j;
    }
    this.n = 0;
    this.nEnc = 0;
  }
}

/**
 * A built bigram posting (per document its delta, rank byte, count and positions) as stored: with
 * `positions`, per document its delta, count and positions (the count and the first position make
 * the rank byte again); without, its delta and rank byte, a unigram's form, which a rare bigram keeps.
 */
function storedPosting(built: Uint8Array, positions: boolean): Uint8Array {
  const out = new ByteWriter();
  const r = new ByteReader(built);
  while (!r.done) {
    out.varint(r.varint());
    const rank = r.byte();
    if (!positions) out.byte(rank);
    const count = r.varint();
    if (positions) out.varint(count);
    for (let k = 0; k < count; k++) {
      const position = r.varint();
      if (positions) out.varint(position);
    }
  }
  return out.finish();
}

/** Splits a built bigram posting (with rank bytes) into a document stream and position chunks of about `chunkBytes`. */
function splitChunked(full: Uint8Array, chunkBytes: number) {
  const docs = new ByteWriter();
  const chunks: { first: number; bytes: Uint8Array }[] = [];
  let chunk = new ByteWriter();
  let chunkFirst = -1;
  let chunkPrev = -1;
  const r = new ByteReader(full);
  let doc = -1;
  let prevDoc = -1;
  while (!r.done) {
    doc += r.varint();
    const rank = r.byte();
    docs.varint(doc - prevDoc);
    docs.byte(rank);
    prevDoc = doc;
    if (chunk.length >= chunkBytes) {
      chunks.push({ first: chunkFirst, bytes: chunk.finish() });
      chunk = new ByteWriter();
      chunkFirst = -1;
    }
    if (chunkFirst < 0) {
      chunkFirst = doc;
      chunkPrev = doc - 1;
    }
    chunk.varint(doc - chunkPrev);
    chunkPrev = doc;
    const count = r.varint();
    chunk.varint(count);
    for (let i = 0; i < count; i++) chunk.varint(r.varint());
  }
  if (chunk.length > 0) chunks.push({ first: chunkFirst, bytes: chunk.finish() });
  return { docs: docs.finish(), chunks };
}

function encodeDocList(docs: number[]): string {
  const w = new ByteWriter();
  let prev = -1;
  for (const d of [...docs].sort((a, b) => a - b)) {
    if (d === prev) continue;
    w.varint(d - prev);
    prev = d;
  }
  return toBase64(w.finish());
}

/**
 * What a segment indexes: its pages and articles, and of each entity only its facet (id, name,
 * kind) and the articles it is mentioned in. An entity's roles and aliases grow with other
 * editions; left out, they cannot change an older segment's files, nor its build cache key.
 */
export interface SegmentInput extends SegmentText {
  entities: readonly (Pick<Entity, 'id' | 'name' | 'kind'> & { mentions: readonly Pick<Entity['mentions'][number], 'articleId'>[] })[];
}

/** A segment's pages and articles: all its text index is built from. */
export interface SegmentText {
  pages: readonly Page[];
  articles: readonly Article[];
}

type SegmentFiles = Map<string, Uint8Array | string>;
type SegmentEntryPart = Omit<SegmentEntry, 'key' | 'first' | 'last'>;

/** Pages newest first (undated last), and articles by their page's date, newest first, then id: document numbers. */
function documentOrder(corpus: SegmentText): { pages: Page[]; articles: Article[]; pageOf: (a: Article) => number } {
  const pages = orderPages(corpus.pages);
  const pageIndex = new Map(pages.map((p, i) => [p.id, i]));
  const pageOf = (a: Article) => pageIndex.get(a.pageId) ?? pages.length;
  const articles = [...corpus.articles].sort((a, b) => {
    const pa = pages[pageOf(a)];
    const pb = pages[pageOf(b)];
    const da = pa?.date;
    const db = pb?.date;
    if (da !== db) {
      if (da === undefined) return 1;
      if (db === undefined) return -1;
      return da < db ? 1 : -1;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  return { pages, articles, pageOf };
}

/**
 * Builds one segment's index (segmented.ts splits the archive), its binary files not yet
 * compressed. Pure: returns the files (paths relative to the segment's folder) and what the entry
 * lists of it. `corpus` is the segment's part of the archive: its pages, their articles, and the
 * entities with their mentions in those articles.
 */
export function buildSegment(corpus: SegmentInput, options: BuildOptions = {}): { files: SegmentFiles; entry: SegmentEntryPart } {
  const text = buildSegmentText(corpus, options);
  return withSegmentEntities(text, corpus);
}

/**
 * A segment's entity facets (`entities.json`) added to its text index: apart, because entities
 * are found across the archive and a new edition may name one in an older segment's articles,
 * whose text index stays as it was.
 */
export function withSegmentEntities(text: { files: SegmentFiles; entry: SegmentEntryPart }, corpus: SegmentInput): { files: SegmentFiles; entry: SegmentEntryPart } {
  const docOf = new Map(documentOrder(corpus).articles.map((a, i) => [a.id, i]));
  const faceted = corpus.entities.filter((e) => e.kind === 'person' || e.kind === 'enterprise');
  const files = new Map(text.files);
  if (faceted.length > 0) {
    const entitiesData: EntitiesFileData = {
      entities: faceted.map((e) => ({
        id: e.id,
        name: e.name,
        kind: e.kind as 'person' | 'enterprise',
        docs: encodeDocList(e.mentions.map((m) => docOf.get(m.articleId)).filter((d): d is number => d !== undefined)),
      })),
    };
    files.set(paths.entities, JSON.stringify(entitiesData));
  }
  return { files, entry: { ...text.entry, entities: faceted.length > 0 } };
}

/** A segment's text index: fragments, dictionary buckets, postings, pages and dates; no entities. */
export function buildSegmentText(corpus: SegmentText, options: BuildOptions = {}): { files: SegmentFiles; entry: SegmentEntryPart } {
  const inlineMax = options.inlineMax ?? 384;
  const fileMax = options.fileMax ?? 24 * 1024;
  const chunkBytes = options.chunkBytes ?? 3 * 1024;
  const bucketBytes = options.bucketBytes ?? 8 * 1024;
  const rareBigramDf = options.rareBigramDf ?? RARE_BIGRAM_DF;
  const files = new Map<string, Uint8Array | string>();
  const { pages, articles, pageOf } = documentOrder(corpus);

  const postings = new Postings();
  const grams = new DocGrams();
  const batch = new Batch();
  const docPages = new ByteWriter();
  let prevPage = 0;

  articles.forEach((article, doc) => {
    const page = pageOf(article);
    const delta = page - prevPage;
    docPages.varint(delta >= 0 ? delta * 2 : -delta * 2 - 1);
    prevPage = page;

    const fields = articleFields(article);
    grams.reset();
    let prevUnit = 0;
    let prevPosition = -2;
    forEachIndexedUnit(
      forEachNormalizedUnit,
      fields.map((f) => f.text),
      (unit, p) => {
        grams.add(unit, p);
        if (prevPosition === p - 1) grams.add(bigramKey(prevUnit, unit), p - 1);
        prevUnit = unit;
        prevPosition = p;
      },
    );
    grams.flush(doc, batch);
    if (batch.n >= BATCH_RECORDS) batch.drain(postings);

    const fragment: Fragment = {
      id: article.id,
      pageId: article.pageId,
      ...(pages[page]?.date ? { date: pages[page]!.date } : {}),
      ...(pages[page]?.number ? { pageNumber: pages[page]!.number } : {}),
      fields: fields.map((f) => [f.field, f.index, f.text]),
    };
    files.set(paths.fragment(doc), JSON.stringify(fragment));
  });

  batch.drain(postings);

  // Dictionary buckets: sized so that one bucket file stays small whatever the corpus.
  const used = postings.slots();
  let inlineTotal = 0;
  for (const slot of used) {
    const len = postings.length(slot);
    inlineTotal += 8 + (len <= inlineMax ? len : 8);
  }
  const bucketCount = Math.max(1, Math.min(65536, Math.ceil(inlineTotal / bucketBytes)));
  // Group slots by bucket (a counting sort), then order each bucket by key.
  const bucketStart = new Int32Array(bucketCount + 1);
  const slotBucket = new Int32Array(used.length);
  used.forEach((slot, i) => {
    const b = bucketOf(postings.key(slot), bucketCount);
    slotBucket[i] = b;
    bucketStart[b + 1]! += 1;
  });
  for (let b = 0; b < bucketCount; b++) bucketStart[b + 1]! += bucketStart[b]!;
  const bySlot = new Int32Array(used.length);
  const fill = bucketStart.slice(0, bucketCount);
  used.forEach((slot, i) => (bySlot[fill[slotBucket[i]!]!++] = slot));

  for (let b = 0; b < bucketCount; b++) {
    const slots = Array.from(bySlot.subarray(bucketStart[b]!, bucketStart[b + 1]!), (slot) => ({
      slot,
      stored: keyInBucket(postings.key(slot), bucketCount),
    })).sort((x, y) => x.stored - y.stored);
    const w = new ByteWriter();
    w.varint(slots.length);
    let prevStored = 0;
    for (const { slot, stored } of slots) {
      const key = postings.key(slot);
      const df = postings.df(slot);
      const built = postings.bytesOf(slot);
      w.varint(stored - prevStored);
      prevStored = stored;
      const positions = key >= 65536 && df > rareBigramDf;
      if (!positions) {
        const bytes = key >= 65536 ? storedPosting(built, false) : built;
        if (bytes.length <= inlineMax) {
          w.varint(tierAndLength(Tier.InlineDocs, bytes.length));
          w.bytes(bytes);
        } else {
          w.varint(tierAndLength(Tier.FileDocs, bytes.length));
          w.varint(df);
          files.set(paths.docStream(key), bytes);
        }
        continue;
      }
      const full = storedPosting(built, true);
      if (full.length <= inlineMax) {
        w.varint(tierAndLength(Tier.InlineFull, full.length));
        w.bytes(full);
      } else if (full.length <= fileMax) {
        w.varint(tierAndLength(Tier.FileFull, full.length));
        w.varint(df);
        files.set(paths.gram(key), full);
      } else {
        const { docs, chunks } = splitChunked(built, chunkBytes);
        w.varint(tierAndLength(Tier.Chunked, docs.length));
        w.varint(df);
        w.varint(chunks.length);
        let prevFirst = -1;
        chunks.forEach((c, i) => {
          w.varint(c.first - prevFirst);
          prevFirst = c.first;
          w.varint(c.bytes.length);
          files.set(paths.chunk(key, i), c.bytes);
        });
        files.set(paths.docStream(key), docs);
      }
    }
    files.set(paths.bucket(b), w.finish());
  }

  for (let c = 0; c * PAGE_CHUNK < pages.length; c++) {
    const chunk = pages.slice(c * PAGE_CHUNK, (c + 1) * PAGE_CHUNK).map((p) => ({
      id: p.id,
      ...(p.date ? { date: p.date } : {}),
      ...(p.number ? { number: p.number } : {}),
    }));
    files.set(paths.pages(c), JSON.stringify(chunk));
  }

  const dates: string[] = [];
  const datePages: number[] = [];
  for (const p of pages) {
    if (!p.date) break;
    if (dates[dates.length - 1] === p.date) datePages[datePages.length - 1]! += 1;
    else {
      dates.push(p.date);
      datePages.push(1);
    }
  }

  const docPagesFile: DocPagesFile = { docPages: toBase64(docPages.finish()), dates, datePages };
  files.set(paths.docPages, JSON.stringify(docPagesFile));
  return { files, entry: { docCount: articles.length, bucketCount, pageCount: pages.length, entities: false } };
}
