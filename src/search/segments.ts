import { UNDATED_EDITION } from '../contract/bundle-layout.ts';

/**
 * How the archive's editions are split into index segments: from the list of editions alone, so
 * that a build needs no cache of earlier builds and the same seeds always give the same segments.
 *
 * Dated editions, oldest first, are cut like the digits of their count in base `base` (a
 * log-structured, binary-counter merge: the deterministic cousin of a size-tiered merge policy):
 * with base 2 and 21 editions, segments of 16, 4 and 1 editions. A new newest edition either adds
 * a one-edition segment or merges the newest small ones, so every older segment keeps its files;
 * a query touches at most (base - 1) * log_base(n) + 1 segments. Base 2 is the default: it touches
 * the fewest segments (≤ 15 for a 70-year daily), at the price of rewriting each edition about
 * log2(n) times over its life instead of log4(n) times.
 *
 * Undated pages (one edition, {@link UNDATED_EDITION}) are always a segment of their own, the last:
 * the ranking puts them after every dated page, and dated editions never move them.
 */
export interface SegmentPlan {
  /** Folder name under `s/`: derived from the editions, so an unchanged segment keeps its path. */
  key: string;
  /** Its editions, oldest first. */
  editions: string[];
}

export const DEFAULT_SEGMENT_BASE = 2;

/** The segments of these editions (any order, repeats ignored), newest first (the undated one last). */
export function planSegments(editionIds: Iterable<string>, base = DEFAULT_SEGMENT_BASE): SegmentPlan[] {
  if (!Number.isInteger(base) || base < 2) throw new Error(`segment base ${base} is not an integer of at least 2`);
  const unique = new Set(editionIds);
  const undated = unique.delete(UNDATED_EDITION);
  const dated = [...unique].sort();
  const out: SegmentPlan[] = [];
  let size = 1;
  while (size * base <= dated.length) size *= base;
  for (let at = 0; at < dated.length; ) {
    while (at + size > dated.length) size /= base;
    const editions = dated.slice(at, at + size);
    out.push({ key: `${editions[0]}_${editions[editions.length - 1]}`, editions });
    at += size;
  }
  out.reverse();
  if (undated) out.push({ key: UNDATED_EDITION, editions: [UNDATED_EDITION] });
  return out;
}
