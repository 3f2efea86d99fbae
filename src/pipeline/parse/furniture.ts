import type { PageFacts } from '../../contract/bundle.ts';
import { parseBylineLine } from './byline.ts';
import { pageFactsFrom, parseHeaderLine, type HeaderLine } from './headers.ts';
import { displayWidth, halfWidthCount, type Line } from './lines.ts';
import { findRunningFooter, isNoiseLine } from './noise.ts';
import type { Layout } from './shape.ts';
import type { Marker, TraceEntry } from './tokens.ts';

/**
 * What a page prints around its articles: its header (paper, date, 版), navigation an e-paper site
 * pasted along, PDF running heads and footers, item headers and column labels. Taken out before the
 * articles are read, so none of it becomes a headline or body text, and kept as facts where it states some.
 */
export interface Furniture {
  /** The page's lines with furniture taken out (line numbers stay those of the text). */
  content: Line[];
  facts: PageFacts;
  /** Item headers and column labels between the articles, for the reader. */
  markers: Marker[];
  trace: TraceEntry[];
}

/** A paper cited with its date and 版, as a PDF of the e-paper prints one under each heading. */
const CITATION = /^《[^》]{1,20}》\s*[（(]/u;

const blanked = (line: Line, besideNoise = false): Line => ({
  ...line,
  text: '',
  blank: true,
  width: 0,
  halfWidth: 0,
  indent: 0,
  ...(besideNoise ? { besideNoise } : {}),
});
const retexted = (line: Line, text: string): Line => (text ? { ...line, text, width: displayWidth(text), halfWidth: halfWidthCount(text) } : blanked(line));

type PageHeader = Extract<HeaderLine, { kind: 'page' }>;

/** Marks the line a citation stands under, and the one above it where that line is a byline. */
function markHeadingEnd(kept: Line[]) {
  let marked = 0;
  for (let i = kept.length - 1; i >= 0 && marked < 2; i--) {
    const line = kept[i]!;
    if (line.blank) continue;
    kept[i] = { ...line, beforeCitation: true };
    marked++;
    if (!parseBylineLine(line.text) && !SIGNATURE.test(line.text)) return;
  }
}

/** An institution signing a story on a line of its own, as a byline line does. */
const SIGNATURE = /^(?:本报|新华社)(?:记者|评论员)$/u;

/**
 * Separates furniture from content. Header lines met before any content give the page's facts.
 * Later ones are running heads on pages of print columns (a PDF repeats its masthead on every sheet,
 * inside sentences too); elsewhere item headers where the page prints them for its items (the same
 * form twice, or naming the page's own 版: an archive's `第2版(要闻)`); any other is text, such as an
 * article quoting a paper and date. Later headers only fill facts the page's own header left open.
 */
export function takeFurniture(lines: readonly Line[], layoutOf: (content: readonly Line[]) => Layout): Furniture {
  const trace: TraceEntry[] = [];
  const heads: { line: number; header: HeaderLine }[] = [];
  const later = new Map<Line, PageHeader>();
  const footers = new Map<Line, string>();
  const markers: Marker[] = [];
  const content: Line[] = [];
  let seenContent = false;
  let afterNoise = false;
  for (const line of lines) {
    if (line.blank) {
      // Blank lines on both sides of a removed line are one break, marked so: a PDF's sheet may end mid-paragraph there.
      if (!(afterNoise && content.at(-1)?.blank)) content.push(afterNoise ? blanked(line, true) : line);
      continue;
    }
    if (isNoiseLine(line.text)) {
      trace.push({ line: line.no, lastLine: line.no, rule: 'noise' });
      const last = content.at(-1);
      if (last?.blank) content[content.length - 1] = blanked(last, true);
      afterNoise = true;
      continue;
    }
    afterNoise = false;
    const header = parseHeaderLine(line.text);
    if (header?.kind === 'column') {
      markers.push({ line: line.no, kind: 'column', column: header.column });
      trace.push({ line: line.no, lastLine: line.no, rule: 'column-label' });
      content.push(blanked(line));
      continue;
    }
    if (header?.kind === 'page' && !seenContent) {
      heads.push({ line: line.no, header });
      trace.push({ line: line.no, lastLine: line.no, rule: 'page-header' });
      continue;
    }
    // A date alone inside the text is a letter's or a decree's own date, not the page's.
    if (header?.kind === 'page' && header.strength !== 'date' && header.strength !== 'crawl') later.set(line, header);
    const footer = findRunningFooter(line.text);
    if (footer) footers.set(line, `${line.text.slice(0, footer.start)}${line.text.slice(footer.end)}`.trim());
    seenContent = true;
    content.push(line);
  }

  const layout = layoutOf(content.filter((line) => !line.blank && !later.has(line)));
  const facts = pageFactsFrom(heads);
  const shapes = new Map<string, number>();
  const shapeOf = (header: PageHeader) => JSON.stringify({ ...header.facts, date: undefined });
  for (const header of later.values()) shapes.set(shapeOf(header), (shapes.get(shapeOf(header)) ?? 0) + 1);
  const fill = (header: PageHeader) => {
    for (const [key, value] of Object.entries(header.facts)) if (!(key in facts)) Object.assign(facts, { [key]: value });
  };
  const kept: Line[] = [];
  let afterCitation = false;
  for (const rawLine of content) {
    const line = afterCitation && !rawLine.blank ? { ...rawLine, afterCitation: true } : rawLine;
    if (!rawLine.blank) afterCitation = false;
    const header = later.get(rawLine);
    // A citation line is furniture on any page: one too short to be read as columns (a photo and
    // its caption) prints it under its heading all the same.
    if (header && (layout === 'columns' || CITATION.test(line.text))) {
      trace.push({ line: line.no, lastLine: line.no, rule: 'running-head' });
      afterCitation = CITATION.test(line.text);
      markers.push({ line: line.no, kind: 'running-head', ...(afterCitation ? { citation: true } : {}) });
      if (afterCitation) markHeadingEnd(kept);
      fill(header);
      // A running head leaves no line behind, not even a blank one, so the sentence around it rejoins.
      continue;
    }
    if (header && ((shapes.get(shapeOf(header)) ?? 0) >= 2 || (header.facts.number !== undefined && header.facts.number === facts.number))) {
      trace.push({ line: line.no, lastLine: line.no, rule: 'item-header' });
      markers.push({ line: line.no, kind: 'item-header' });
      fill(header);
      kept.push(blanked(line));
      continue;
    }
    const footer = footers.get(rawLine);
    // Only a PDF's sheets end inside a sentence; elsewhere `第 12 页` is the text's own reference.
    if (footer !== undefined && layout === 'columns') {
      trace.push({ line: line.no, lastLine: line.no, rule: 'noise', note: 'running footer inside the line' });
      kept.push(retexted(line, footer));
      continue;
    }
    kept.push(line);
  }
  return { content: kept, facts, markers, trace };
}
