import { HEADLINE_ZONE, MAX_POSITION } from './fields.ts';
import type { Normalizer } from './normalizer.ts';

/**
 * Every normalized unit of an article's searchable texts (in index order) with the position the
 * index gives it: the headline from 0, the other fields from {@link HEADLINE_ZONE}, a gap of one
 * between fields (so a bigram is two units at consecutive positions, never across fields), nothing
 * past {@link MAX_POSITION}. The build numbers postings with it, and a rare term is verified against
 * a fragment's texts with it, so both count the same occurrences at the same positions: the build
 * through normalize.ts, the engine through normalize-on-demand.ts, one normalizer either way.
 */
export function forEachIndexedUnit(
  forEachNormalizedUnit: Normalizer['forEachNormalizedUnit'],
  texts: readonly string[],
  visit: (unit: number, position: number) => void,
): void {
  let pos = 0;
  texts.forEach((text, i) => {
    if (i === 1) pos = Math.max(pos, HEADLINE_ZONE);
    forEachNormalizedUnit(text, (unit) => {
      const p = pos++;
      if (p <= MAX_POSITION) visit(unit, p);
    });
    pos++;
  });
}
