import { HEADLINE_ZONE } from './fields.ts';

/**
 * How well one term matched one article, packed in a byte so that a two-character query ranks
 * from its posting list alone: bit 7 headline hit, bits 3-6 occurrences (capped at 15),
 * bits 0-2 how late the first occurrence is (0 = within the first 16 characters of its zone).
 */
export function rankByte(count: number, firstPosition: number): number {
  const headline = firstPosition < HEADLINE_ZONE;
  const offset = headline ? firstPosition : firstPosition - HEADLINE_ZONE;
  return (headline ? 128 : 0) | (Math.min(15, count) << 3) | latenessOf(offset);
}

/** How late an offset into its zone is: 0 for the first 16 characters, then one more per doubling, at most 7. */
export function latenessOf(offset: number): number {
  return Math.min(7, 31 - Math.clz32((Math.max(0, offset) >> 4) + 1));
}

/** The smallest zone offset of each lateness. */
const EARLIEST_OFFSET = Int32Array.from({ length: 8 }, (_, lateness) => 16 * (2 ** lateness - 1));

/**
 * An upper bound of the rank byte of a longer term, from the rank bytes of two grams it contains
 * (or one, passed twice), each with its offset in the term. Every occurrence of the term at s puts
 * each gram at s + offset, so the term occurs at most as often as either gram, is a headline hit
 * only if both are, and its first occurrence is no earlier than a gram's first occurrence (in the
 * same zone) minus that gram's offset. `scoreOf1` of the bound is never below the term's true
 * score. Called once per candidate, so it allocates nothing.
 */
export function rankBound(rankA: number, offsetA: number, rankB: number, offsetB: number): number {
  const headlineA = rankA & 128;
  const headlineB = rankB & 128;
  const headline = headlineA & headlineB;
  const count = Math.min((rankA >> 3) & 15, (rankB >> 3) & 15);
  // A gram whose first hit is in the headline says nothing about where its first body hit is.
  const latenessA = headlineA === headline ? latenessOf(EARLIEST_OFFSET[rankA & 7]! - offsetA) : 0;
  const latenessB = headlineB === headline ? latenessOf(EARLIEST_OFFSET[rankB & 7]! - offsetB) : 0;
  return headline | (count << 3) | Math.max(latenessA, latenessB);
}

/**
 * An article's score over all terms (higher first): any headline hit outranks any body-only hit,
 * then more occurrences, then earlier first occurrences. Ties fall to newer pages, then article id.
 */
export function scoreOf(rankBytes: ArrayLike<number>): number {
  let headline = 0;
  let rest = 0;
  for (let i = 0; i < rankBytes.length; i++) {
    const r = rankBytes[i]!;
    if (r & 128) headline += 1;
    rest += ((r >> 3) & 15) * 8 + (7 - (r & 7));
  }
  return headline * 1024 + rest;
}

/** The largest score, so a counting sort can bucket scores. */
export const MAX_SCORE = 8 * 1024 + 8 * (15 * 8 + 7);

/** `scoreOf` of a single rank byte, without building an array. */
export function scoreOf1(r: number): number {
  return (r & 128 ? 1024 : 0) + ((r >> 3) & 15) * 8 + (7 - (r & 7));
}
