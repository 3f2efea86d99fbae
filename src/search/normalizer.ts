/**
 * The normalization machinery, without any character table: `normalize.ts` builds the search's
 * normalizer with the traditional -> simplified table, `fold.ts` one without it for matching printed
 * forms against printed text (entity links), which must not make every article download the table.
 *
 * Every step works on one character (a code point with its combining marks) at a time, never on
 * phrases: OpenCC's phrase tables would turn 乾坤 and 乾燥 differently, which breaks the alignment
 * of normalized text to printed text, and a query typed alone would not normalize like the same
 * characters inside an article.
 */

/** Queries are cut to this many normalized UTF-16 units per term: bounds the work per query. */
export const MAX_TERM_LENGTH = 64;
/** At most this many terms (distinct after normalization) are kept from one query. */
export const MAX_TERMS = 8;
/** Raw query text beyond this many UTF-16 units is ignored before anything else runs. */
export const MAX_RAW_QUERY_LENGTH = 2048;

export interface NormalizedQuery {
  /** Distinct normalized terms, in the order typed; an article must contain every one. */
  terms: string[];
  /** The terms as typed (same order as `terms`), for display. */
  raw: string[];
}

export interface Normalizer {
  /**
   * Normalizes `text` and calls `emit(unit, originalOffset)` for each UTF-16 unit of the result;
   * the callback form lets the index builder avoid building strings and arrays per article.
   */
  forEachNormalizedUnit(text: string, emit: (unit: number, offset: number) => void): void;
  /** The normalized text and, for each of its UTF-16 units, the offset in `text` it came from. */
  normalizeForSearch(text: string): { norm: string; map: number[] };
  /** Just the normalized text. */
  normalizeText(text: string): string;
  /**
   * Splits a query into terms: whitespace separates terms (AND), `"…"` (or ＂…＂, “…”, 「…」) quotes a
   * phrase kept as one term. Each term is normalized like the documents and capped; empty terms
   * (only whitespace or punctuation removed by normalization) vanish.
   */
  normalizeQuery(q: string): NormalizedQuery;
}

const DROP = /[\s\p{Cc}\p{Default_Ignorable_Code_Point}]/u;
const MARK = /\p{M}/u;
// 0 unknown, 1 combining mark, 2 not: the mark test runs after every character of a text.
const bmpIsMark = new Uint8Array(65536);
function isBmpMark(code: number): boolean {
  let v = bmpIsMark[code]!;
  if (v === 0) bmpIsMark[code] = v = MARK.test(String.fromCharCode(code)) ? 1 : 2;
  return v === 1;
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Length in UTF-16 units of the code point starting at `i`, or 0 for a lone surrogate. */
function codePointLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (isHigh(code)) return i + 1 < text.length && isLow(text.charCodeAt(i + 1)) ? 2 : 0;
  return isLow(code) ? 0 : 1;
}

/** Cuts a normalized term to {@link MAX_TERM_LENGTH} units without splitting a surrogate pair. */
function capTerm(term: string): string {
  if (term.length <= MAX_TERM_LENGTH) return term;
  const end = isHigh(term.charCodeAt(MAX_TERM_LENGTH - 1)) ? MAX_TERM_LENGTH - 1 : MAX_TERM_LENGTH;
  return term.slice(0, end);
}

/** NFKC (full-width and half-width forms, compatibility characters) and lower case: what `simplify` is then asked about, a code point at a time. */
export function compatibilityFold(unit: string): string {
  return unit.normalize('NFKC').toLowerCase().normalize('NFKC');
}

/** `simplify` for a table of single characters (t2s-table.ts): `from[i]` becomes `to[i]`, anything else stays. */
export function tableSimplifier(from: string, to: string): (ch: string) => string {
  const toChars = [...to];
  const simplifiedOf = new Map([...from].map((traditional, i) => [traditional, toChars[i] ?? traditional]));
  return (ch) => simplifiedOf.get(ch) ?? ch;
}

