import { useQueries } from '../../../lib/query/index.ts';
import { UNDATED_EDITION } from '../../../../contract/bundle-layout.ts';
import type { PageSummary } from '../../../../contract/bundle.ts';
import { editionQuery } from '../../editions/api/edition-query.ts';

/** Editions read to name pages: those of the hits on screen and the chosen dates, never the whole archive. */
const MAX_EDITIONS = 12;

/**
 * Page facts (number, 版名, date) by page id, from the editions of the given dates. The search index
 * knows a hit's page number and date but not the page's name, which the edition files carry
 * (the front page and the page view have usually loaded them already).
 */
export function usePageFacts(dates: readonly (string | undefined)[]): ReadonlyMap<string, PageSummary> {
  const editionIds = [...new Set(dates.map((date) => date ?? UNDATED_EDITION))].slice(0, MAX_EDITIONS);
  return useQueries({
    queries: editionIds.map((id) => ({ ...editionQuery(id), retry: false })),
    combine: (results) => {
      const facts = new Map<string, PageSummary>();
      for (const result of results) for (const page of result.data?.pages ?? []) facts.set(page.id, page);
      return facts;
    },
  });
}
