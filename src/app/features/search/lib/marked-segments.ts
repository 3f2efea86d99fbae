import { zh } from '../../../lib/zh.ts';
import { convertedSlicer, type Convert } from '../../script/lib/aligned.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * Splits printed text into plain and marked runs, for rendering as React elements (never as HTML).
 * Chinese punctuation is applied to the whole text first, so each mark keeps its neighbours as
 * context; the conversion swaps single characters, so the engine's offsets stay valid. Marks are
 * clamped, sorted and merged, so offsets from anywhere cannot break the text apart. With `convert`
 * (the reader's 繁體) each run is the converted text at the printed text's offsets.
 */
export function markedSegments(text: string, marks: readonly (readonly [number, number])[], convert?: Convert): Segment[] {
  const punctuated = zh(text);
  const display = punctuated.length === text.length ? punctuated : text;
  const shown = convert ? convertedSlicer(display, convert) : (start: number, end: number) => display.slice(start, end);
  const ranges = marks
    .map(([start, end]) => [Math.max(0, Math.min(start, display.length)), Math.max(0, Math.min(end, display.length))] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) segments.push({ text: shown(at, from), mark: false });
    const last = segments[segments.length - 1];
    if (last?.mark && from === at) last.text += shown(from, end);
    else segments.push({ text: shown(from, end), mark: true });
    at = end;
  }
  if (at < display.length) segments.push({ text: shown(at, display.length), mark: false });
  return segments;
}
