import { bigramKey, tierHasPositions, type Fragment } from './format.ts';
import { forEachIndexedUnit } from './indexed-units.ts';
import { forEachNormalizedUnit, whenNormalizable } from './normalize-on-demand.ts';
import type { DecodedPositions, Dictionary, DocList, GramEntry } from './postings.ts';
import { rankBound, rankByte, scoreOf1 } from './rank.ts';

/**
 * The documents that may contain a term. For one- and two-character terms the posting answers
 * exactly; a longer term's candidates hold its two rarest bigrams and must be verified.
 */
export interface Candidates {
  docs: Int32Array;
  /** Each document's rank byte: exact when `exact`, otherwise an upper bound ({@link rankBound}). */
  ranks: Uint8Array;
  exact: boolean;
  /** The documents of `subset` (ascending, drawn from `docs`) that contain the term, with exact rank bytes. */
  verify(subset: Int32Array): Promise<DocList>;
  /**
   * Bytes `verify(subset)` fetches, whether cached or not, counted until they pass `upTo`: what
   * decides how much to verify at once.
   */
  verifyBytes(subset: Int32Array, upTo?: number): number;
}

const EMPTY_LIST: DocList = { docs: new Int32Array(0), ranks: new Uint8Array(0) };

/** The entries of `list` whose documents are in the ascending `subset`. */
function restrictList(list: DocList, subset: Int32Array): DocList {
  const docs = new Int32Array(Math.min(list.docs.length, subset.length));
  const ranks = new Uint8Array(docs.length);
  let n = 0;
  for (let i = 0, j = 0; i < list.docs.length && j < subset.length; ) {
    const x = list.docs[i]!;
    const y = subset[j]!;
    if (x === y) {
      docs[n] = x;
      ranks[n++] = list.ranks[i]!;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return { docs: docs.subarray(0, n), ranks: ranks.subarray(0, n) };
}

/** Candidates that are already exact. */
function exactCandidates(list: DocList): Candidates {
  return { ...list, exact: true, verify: async (subset) => restrictList(list, subset), verifyBytes: () => 0 };
}

const EMPTY = exactCandidates(EMPTY_LIST);

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

/** Union of alternatives (pinyin expansions); a document keeps its best-scoring rank byte. */
function unionLists(lists: DocList[]): DocList {
  if (lists.length === 1) return lists[0]!;
  const best = new Map<number, number>();
  for (const l of lists) {
    for (let i = 0; i < l.docs.length; i++) {
      const d = l.docs[i]!;
      const prev = best.get(d);
      const r = l.ranks[i]!;
      if (prev === undefined || scoreOf1(r) > scoreOf1(prev)) best.set(d, r);
    }
  }
  const docs = Int32Array.from([...best.keys()].sort((a, b) => a - b));
  const ranks = Uint8Array.from(docs, (d) => best.get(d)!);
  return { docs, ranks };
}

/** A term with alternatives matches where any alternative does; bounds stay bounds of the best. */
export function unionCandidates(alternatives: Candidates[]): Candidates {
  if (alternatives.length === 1) return alternatives[0]!;
  const { docs, ranks } = unionLists(alternatives);
  return {
    docs,
    ranks,
    exact: alternatives.every((a) => a.exact),
    verify: async (subset) => unionLists(await Promise.all(alternatives.map((a) => a.verify(intersectDocs(subset, a.docs))))),
    verifyBytes: (subset, upTo = Number.POSITIVE_INFINITY) => {
      let sum = 0;
      for (const a of alternatives) if ((sum += a.verifyBytes(intersectDocs(subset, a.docs), upTo - sum)) > upTo) break;
      return sum;
    },
  };
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

/** A segment's text fragment of one of its documents (cached by the segment: hits show them too). */
export type FragmentOf = (doc: number) => Promise<Fragment>;

/** About what one fragment weighs on the wire, for deciding how much to verify at once. */
const FRAGMENT_BYTES_ESTIMATE = 2048;

/** The candidate documents of one normalized string. */
export async function candidatesOf(dict: Dictionary, text: string, fragmentOf: FragmentOf): Promise<Candidates> {
  const L = text.length;
  if (L === 0) return EMPTY;
  if (L === 1) {
    const e = await dict.entry(text.charCodeAt(0));
    return e ? exactCandidates(await dict.docList(e)) : EMPTY;
  }
  const keys: number[] = [];
  for (let k = 0; k + 1 < L; k++) keys.push(bigramKey(text.charCodeAt(k), text.charCodeAt(k + 1)));
  const entries = await Promise.all(keys.map((key) => dict.entry(key)));
  if (entries.some((e) => e === undefined)) return EMPTY;
  const grams = entries as GramEntry[];
  if (L === 2) return exactCandidates(await dict.docList(grams[0]!));

  // Candidates: documents holding the two rarest grams (each at its first offset in the term).
  const offsetOf = new Map<number, number>();
  grams.forEach((g, k) => offsetOf.has(g.key) || offsetOf.set(g.key, k));
  const rarest = [...offsetOf.keys()].map((key) => grams[offsetOf.get(key)!]!).sort((a, b) => a.df - b.df).slice(0, 2);
  const lists = await Promise.all(rarest.map((g) => dict.docList(g)));
  const { docs, ranks } = boundedIntersection(
    lists.map((list, i) => ({ list, offset: offsetOf.get(rarest[i]!.key)! })),
  );
  if (docs.length === 0) return EMPTY;

  // A rare bigram has no positions (format.ts): the term's few candidates are verified by their text.
  if (!grams.every((g) => tierHasPositions(g.tier))) {
    return {
      docs,
      ranks,
      exact: false,
      verify: (subset) => verifyText(fragmentOf, text, subset),
      verifyBytes: (subset) => subset.length * FRAGMENT_BYTES_ESTIMATE,
    };
  }
  const cover = cheapestCover(grams.map((g) => (g.inline ? 0 : g.df)));
  const coverGrams = [...new Map(cover.map((k) => [grams[k]!.key, grams[k]!])).values()];
  return {
    docs,
    ranks,
    exact: false,
    verify: (subset) => verifyPositions(dict, grams, cover, subset),
    verifyBytes: (subset, upTo = Number.POSITIVE_INFINITY) => {
      let sum = 0;
      for (const g of coverGrams) if ((sum += dict.positionBytes(g, subset, upTo - sum)) > upTo) break;
      return sum;
    },
  };
}

/** Documents in both lists (or the one), each with the rank bound the lists' rank bytes allow. */
function boundedIntersection(lists: { list: DocList; offset: number }[]): DocList {
  const a = lists[0]!;
  const b = lists[1];
  if (!b) return { docs: a.list.docs, ranks: Uint8Array.from(a.list.ranks, (rank) => rankBound(rank, a.offset, rank, a.offset)) };
  const ad = a.list.docs;
  const bd = b.list.docs;
  const ar = a.list.ranks;
  const br = b.list.ranks;
  const docs = new Int32Array(Math.min(ad.length, bd.length));
  const ranks = new Uint8Array(docs.length);
  let n = 0;
  for (let i = 0, j = 0; i < ad.length && j < bd.length; ) {
    const x = ad[i]!;
    const y = bd[j]!;
    if (x === y) {
      docs[n] = x;
      ranks[n++] = rankBound(ar[i]!, a.offset, br[j]!, b.offset);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return { docs: docs.subarray(0, n), ranks: ranks.subarray(0, n) };
}

/**
 * The candidates of `subset` in which every cover gram sits at its offset from one start: exact,
 * from positions alone (the text is never scanned), fetching only the chunks the subset needs.
 */
async function verifyPositions(dict: Dictionary, grams: GramEntry[], cover: number[], subset: Int32Array): Promise<DocList> {
  if (subset.length === 0) return EMPTY_LIST;
  const partsByKey = new Map<number, Promise<DecodedPositions[]>>();
  for (const k of cover) {
    const g = grams[k]!;
    if (!partsByKey.has(g.key)) partsByKey.set(g.key, dict.positionParts(g, subset));
  }
  const cursors: Cursor[] = [];
  for (const k of cover) cursors.push(new Cursor(await partsByKey.get(grams[k]!.key)!, k, grams[k]!.df));
  // Anchor on the rarest cover gram (fewest positions to try); check the others at their offsets.
  cursors.sort((a, b) => a.df - b.df);
  const anchor = cursors[0]!;
  const others = cursors.slice(1);

  const docs = new Int32Array(subset.length);
  const ranks = new Uint8Array(subset.length);
  let n = 0;
  outer: for (let ci = 0; ci < subset.length; ci++) {
    const doc = subset[ci]!;
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

/**
 * The candidates of `subset` whose texts hold the term, with the rank byte its positions give:
 * for a term with a rare bigram, whose posting has no positions, so it has only a few candidates
 * (RARE_BIGRAM_DF in format.ts). Positions are those the index numbers (indexed-units.ts).
 */
async function verifyText(fragmentOf: FragmentOf, term: string, subset: Int32Array): Promise<DocList> {
  const fragments = await Promise.all(Array.from(subset, (doc) => fragmentOf(doc)));
  await whenNormalizable(fragments.flatMap((fragment) => fragment.fields.map((f) => f[2])));
  const docs = new Int32Array(subset.length);
  const ranks = new Uint8Array(subset.length);
  let n = 0;
  fragments.forEach((fragment, i) => {
    const { count, first } = occurrences(fragment.fields.map((f) => f[2]), term);
    if (count > 0) {
      docs[n] = subset[i]!;
      ranks[n++] = rankByte(count, first);
    }
  });
  return { docs: docs.subarray(0, n), ranks: ranks.subarray(0, n) };
}

/** How often `term` (normalized) occurs in the indexed units of `texts` (normalizable: normalize-on-demand.ts), overlaps included, and its first position. */
export function occurrences(texts: readonly string[], term: string): { count: number; first: number } {
  const units: number[] = [];
  const positions: number[] = [];
  forEachIndexedUnit(forEachNormalizedUnit, texts, (unit, p) => {
    units.push(unit);
    positions.push(p);
  });
  const L = term.length;
  let count = 0;
  let first = -1;
  outer: for (let i = 0; i + L <= units.length; i++) {
    for (let k = 0; k < L; k++) {
      if (units[i + k] !== term.charCodeAt(k) || positions[i + k] !== positions[i]! + k) continue outer;
    }
    count++;
    if (first < 0) first = positions[i]!;
  }
  return { count, first };
}
