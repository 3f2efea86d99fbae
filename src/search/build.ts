import type { Article, Corpus, Page } from '../contract/bundle.ts';
import { articleFields, HEADLINE_ZONE, MAX_POSITION } from './fields.ts';
import {
  bigramKey,
  bucketOf,
  ENTRY_FILE,
  INDEX_FORMAT,
  PAGE_CHUNK,
  paths,
  Tier,
  type EntitiesFileData,
  type Fragment,
  type SearchEntry,
} from './format.ts';
import { forEachNormalizedUnit } from './normalize.ts';
import { buildPinyinTable } from './pinyin.ts';
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
}

const POS_SCALE = 2 ** 21;

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

  /** Points entry `e` at a fresh region of `size` bytes (a new pool when the current one is full). */
  private alloc(e: number, size: number): void {
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

  append(key: number, doc: number, count: number, first: number, positions: Float64Array | null, from: number): void {
    const e = this.entry(key);
    const st = this.table;
    const len = st[e + E_LEN]!;
    // Worst case: 5 bytes per varint (positions stay below 2^21, so 3 suffice for them).
    const need = len + 11 + (positions ? 3 * count : 0);
    if (need > st[e + E_CAP]!) {
      let size = st[e + E_CAP]! * 2;
      while (size < need) size *= 2;
      const old = this.pools[st[e + E_POOL]!]!;
      const oldOff = st[e + E_OFF]!;
      this.alloc(e, size);
      this.pools[st[e + E_POOL]!]!.set(old.subarray(oldOff, oldOff + len), st[e + E_OFF]!);
    }
    const buf = this.pools[st[e + E_POOL]!]!;
    const base = st[e + E_OFF]!;
    let o = base + len;
    let v = doc + 1 - st[e + E_LAST]!;
    while (v >= 0x80) {
      buf[o++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    buf[o++] = v;
    buf[o++] = rankByte(count, first);
    if (positions) {
      v = count;
      while (v >= 0x80) {
        buf[o++] = (v & 0x7f) | 0x80;
        v >>>= 7;
      }
      buf[o++] = v;
      let prev = 0;
      for (let i = 0; i < count; i++) {
        const p = positions[from + i]!;
        v = p - prev;
        prev = p;
        while (v >= 0x80) {
          buf[o++] = (v & 0x7f) | 0x80;
          v >>>= 7;
        }
        buf[o++] = v;
      }
    }
    st[e + E_LEN] = o - base;
    st[e + E_LAST] = doc + 1;
    st[e + E_DF] = st[e + E_DF]! + 1;
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

/** Splits a full bigram posting into a document stream and position chunks of about `chunkBytes`. */
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
 * Builds the sharded search index of a corpus. Pure: returns the files (paths relative to
 * `data/search/`) for the pipeline to write; `entry` is the path of the entry file among them.
 */
export function buildSearchIndex(
  corpus: Corpus,
  options: BuildOptions = {},
): { entry: string; files: Map<string, Uint8Array | string> } {
  const inlineMax = options.inlineMax ?? 384;
  const fileMax = options.fileMax ?? 24 * 1024;
  const chunkBytes = options.chunkBytes ?? 3 * 1024;
  const bucketBytes = options.bucketBytes ?? 8 * 1024;
  const files = new Map<string, Uint8Array | string>();

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
  const docOf = new Map(articles.map((a, i) => [a.id, i]));

  const postings = new Postings();
  let keys = new Float64Array(4096);
  const docPages = new ByteWriter();
  let prevPage = 0;

  articles.forEach((article, doc) => {
    const page = pageOf(article);
    const delta = page - prevPage;
    docPages.varint(delta >= 0 ? delta * 2 : -delta * 2 - 1);
    prevPage = page;

    const fields = articleFields(article);
    let n = 0;
    let pos = 0;
    const push = (v: number) => {
      if (n === keys.length) {
        const next = new Float64Array(keys.length * 2);
        next.set(keys);
        keys = next;
      }
      keys[n++] = v;
    };
    fields.forEach((f, fi) => {
      if (fi === 1) pos = Math.max(pos, HEADLINE_ZONE);
      let prev = -1;
      forEachNormalizedUnit(f.text, (unit) => {
        const p = pos++;
        if (p > MAX_POSITION) return;
        push(unit * POS_SCALE + p);
        if (prev >= 0) push(bigramKey(prev, unit) * POS_SCALE + p - 1);
        prev = unit;
      });
      // A gap between fields, so no bigram spans two of them.
      pos++;
    });
    const sorted = keys.subarray(0, n).sort();
    const positions = new Float64Array(n);
    for (let i = 0; i < n; ) {
      const key = Math.floor(sorted[i]! / POS_SCALE);
      let j = i;
      while (j < n && Math.floor(sorted[j]! / POS_SCALE) === key) {
        positions[j] = sorted[j]! - key * POS_SCALE;
        j++;
      }
      postings.append(key, doc, j - i, positions[i]!, key >= 65536 ? positions : null, i);
      i = j;
    }

    const fragment: Fragment = {
      id: article.id,
      pageId: article.pageId,
      ...(pages[page]?.date ? { date: pages[page]!.date } : {}),
      ...(pages[page]?.number ? { pageNumber: pages[page]!.number } : {}),
      fields: fields.map((f) => [f.field, f.index, f.text]),
    };
    files.set(paths.fragment(doc), JSON.stringify(fragment));
  });

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
    const slots = Array.from(bySlot.subarray(bucketStart[b]!, bucketStart[b + 1]!)).sort(
      (x, y) => postings.key(x) - postings.key(y),
    );
    const w = new ByteWriter();
    w.varint(slots.length);
    let prevKey = 0;
    for (const slot of slots) {
      const key = postings.key(slot);
      const bytes = postings.bytesOf(slot);
      w.varint(key - prevKey);
      prevKey = key;
      w.varint(postings.df(slot));
      const unigram = key < 65536;
      if (bytes.length <= inlineMax) {
        w.varint(unigram ? Tier.InlineDocs : Tier.InlineFull);
        w.varint(bytes.length);
        w.bytes(bytes);
      } else if (unigram) {
        w.varint(Tier.FileDocs);
        w.varint(bytes.length);
        files.set(paths.docStream(key), bytes.slice());
      } else if (bytes.length <= fileMax) {
        w.varint(Tier.FileFull);
        w.varint(bytes.length);
        files.set(paths.gram(key), bytes.slice());
      } else {
        const { docs, chunks } = splitChunked(bytes, chunkBytes);
        w.varint(Tier.Chunked);
        w.varint(docs.length);
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

  const faceted = corpus.entities.filter((e) => e.kind === 'person' || e.kind === 'enterprise');
  const entitiesData: EntitiesFileData = {
    entities: faceted.map((e) => ({
      id: e.id,
      name: e.name,
      kind: e.kind as 'person' | 'enterprise',
      docs: encodeDocList(e.mentions.map((m) => docOf.get(m.articleId)).filter((d): d is number => d !== undefined)),
    })),
  };
  if (faceted.length > 0) files.set(paths.entities, JSON.stringify(entitiesData));
  const pinyinTable = buildPinyinTable(corpus.entities);
  const hasPinyin = Object.keys(pinyinTable).length > 0;
  if (hasPinyin) files.set(paths.pinyin, JSON.stringify(pinyinTable));

  const entry: SearchEntry = {
    format: INDEX_FORMAT,
    docCount: articles.length,
    bucketCount,
    pageCount: pages.length,
    docPages: toBase64(docPages.finish()),
    dates,
    datePages,
    entities: faceted.length > 0,
    pinyin: hasPinyin,
  };
  files.set(ENTRY_FILE, JSON.stringify(entry));
  return { entry: ENTRY_FILE, files };
}
