import { zh } from '../../../lib/zh.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * Splits printed text into plain and marked runs, for rendering as React elements (never as HTML).
 * Chinese punctuation is applied to the whole text first, so each mark keeps its neighbours as
 * context; the conversion swaps single characters, so the engine's offsets stay valid. Marks are
 * clamped, sorted and merged, so offsets from anywhere cannot break the text apart.
 */
export function markedSegments(text: string, marks: readonly (readonly [number, number])[]): Segment[] {
  const shown = zh(text);
  const display = shown.length === text.length ? shown : text;
  const ranges = marks
    .map(([start, end]) => [Math.max(0, Math.min(start, display.length)), Math.max(0, Math.min(end, display.length))] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) segments.push({ text: display.slice(at, from), mark: false });
    const last = segments[segments.length - 1];
    if (last?.mark && from === at) last.text += display.slice(from, end);
    else segments.push({ text: display.slice(from, end), mark: true });
    at = end;
  }
  if (at < display.length) segments.push({ text: display.slice(at), mark: false });
  return segments;
}
