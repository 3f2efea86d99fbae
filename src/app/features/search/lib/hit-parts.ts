import type { SearchExcerpt, SearchField, SearchHit } from '../../../../search/index.ts';

/** Hits in the headline as offsets into the whole headline (an excerpt may be a slice of it). */
export function headlineMarks(hit: SearchHit): [number, number][] {
  return hit.excerpts
    .filter((excerpt) => excerpt.field === 'headline')
    .flatMap((excerpt) => excerpt.marks.map(([start, end]): [number, number] => [excerpt.start + start, excerpt.start + end]));
}

/** The excerpts worth showing under the headline: the hits outside it, at most `max`. */
export function textExcerpts(hit: SearchHit, max = 2): SearchExcerpt[] {
  return hit.excerpts.filter((excerpt) => excerpt.field !== 'headline' && excerpt.marks.length > 0).slice(0, max);
}

const FIELD_LABELS: Readonly<Record<SearchField, string | undefined>> = {
  headline: undefined,
  kicker: '引题',
  subheadline: '副题',
  column: '栏目',
  dateline: '电头',
  byline: '署名',
  caption: '图片说明',
  body: undefined,
};

/** What to say before an excerpt that is not running text (`署名`, `图片说明`). */
export function fieldLabel(field: SearchField): string | undefined {
  return FIELD_LABELS[field];
}

// Where a sentence or a quotation ends: an excerpt that stops there was not cut short.
const ENDS_SENTENCE = /[。！？!?；;…”」』)）]$/u;

/** Whether an excerpt stops inside its sentence, so the reader sees `…` after it. */
export function isCutShort(text: string): boolean {
  return !ENDS_SENTENCE.test(text.trimEnd());
}

/** The excerpt from a little before its first hit, so a one-line preview shows the hit. */
export function fromFirstMark(excerpt: SearchExcerpt, before = 8): { text: string; marks: [number, number][]; cut: boolean } {
  const first = excerpt.marks[0]?.[0] ?? 0;
  let from = Math.max(0, first - before);
  // Never start inside a surrogate pair.
  const code = excerpt.text.charCodeAt(from);
  if (from > 0 && code >= 0xdc00 && code <= 0xdfff) from -= 1;
  return {
    text: excerpt.text.slice(from),
    marks: excerpt.marks.map(([start, end]): [number, number] => [start - from, end - from]),
    cut: from > 0 || excerpt.start > 0,
  };
}
