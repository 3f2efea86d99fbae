import { findPrintedMarks, printedFormNormalizer } from '../../../../search/fold.ts';
import type { MarkFinder } from '../../../../search/marks.ts';
import { toChinesePunctuation } from '../../../lib/punctuation.ts';
import { convertedSlicer, type Convert } from '../../script/lib/aligned.ts';

/** An entity whose first mention in a text becomes a link: its printed name and aliases. */
export interface LinkTarget {
  entityId: string;
  /** Printed forms (name first, then aliases); matched in the printed-form fold (src/search/fold.ts). */
  forms: readonly string[];
}

/**
 * Terms to mark at every occurrence, with the finder that normalizes text the way the terms were
 * normalized: a search's terms need the search's script folding (loaded with the hit, highlight.ts),
 * an entity's printed forms only the printed-form fold.
 */
export interface Highlight {
  terms: readonly string[];
  find: MarkFinder;
}

/** Marks the entity's own printed forms, normalized as {@link printedFormNormalizer} does. */
export function printedFormsHighlight(forms: readonly string[]): Highlight {
  return { terms: [...new Set(forms.map(printedFormNormalizer.normalizeText).filter((term) => term.length > 0))], find: findPrintedMarks };
}

export interface DecorateOptions {
  /** Entities to link, each at its first mention in the text (any of its forms). */
  links?: readonly LinkTarget[];
  /** What to mark at every occurrence. */
  highlight?: Highlight;
  /** Only this part of the text, [start, end) in UTF-16 units of the printed text (an excerpt). */
  range?: readonly [number, number];
  /** The reader's 字形 (繁體): the displayed text is converted, each piece where the printed text is cut. */
  convert?: Convert;
}

export type TextSegment = { kind: 'plain' | 'mark'; text: string };
export type Segment = TextSegment | { kind: 'entity'; entityId: string; children: TextSegment[] };

/** Each entity's forms are normalized once per visit, not once for every paragraph they are looked for in. */
const formsHighlights = new WeakMap<readonly string[], Highlight>();
function formsHighlightOf(forms: readonly string[]): Highlight {
  let highlight = formsHighlights.get(forms);
  if (!highlight) formsHighlights.set(forms, (highlight = printedFormsHighlight(forms)));
  return highlight;
}

interface Occurrence {
  entityId: string;
  start: number;
  end: number;
}

/**
 * The first mention of each target, never two overlapping: mentions are taken in reading order,
 * the longer first where two start together (`中讯半导体(江苏)有限公司` over `中讯半导体`), so an entity whose
 * first mention sits inside another's link is linked at its next free mention instead.
 */
function firstMentions(text: string, links: readonly LinkTarget[]): Occurrence[] {
  const all: Occurrence[] = [];
  for (const { entityId, forms } of links) {
    const { terms, find } = formsHighlightOf(forms);
    for (const needle of terms) {
      for (const [start, end] of find(text, [needle])) all.push({ entityId, start, end });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const taken: Occurrence[] = [];
  const linked = new Set<string>();
  for (const occurrence of all) {
    if (linked.has(occurrence.entityId)) continue;
    if (taken.some((other) => occurrence.start < other.end && other.start < occurrence.end)) continue;
    taken.push(occurrence);
    linked.add(occurrence.entityId);
  }
  return taken;
}

/**
 * Turns one printed text (a paragraph, a headline, a caption) into what the reader shows: plain
 * runs, marked search hits, and entity links holding plain and marked runs. Matching runs on the
 * printed text in the shared normalized form (so `(江苏)` matches `（江苏）`); the segments carry the
 * text with Chinese punctuation for display. That conversion maps each character to one character
 * of the same UTF-16 length, so offsets found in the printed text cut the displayed text at the
 * same places, and it runs on the whole text, so a bracket's context is never cut off at a link.
 */
export function decorateText(text: string, options: DecorateOptions = {}): Segment[] {
  const converted = toChinesePunctuation(text);
  // Guard for the invariant above: were it ever broken, print the text as extracted rather than misplace marks.
  const display = converted.length === text.length ? converted : text;
  const shown = options.convert ? convertedSlicer(display, options.convert) : (start: number, end: number) => display.slice(start, end);
  const from = Math.max(0, Math.min(options.range?.[0] ?? 0, text.length));
  const to = Math.max(from, Math.min(options.range?.[1] ?? text.length, text.length));

  const links = options.links?.length ? firstMentions(text, options.links) : [];
  const marks = options.highlight?.terms.length ? options.highlight.find(text, options.highlight.terms) : [];

  const cuts = new Set([from, to]);
  for (const { start, end } of links) cuts.add(start).add(end);
  for (const [start, end] of marks) cuts.add(start).add(end);
  const points = [...cuts].filter((at) => at >= from && at <= to).sort((a, b) => a - b);

  const segments: Segment[] = [];
  const push = (into: TextSegment[] | Segment[], piece: TextSegment) => {
    const last = into[into.length - 1];
    if (last && last.kind !== 'entity' && last.kind === piece.kind) last.text += piece.text;
    else into.push(piece);
  };
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const piece: TextSegment = { kind: marks.some(([s, e]) => s <= start && end <= e) ? 'mark' : 'plain', text: shown(start, end) };
    const link = links.find((occurrence) => occurrence.start <= start && end <= occurrence.end);
    if (!link) {
      push(segments, piece);
      continue;
    }
    const last = segments[segments.length - 1];
    // Each entity is linked once per text, so a run continuing the same entity is the same link.
    if (last?.kind === 'entity' && last.entityId === link.entityId) push(last.children, piece);
    else segments.push({ kind: 'entity', entityId: link.entityId, children: [piece] });
  }
  return segments;
}

/** The displayed text of segments, joined: what the reader sees. */
export function segmentsText(segments: readonly Segment[]): string {
  return segments.map((segment) => (segment.kind === 'entity' ? segment.children.map((child) => child.text).join('') : segment.text)).join('');
}
