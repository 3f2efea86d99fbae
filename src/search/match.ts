import { bigramKey } from './format.ts';
import type { DecodedPositions, Dictionary, DocList, GramEntry } from './postings.ts';
import { rankByte } from './rank.ts';

const EMPTY: DocList = { docs: new Int32Array(0), ranks: new Uint8Array(0) };

/** Sorted intersection of document ids. */
export function intersectDocs(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      out[n++] = x;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out.subarray(0, n);
}

/** Union of alternatives (pinyin expansions); a document keeps its best rank byte. */
export function unionLists(lists: DocList[]): DocList {
  if (lists.length === 1) return lists[0]!;
  const best = new Map<number, number>();
  for (const l of lists) {
    for (let i = 0; i < l.docs.length; i++) {
      const d = l.docs[i]!;
      const prev = best.get(d);
      const r = l.ranks[i]!;
      if (prev === undefined || (r & 128) > (prev & 128) || ((r & 128) === (prev & 128) && r > prev)) best.set(d, r);
    }
  }
  const docs = Int32Array.from([...best.keys()].sort((a, b) => a - b));
  const ranks = Uint8Array.from(docs, (d) => best.get(d)!);
  return { docs, ranks };
}

/**
 * Cheapest set of bigram offsets covering every character of the term: offsets 0 and L-2 are
 * always in, and consecutive chosen offsets are at most 2 apart. Rare grams are cheap, so a
 * common gram like 生产 in 新质生产力 is skipped when its neighbours cover it.
 */
function cheapestCover(costs: number[]): number[] {
  const n = costs.length;
  const best = new Array<number>(n).fill(Infinity);
  const from = new Array<number>(n).fill(-1);
  best[0] = costs[0]!;
  for (let k = 1; k < n; k++) {
    for (const prev of [k - 1, k - 2]) {
      if (prev < 0) continue;
      const c = best[prev]! + costs[k]!;
      if (c < best[k]!) {
        best[k] = c;
        from[k] = prev;
      }
    }
  }
  const out: number[] = [];
  for (let k = n - 1; k >= 0; k = from[k]!) out.push(k);
  return out.reverse();
}

function hasPosition(pos: Int32Array, from: number, to: number, p: number): boolean {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = pos[mid]!;
    if (v === p) return true;
    if (v < p) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Walks one cover gram's decoded parts alongside the ascending candidates. */
class Cursor {
  private part = 0;
  private i = 0;
  /** After a successful `seek`: the part holding the document and its index there. */
  cur: DecodedPositions | undefined;
  at = 0;
  constructor(
    private readonly parts: DecodedPositions[],
    readonly offset: number,
    readonly df: number,
  ) {}

  seek(doc: number): boolean {
    const parts = this.parts;
    while (this.part < parts.length) {
      const docs = parts[this.part]!.docs;
      let i = this.i;
      while (i < docs.length && docs[i]! < doc) i++;
      this.i = i;
      if (i < docs.length) {
        if (docs[i] !== doc) return false;
        this.cur = parts[this.part]!;
        this.at = i;
        return true;
      }
      this.part++;
      this.i = 0;
    }
    return false;
  }
}

/** The documents containing one normalized string, with a rank byte each. Exact. */
export async function matchString(dict: Dictionary, text: string): Promise<DocList> {
  const L = text.length;
  if (L === 0) return EMPTY;
  if (L === 1) {
    const e = await dict.entry(text.charCodeAt(0));
    return e ? dict.docList(e) : EMPTY;
  }
  const keys: number[] = [];
  for (let k = 0; k + 1 < L; k++) keys.push(bigramKey(text.charCodeAt(k), text.charCodeAt(k + 1)));
  const entries = await Promise.all(keys.map((key) => dict.entry(key)));
  if (entries.some((e) => e === undefined)) return EMPTY;
  const grams = entries as GramEntry[];
  if (L === 2) return dict.docList(grams[0]!);

  // Candidates: documents holding the two rarest grams.
  const distinct = [...new Map(grams.map((g) => [g.key, g])).values()].sort((a, b) => a.df - b.df);
  const lists = await Promise.all(distinct.slice(0, 2).map((g) => dict.docList(g)));
  let candidates = lists[0]!.docs;
  if (lists[1]) candidates = intersectDocs(candidates, lists[1].docs);
  if (candidates.length === 0) return EMPTY;

  const cover = cheapestCover(grams.map((g) => (g.inline ? 0 : g.df)));
  const partsByKey = new Map<number, Promise<DecodedPositions[]>>();
  for (const k of cover) {
    const g = grams[k]!;
    if (!partsByKey.has(g.key)) partsByKey.set(g.key, dict.positionParts(g, candidates));
  }
  const cursors: Cursor[] = [];
  for (const k of cover) cursors.push(new Cursor(await partsByKey.get(grams[k]!.key)!, k, grams[k]!.df));
  // Anchor on the rarest cover gram (fewest positions to try); check the others at their offsets.
  cursors.sort((a, b) => a.df - b.df);
  const anchor = cursors[0]!;
  const others = cursors.slice(1);

  const docs = new Int32Array(candidates.length);
  const ranks = new Uint8Array(candidates.length);
  let n = 0;
  outer: for (let ci = 0; ci < candidates.length; ci++) {
    const doc = candidates[ci]!;
    if (!anchor.seek(doc)) continue;
    for (const o of others) if (!o.seek(doc)) continue outer;
    const a = anchor.cur!;
    let count = 0;
    let first = -1;
    for (let i = a.start[anchor.at]!; i < a.start[anchor.at + 1]!; i++) {
      const start = a.pos[i]! - anchor.offset;
      if (start < 0) continue;
      let ok = true;
      for (const o of others) {
        const p = o.cur!;
        if (!hasPosition(p.pos, p.start[o.at]!, p.start[o.at + 1]!, start + o.offset)) {
          ok = false;
          break;
        }
      }
      if (ok) {
        count++;
        if (first < 0 || start < first) first = start;
      }
    }
    if (count > 0) {
      docs[n] = doc;
      ranks[n] = rankByte(count, first);
      n++;
    }
  }
  return { docs: docs.subarray(0, n), ranks: ranks.subarray(0, n) };
}
