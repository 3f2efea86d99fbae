/**
 * The one place that touches the parser and its output. The parser is being rewritten while this
 * benchmark is used, so its field details may shift; everything else reads the normalized view
 * below, and a change in the parser's shape is fixed here alone.
 */
import { decodeSeed } from '../../src/pipeline/read/decode.ts';
import { parsePage } from '../../src/pipeline/parse/page.ts';
import { loadLexicon } from '../../src/pipeline/read/lexicon.ts';

/** The build gives the parser its word list; so does the benchmark, to measure what the build does. */
const lexicon = await loadLexicon();

export interface NormBlock {
  kind: 'paragraph' | 'subhead';
  text: string;
  /** A caption paragraph (a photo item's `caption`, split on line breaks) rather than a body block. */
  caption: boolean;
}

export interface NormItem {
  kind: 'article' | 'photo';
  kicker: string;
  headline: string;
  subheadlines: string[];
  column: string;
  dateline: string;
  bylines: { name: string; role: string }[];
  /** Body blocks in order, then the caption's paragraphs. */
  blocks: NormBlock[];
  continuedOn?: number;
  continuedFrom?: number;
  /** 1-based line of the page text where the parser says the item starts. */
  line?: number;
}

export interface NormFacts {
  publication?: string;
  date?: string;
  number?: number;
  section?: string;
  name?: string;
}

export interface NormPage {
  facts: NormFacts;
  items: NormItem[];
  advertisement: boolean;
}

export type ParseOutcome = { ok: true; page: NormPage } | { ok: false; error: string };

const str = (x: unknown): string => (typeof x === 'string' ? x : '');
const num = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);
const pageOf = (x: unknown): number | undefined => (x && typeof x === 'object' ? num((x as { page?: unknown }).page) : num(x));

function normItem(raw: Record<string, unknown>): NormItem {
  const blocks: NormBlock[] = [];
  const body = Array.isArray(raw.body) ? (raw.body as unknown[]) : [];
  for (const b of body) {
    // an older parser returned plain strings for paragraphs
    if (typeof b === 'string') blocks.push({ kind: 'paragraph', text: b, caption: false });
    else if (b && typeof b === 'object') {
      const block = b as { kind?: unknown; text?: unknown };
      blocks.push({ kind: block.kind === 'subhead' ? 'subhead' : 'paragraph', text: str(block.text), caption: false });
    }
  }
  for (const text of str(raw.caption).split('\n')) if (text.trim() !== '') blocks.push({ kind: 'paragraph', text, caption: true });
  const bylines = (Array.isArray(raw.bylines) ? (raw.bylines as unknown[]) : []).map((b) => {
    const by = (b ?? {}) as { name?: unknown; role?: unknown };
    return { name: str(by.name), role: str(by.role) };
  });
  const continuedOn = pageOf(raw.continuedOn);
  const continuedFrom = pageOf(raw.continuedFrom);
  const line = num(raw.line);
  return {
    kind: raw.kind === 'photo' ? 'photo' : 'article',
    kicker: str(raw.kicker),
    headline: str(raw.headline),
    subheadlines: (Array.isArray(raw.subheadlines) ? (raw.subheadlines as unknown[]) : []).map(str).filter((s) => s !== ''),
    column: str(raw.column),
    dateline: str(raw.dateline),
    bylines,
    blocks,
    ...(continuedOn !== undefined ? { continuedOn } : {}),
    ...(continuedFrom !== undefined ? { continuedFrom } : {}),
    ...(line !== undefined ? { line } : {}),
  };
}

function normalize(parsed: unknown): NormPage {
  const p = (parsed ?? {}) as { facts?: Record<string, unknown>; items?: unknown[]; advertisement?: unknown };
  const f = p.facts ?? {};
  const facts: NormFacts = {};
  if (str(f.publication)) facts.publication = str(f.publication);
  if (str(f.date)) facts.date = str(f.date);
  if (num(f.number) !== undefined) facts.number = num(f.number);
  if (str(f.section)) facts.section = str(f.section);
  if (str(f.name)) facts.name = str(f.name);
  return {
    facts,
    items: (p.items ?? []).map((i) => normItem((i ?? {}) as Record<string, unknown>)),
    advertisement: p.advertisement === true,
  };
}

/** Runs the real parser on a page's text; an exception is a failed page, not a crash. */
export function parseText(text: string, file: string): ParseOutcome {
  try {
    return { ok: true, page: normalize(parsePage(text, file, { lexicon })) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

/** Decodes a file's bytes as the pipeline's reader does (encoding detection, BOM). */
export function decodeBytes(bytes: Uint8Array, file: string): { ok: true; text: string } | { ok: false; error: string } {
  const decoded = decodeSeed(bytes, file);
  return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, error: decoded.problem.title };
}
