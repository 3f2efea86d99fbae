import { createNormalizer, tableSimplifier } from './normalizer.ts';
import { T2S_FROM, T2S_TO } from './t2s-table.ts';

/**
 * The search's one normalized form for documents and queries, so search compares like with like:
 * the normalizer of normalizer.ts with traditional -> simplified Chinese (opencc-js's character
 * table, t2s-table.ts), so 國務院 finds 国务院. The table is about 19 KB gzip: the build uses this
 * module, and the app only with an article opened from a hit; the search engine in the browser
 * normalizes the same way with the table fetched only when a text needs it (normalize-on-demand.ts).
 */
export { MAX_RAW_QUERY_LENGTH, MAX_TERM_LENGTH, MAX_TERMS, type NormalizedQuery } from './normalizer.ts';

const searchNormalizer = createNormalizer(tableSimplifier(T2S_FROM, T2S_TO));
export const { forEachNormalizedUnit, normalizeForSearch, normalizeText, normalizeQuery } = searchNormalizer;
