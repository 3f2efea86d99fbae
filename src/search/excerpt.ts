import type { SearchField } from './fields.ts';
import { normalizeForSearch } from './normalize.ts';

export interface SearchExcerpt {
  field: SearchField;
  /** Index among fields of its kind; for `body` the paragraph number (0-based). */
  paragraphIndex?: number;
  index: number;
  /** A slice of the field as printed. */
  text: string;
  /** Where `text` starts in the field, so `start + mark` locates a hit in the whole field. */
  start: number;
  /** Hits as [start, end) offsets into `text` (UTF-16 units of the printed text). */
  marks: [number, number][];
}

const BEFORE = 24;
const AFTER = 72;
const MARK = /\p{M}/u;

/** End (exclusive) in `text` of the character (with its combining marks) starting at `at`. */
function charEnd(text: string, at: number): number {
  let end = at + 1;
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdbff && end < text.length) {
    const low = text.charCodeAt(end);
    if (low >= 0xdc00 && low <= 0xdfff) end++;
  }
  while (end < text.length) {
    const cp = text.codePointAt(end)!;
    const ch = String.fromCodePoint(cp);
    if (!MARK.test(ch)) break;
    end += ch.length;
  }
  return end;
}

/** Ranges in the printed `text` where any needle (normalized) occurs, merged and sorted. */
export function findMarks(text: string, needles: readonly string[]): [number, number][] {
  const { norm, map } = normalizeForSearch(text);
  const ranges: [number, number][] = [];
  for (const needle of needles) {
    if (needle.length === 0) continue;
    for (let i = norm.indexOf(needle); i >= 0; i = norm.indexOf(needle, i + 1)) {
      ranges.push([map[i]!, charEnd(text, map[i + needle.length - 1]!)]);
      if (ranges.length > 1000) break;
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

function safeStart(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return at > 0 && c >= 0xdc00 && c <= 0xdfff ? at - 1 : at;
}
function safeEnd(text: string, at: number): number {
  const c = text.charCodeAt(at - 1);
  return at < text.length && c >= 0xd800 && c <= 0xdbff ? at + 1 : at;
}

/**
 * Excerpts of one article for its hits: the headline when it matched, then a window around the
 * first hit of each other matching field, in article order, at most `max` in all.
 */
export function buildExcerpts(
  fields: readonly [string, number, string][],
  needles: readonly string[],
  max = 3,
): SearchExcerpt[] {
  const out: SearchExcerpt[] = [];
  for (const [field, index, text] of fields) {
    if (out.length >= max) break;
    const marks = findMarks(text, needles);
    if (marks.length === 0) continue;
    const short = field === 'headline' || text.length <= BEFORE + AFTER;
    const from = short ? 0 : safeStart(text, Math.max(0, marks[0]![0] - BEFORE));
    const to = short ? text.length : safeEnd(text, Math.min(text.length, Math.max(marks[0]![1], from) + AFTER));
    const inside = marks
      .filter(([s, e]) => e > from && s < to)
      .map(([s, e]): [number, number] => [Math.max(s, from) - from, Math.min(e, to) - from]);
    out.push({
      field: field as SearchField,
      ...(field === 'body' ? { paragraphIndex: index } : {}),
      index,
      text: text.slice(from, to),
      start: from,
      marks: inside,
    });
  }
  return out;
}