/**
 * {@link compatibilityFold}, `simplify`
 * on each single character, and whitespace, control and default-ignorable characters (zero-width
 * joiners, soft hyphens) removed. Lone surrogates are dropped too.
 */
export function createNormalizer(simplify: (ch: string) => string): Normalizer {
  // Normalizing is per character and the alphabet of a newspaper is small, so memoize.
  const bmpCache: (string | undefined)[] = new Array<string | undefined>(65536);
  const astralCache = new Map<string, string>();

  function normalizeUnit(unit: string): string {
    const folded = compatibilityFold(unit);
    let out = '';
    for (const ch of folded) {
      if (DROP.test(ch)) continue;
      const simplified = [...ch].length === 1 ? simplify(ch) : ch;
      out += [...simplified].length === 1 ? simplified : ch;
    }
    return out;
  }

  function normalizeBmp(code: number): string {
    let cached = bmpCache[code];
    if (cached === undefined) {
      cached = normalizeUnit(String.fromCharCode(code));
      bmpCache[code] = cached;
    }
    return cached;
  }

  function normalizeCluster(cluster: string): string {
    let cached = astralCache.get(cluster);
    if (cached === undefined) {
      cached = normalizeUnit(cluster);
      if (astralCache.size < 100_000) astralCache.set(cluster, cached);
    }
    return cached;
  }

  function forEachNormalizedUnit(text: string, emit: (unit: number, offset: number) => void): void {
    let i = 0;
    const n = text.length;
    while (i < n) {
      const code = text.charCodeAt(i);
      // Fast path: a BMP character with no combining mark after it.
      if (code < 0xd800 || (code > 0xdfff && code < 0x10000)) {
        const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (next < 0x300 || !isBmpMark(next)) {
          const out = normalizeBmp(code);
          for (let k = 0; k < out.length; k++) emit(out.charCodeAt(k), i);
          i += 1;
          continue;
        }
      }
      const len = codePointLength(text, i);
      if (len === 0) {
        i += 1;
        continue;
      }
      let end = i + len;
      while (end < n) {
        const l = codePointLength(text, end);
        if (l === 0 || !MARK.test(text.slice(end, end + l))) break;
        end += l;
      }
      const out = normalizeCluster(text.slice(i, end));
      for (let k = 0; k < out.length; k++) emit(out.charCodeAt(k), i);
      i = end;
    }
  }

  function normalizeForSearch(text: string): { norm: string; map: number[] } {
    let units = new Uint16Array(text.length + 16);
    const map: number[] = [];
    let n = 0;
    forEachNormalizedUnit(text, (unit, offset) => {
      if (n === units.length) {
        const next = new Uint16Array(units.length * 2);
        next.set(units);
        units = next;
      }
      units[n++] = unit;
      map.push(offset);
    });
    let norm = '';
    for (let i = 0; i < n; i += 4096) norm += String.fromCharCode(...units.subarray(i, Math.min(n, i + 4096)));
    return { norm, map };
  }

  function normalizeQuery(q: string): NormalizedQuery {
    const text = String(q ?? '').slice(0, MAX_RAW_QUERY_LENGTH);
    const pieces: string[] = [];
    const re = /["＂“”「」『』]([^"＂“”「」『』]*)["＂“”「」『』]?|[^\s"＂“”「」『』]+/gu;
    for (const m of text.matchAll(re)) pieces.push(m[1] ?? m[0]);
    const terms: string[] = [];
    const raw: string[] = [];
    for (const piece of pieces) {
      const term = capTerm(normalizeForSearch(piece).norm);
      if (term.length === 0 || terms.includes(term)) continue;
      terms.push(term);
      raw.push(piece.trim());
      if (terms.length >= MAX_TERMS) break;
    }
    return { terms, raw };
  }

  return { forEachNormalizedUnit, normalizeForSearch, normalizeText: (text) => normalizeForSearch(text).norm, normalizeQuery };
}
