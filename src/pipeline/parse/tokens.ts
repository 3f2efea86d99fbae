import type { Element } from './elements.ts';

/** What one element was read as, for `--explain`. */
export interface TraceEntry {
  line: number;
  lastLine: number;
  rule: string;
  note?: string;
}

/** A line the page reader met between elements: an item header or a column label. */
export type Marker =
  | { line: number; kind: 'item-header' }
  | { line: number; kind: 'column'; column: string }
  /**
   * A PDF's masthead repeated on the page: inside a sentence it is nothing, under short lines it marks
   * them a story's heading. `citation`: the paper cited with date and 版 (`《…》（…版）`), which a PDF of
   * the e-paper prints once under each story's heading.
   */
  | { line: number; kind: 'running-head'; citation?: boolean };

export type Token = { type: 'element'; element: Element } | { type: 'marker'; marker: Marker };
