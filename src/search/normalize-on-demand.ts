import { decodeCodePointSet } from './code-point-set.ts';
import { compatibilityFold, createNormalizer, tableSimplifier } from './normalizer.ts';
import { T2S_KEYS } from './t2s-keys.ts';

/**
 * The search's normalization (normalize.ts) as the engine runs it in the browser: the same
 * normalizer and the same 繁简 table, but the table (19 KB gzip) is fetched only once a text to
 * normalize holds a character it folds. The set of those characters is 2 KB gzip (t2s-keys.ts). A
 * search of simplified text over simplified articles never fetches the table, and no first search
 * waits for it on the way to its hits.
 *
 * Normalize a text only after {@link whenNormalizable} has settled for it: a character that needs
 * the table before the table has come throws, since folding it as itself would quietly miss 國务院
 * for 国务院.
 */

let keys: Set<number> | undefined;
let simplify: ((ch: string) => string) | undefined;
let loading: Promise<void> | undefined;

const foldedByTable = (ch: string) => (keys ??= decodeCodePointSet(T2S_KEYS)).has(ch.codePointAt(0)!);

/** Nothing before the CJK radicals becomes a Han character under NFKC (the radicals, ㈠, 🈚 and the compatibility ideographs do). */
const FIRST_HAN_SOURCE = 0x2e80;
/** By BMP code point: 0 not asked yet, 1 normalized without the table, 2 needs it. */
const bmpNeedsTable = new Uint8Array(65536);

function codePointNeedsTable(codePoint: number): boolean {
  if (codePoint < FIRST_HAN_SOURCE) return false;
  const known = codePoint < 0x10000 ? bmpNeedsTable[codePoint]! : 0;
  if (known !== 0) return known === 2;
  let needs = false;
  for (const ch of compatibilityFold(String.fromCodePoint(codePoint))) needs ||= foldedByTable(ch);
  if (codePoint < 0x10000) bmpNeedsTable[codePoint] = needs ? 2 : 1;
  return needs;
}

/** Whether normalizing `text` needs the 繁简 table: a character of it folds to another (after NFKC, as the normalizer sees it). */
export function needsFoldingTable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < FIRST_HAN_SOURCE) continue;
    const codePoint = text.codePointAt(i)!;
    if (codePointNeedsTable(codePoint)) return true;
    if (codePoint > 0xffff) i++;
  }
  return false;
}

/** Settles once every one of `texts` can be normalized: at once, unless one needs the table and it has not come yet. */
export function whenNormalizable(texts: readonly string[]): Promise<void> {
  if (simplify || !texts.some(needsFoldingTable)) return Promise.resolve();
  loading ??= import('./t2s-table.ts').then(({ T2S_FROM, T2S_TO }) => {
    simplify = tableSimplifier(T2S_FROM, T2S_TO);
  });
  // A failed fetch (offline) is asked again by the next search rather than remembered.
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Whether the table has come (tests; the engine asks {@link whenNormalizable}). */
export const foldingTableLoaded = () => simplify !== undefined;

const normalizer = createNormalizer((ch) => {
  if (simplify) return simplify(ch);
  if (foldedByTable(ch)) throw new Error(`search: 「${ch}」 needs the 繁简 table, which has not been loaded: await whenNormalizable() first`);
  return ch;
});

export const { forEachNormalizedUnit, normalizeForSearch, normalizeQuery } = normalizer;
