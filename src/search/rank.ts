import { HEADLINE_ZONE } from './fields.ts';

/**
 * How well one term matched one article, packed in a byte so that a two-character query ranks
 * from its posting list alone: bit 7 headline hit, bits 3-6 occurrences (capped at 15),
 * bits 0-2 how late the first occurrence is (0 = within the first 16 characters of its zone).
 */
export function rankByte(count: number, firstPosition: number): number {
  const headline = firstPosition < HEADLINE_ZONE;
  const offset = headline ? firstPosition : firstPosition - HEADLINE_ZONE;
  const lateness = Math.min(7, 31 - Math.clz32((Math.max(0, offset) >> 4) + 1));
  return (headline ? 128 : 0) | (Math.min(15, count) << 3) | lateness;
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
