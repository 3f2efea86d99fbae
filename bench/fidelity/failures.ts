/** Failures as the parser's engineer reads them: what kind, where in the generated page, truth beside output. */
import type { GeneratedPage } from './layouts/common.ts';
import type { Metric } from './score.ts';

/** One failure, described for a person: the page, where in its text, what was expected and what came out. */
export interface Failure {
  metric: Metric | 'noise' | 'failed';
  /** A short name of the failure's kind, counted per class (`merged with next`, `as subhead` …). */
  type: string;
  cls: string;
  variants: string;
  pageId: string;
  file: string;
  line?: number;
  truth: string;
  parsed: string;
  /** Numbered lines of the generated text around `line`. */
  context: string[];
}

export interface FailureSink {
  /** Counts of failure types, `metric|type`. */
  types: Map<string, number>;
  /** Up to `limit` examples per `class|metric`, at most `perPage` from one page. */
  examples: Map<string, Failure[]>;
  limit: number;
  perPage: number;
}

export function newSink(limit: number, perPage = 1): FailureSink {
  return { types: new Map(), examples: new Map(), limit, perPage };
}

export const variantsText = (page: GeneratedPage) =>
  Object.entries(page.variants)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');

/** Numbered lines of the page around `line`; U+3000 shown as a full-width space, NBSP as ␣. */
export function contextLines(lines: readonly string[], line: number | undefined, radius = 3): string[] {
  if (line === undefined) return [];
  const out: string[] = [];
  for (let n = Math.max(1, line - radius); n <= Math.min(lines.length, line + radius); n++) {
    const text = (lines[n - 1] ?? '').replace(/\r$/u, '');
    const shown = text.length > 90 ? `${text.slice(0, 90)}…` : text;
    out.push(`${n === line ? '>' : ' '}${String(n).padStart(5)} | ${shown.replace(/\u3000/gu, '　').replace(/\u00a0/gu, '␣')}`);
  }
  return out;
}


