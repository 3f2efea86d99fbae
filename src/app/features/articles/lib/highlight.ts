import { searchableTexts, type Article } from '../../../../contract/bundle.ts';
import { findMarks } from '../../../../search/excerpt.ts';
import { normalizeQuery } from '../../../../search/normalize.ts';

/** The terms of a highlight query, split and normalized exactly as the search splits the query. */
export function highlightTerms(query: string | null | undefined): string[] {
  return query ? normalizeQuery(query).terms : [];
}

/** The texts of an article that show highlights: every text the search finds hits in. */
export function highlightedTexts(article: Article): string[] {
  return searchableTexts(article).map((field) => field.text);
}

/** How many places of the article the terms mark (touching hits count once, as they are marked once). */
export function countHits(article: Article, terms: readonly string[]): number {
  if (terms.length === 0) return 0;
  return highlightedTexts(article).reduce((sum, text) => sum + findMarks(text, terms).length, 0);
}
