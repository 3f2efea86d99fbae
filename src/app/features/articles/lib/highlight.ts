import { searchableTexts } from '../../../../contract/bundle-layout.ts';
import type { Article } from '../../../../contract/bundle.ts';
import { markFinder } from '../../../../search/marks.ts';
import { normalizeForSearch, normalizeQuery } from '../../../../search/normalize.ts';
import type { Highlight } from './decorate.ts';

/**
 * An article opened from a search hit marks that search. This module holds the search's
 * normalization and its 繁简 table (about 19 KB gzip), so the article route imports it only
 * when its URL carries a search to mark.
 */
export interface SearchHighlight extends Highlight {
  /** The terms as typed, for saying what is marked. */
  words: readonly string[];
}

/** Ranges of the terms in a printed text, as the search's excerpts mark them. */
const findMarks = markFinder(normalizeForSearch);

/** The terms of a highlight query, split and normalized exactly as the search splits the query. */
export function searchHighlight(query: string | null | undefined): SearchHighlight {
  const { terms, raw } = query ? normalizeQuery(query) : { terms: [], raw: [] };
  return { terms, words: raw, find: findMarks };
}

/** The texts of an article that show highlights: every text the search finds hits in. */
function highlightedTexts(article: Article): string[] {
  return searchableTexts(article).map((field) => field.text);
}

/** How many places of the article the terms mark (touching hits count once, as they are marked once). */
export function countHits(article: Article, highlight: Highlight): number {
  if (highlight.terms.length === 0) return 0;
  return highlightedTexts(article).reduce((sum, text) => sum + highlight.find(text, highlight.terms).length, 0);
}
