import type { PageFacts } from '../../contract/bundle.ts';
import { pageFactsFrom, parseHeaderLine, type HeaderLine } from './headers.ts';
import { displayWidth, halfWidthCount, type Line } from './lines.ts';
import { findRunningFooter, isNoiseLine } from './noise.ts';
import type { Marker, TraceEntry } from './tokens.ts';
import { endsSentence } from './sentence.ts';
import type { Layout } from './shape.ts';

/**
 * What a page prints around its articles: its header (paper, date, 版), navigation an e-paper site
 * pasted along, PDF running heads and footers, item headers and column labels. Taken out before the
 * articles are read, so none of it becomes a headline or body text, and kept as facts where it states some.
 */
export interface Furniture {
  /** The page's lines with furniture blanked out (line numbers stay those of the file). */
  content: Line[];
  facts: PageFacts;
  /** Item headers and column labels between the articles, for the reader. */
  markers: Marker[];
  trace: TraceEntry[];
}

const blanked = (line: Line): Line => ({ ...line, text: '', blank: true, width: 0, halfWidth: 0, indent: 0 });
const retexted = (line: Line, text: string): Line => (text ? { ...line, text, width: displayWidth(text), halfWidth: halfWidthCount(text) } : blanked(line));

/**
 * Separates furniture from content. Headers met before any content give the page's facts; later
 * ones are item headers, except on pages of print columns, where they are running heads.
 */
export function takeFurniture(lines: readonly Line[], layoutOf: (content: readonly Line[]) => Layout): Furniture {
  const trace: TraceEntry[] = [];
  const heads: { line: number; header: HeaderLine }[] = [];
  const later: { placeholder: Line; header: HeaderLine }[] = [];
  const placeholders = new Set<Line>();
  const content: Line[] = [];
  let seenContent = false;
  let lastWasNoise = false;
  lines.forEach((line) => {
    if (line.blank) {
      // A blank line beside a removed footer is the PDF's page break, not a paragraph's end.
      if (!lastWasNoise) content.push(line);
      return;
    }
    if (isNoiseLine(line.text)) {
      trace.push({ line: line.no, lastLine: line.no, rule: 'noise' });
      dropTrailingBlanks(content, seenContent, placeholders);
      lastWasNoise = true;
      return;
    }
    lastWasNoise = false;
    const parsed = parseHeaderLine(line.text);
    // A date alone inside the text is a letter's or a decree's own date, not the page's.
    const header = parsed && seenContent && parsed.kind === 'page' && (parsed.strength === 'date' || parsed.strength === 'crawl') ? undefined : parsed;
    if (header) {
      if (!seenContent && header.kind === 'page') {
        heads.push({ line: line.no, header });
        trace.push({ line: line.no, lastLine: line.no, rule: 'page-header' });
        return;
      }
      const placeholder = blanked(line);
      later.push({ placeholder, header });
      placeholders.add(placeholder);
      content.push(placeholder);
      return;
    }
    const footer = findRunningFooter(line.text);
    const text = footer ? `${line.text.slice(0, footer.start)}${line.text.slice(footer.end)}`.trim() : line.text;
    if (footer) trace.push({ line: line.no, lastLine: line.no, rule: 'noise', note: 'running footer inside the line' });
    seenContent = true;
    content.push(text === line.text ? line : retexted(line, text));
  });

  const layout = layoutOf(content.filter((line) => !line.blank));
  const markers: Marker[] = [];
  const runningHeads = new Set<Line>();
  for (const { placeholder: line, header } of later) {
    if (header.kind === 'column') {
      markers.push({ line: line.no, kind: 'column', column: header.column });
      trace.push({ line: line.no, lastLine: line.no, rule: 'column-label' });
    } else if (layout === 'columns') {
      // A PDF repeats its masthead at the top of every sheet: it can fall inside a sentence.
      trace.push({ line: line.no, lastLine: line.no, rule: 'running-head' });
      if (heads.length === 0) heads.push({ line: line.no, header });
      runningHeads.add(line);
      markers.push({ line: line.no, kind: 'running-head' });
    } else {
      markers.push({ line: line.no, kind: 'item-header' });
      trace.push({ line: line.no, lastLine: line.no, rule: 'item-header' });
      heads.push({ line: line.no, header });
    }
  }
  // Running heads leave no line behind, not even a blank one, so the sentence around them rejoins.
  const kept = content.filter((line) => !runningHeads.has(line));
  return { content: kept, facts: pageFactsFrom(heads), markers, trace };
}

/**
 * Blank lines just before a removed footer, where the text before them runs on (a PDF's page broke
 * a paragraph); after a short line they were a real break and stay. A header's placeholder stays too.
 */
function dropTrailingBlanks(content: Line[], seenContent: boolean, placeholders: ReadonlySet<Line>) {
  if (!seenContent) return;
  let end = content.length;
  while (end > 0 && content[end - 1]?.blank && !placeholders.has(content[end - 1]!)) end--;
  const before = content[end - 1];
  if (before && !placeholders.has(before) && [...before.text].length >= 10 && !endsSentence(before.text)) content.length = end;
}
