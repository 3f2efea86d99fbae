import { createNormalizer } from './normalizer.ts';
import { T2S_FROM, T2S_TO } from './t2s-table.ts';

/**
 * The search's one normalized form for documents and queries, so search compares like with like:
 * the normalizer of normalizer.ts with traditional -> simplified Chinese (opencc-js's character
 * table, t2s-table.ts), so 國務院 finds 国务院. The table is about 19 KB gzip: the app loads this
 * module only with search and with an article opened from a hit, never on a plain first load.
 */
export { MAX_RAW_QUERY_LENGTH, MAX_TERM_LENGTH, MAX_TERMS, type NormalizedQuery } from './normalizer.ts';

let simplifiedOf: Map<string, string> | undefined;
function toSimplified(ch: string): string {
  if (!simplifiedOf) {
    const to = [...T2S_TO];
    simplifiedOf = new Map([...T2S_FROM].map((t, i) => [t, to[i] ?? t]));
  }
  return simplifiedOf.get(ch) ?? ch;
}

const searchNormalizer = createNormalizer(toSimplified);
export const { forEachNormalizedUnit, normalizeForSearch, normalizeText, normalizeQuery } = searchNormalizer;
