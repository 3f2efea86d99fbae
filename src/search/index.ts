/**
 * dubao search: exact substring search over the archive, shared by the pipeline (build) and the
 * app (query).
 *
 * Design. Readers search like Ctrl+F, so recall must be exact; no word segmenter decides what a
 * word is. Text is normalized per character (normalize.ts: NFKC, lower case, 繁→简, whitespace
 * dropped) with a map back to the printed offsets, and indexed as character grams: every single
 * character (for one-character queries) and every bigram, each field apart so no gram spans two.
 * - A 1- or 2-character term is answered by one posting list: documents (delta varints) and a rank
 *   byte each (headline hit, occurrences, how early: rank.ts). No verification is needed.
 * - A longer term's candidates are the documents holding its two rarest bigrams. Their rank bytes
 *   bound the term's (rank.ts, rankBound), so `search` verifies candidates best bound first, in
 *   doubling batches, and stops once the page's last hit outranks every unverified bound: the
 *   first page of a very common term costs a page's worth of verification, not the whole list.
 *   `count` verifies every candidate (the exact total and the facets, which the app loads after
 *   the hits). Verification uses positions (stored in the postings) for the cheapest set of
 *   bigrams that covers every character of the term, fetching only the chunks its candidates
 *   fall in; the text itself is never scanned.
 * - Verification walks decoded position arrays (kept in a bounded cache, like decoded document
 *   lists), so a repeated common query does not decode varints again.
 * - The build groups each article's grams in a per-article hash table (no sorting) and appends
 *   them in batches sorted by gram (build.ts), so the big gram table is visited once per gram per
 *   batch: at 100,000 articles this is what keeps the build within its time budget.
 * - Documents are numbered newest page first, then by article id, so the final tie-break of the
 *   ranking is the document number, and the top hits are picked by a counting pass over scores.
 * - The index is segments (segments.ts): editions, oldest first, cut like the binary digits of
 *   their count, each segment an index of its own numbering its documents, so a new edition
 *   rewrites only the newest segments. Rank bytes are per document, so scores compare across
 *   segments: the engine (engine.ts) merges each segment's own top, which equals one index's.
 * Files (format.ts), sharded like Pagefind: a small entry (`index.json`: the segments); in each
 * segment, each document's page and date for filters and facets (`doc-pages.json`), the gram
 * dictionary hashed into buckets with small postings inline; bigger postings in their own files, the biggest split
 * into a document stream and position chunks by document range, so verification touches only
 * the chunks of the candidates it checks; one text fragment per article, fetched only for the
 * hits shown. Several space-separated terms are ANDed; `"…"` is one phrase;
 * a Latin term may also be the pinyin of a person or enterprise name (pinyin.json, built with
 * pinyin-pro). Queries are capped (normalize.ts): 2,048 raw characters, 8 terms, 64 normalized
 * characters a term, so time stays bounded whatever is typed.
 */
export { MAX_TERM_LENGTH, MAX_TERMS } from './normalizer.ts';
export type { NormalizedQuery } from './normalizer.ts';
export { openSearchIndex } from './engine.ts';
export { PAGE_SIZE } from './page-size.ts';
export type {
  SearchFileLoader,
  SearchIndex,
  SearchOptions,
  CountOptions,
  SearchCount,
  OpenOptions,
  SearchFilters,
  SearchSort,
  SearchResults,
  SearchHit,
  SearchFacets,
  SearchExcerpt,
} from './engine.ts';
export type { SearchField } from './fields.ts';
export { ENTRY_FILE } from './format.ts';
