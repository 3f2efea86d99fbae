/** What every layout produces, and the pieces several layouts print the same way. */
import type { Rng } from '../prng.ts';
import type { TruthArticle } from '../truth.ts';
import { chineseNumber, dateParts, pad2 } from '../text.ts';

export const CLASSES = ['markdown', 'epaper', 'archive', 'columns', 'crawler'] as const;
export type ClassName = (typeof CLASSES)[number];

/** Page facts as the generator printed them: only these are scored. */
export interface PrintedFacts {
  publication?: string;
  date?: string;
  number?: number;
  section?: string;
  name?: string;
}

/** Lines of the generated text, 1-based, inclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface PrintedArticle {
  /** The truth as printed: a layout that rewrites a dateline or moves a column tag says so here. */
  truth: TruthArticle;
  span: Span;
  /** Where each of `truth.lines` was printed (same index); undefined for a line not printed. */
  lines: (Span | undefined)[];
}

/** A planted `（下转第N版）` or `（上接第M版）`. */
export interface PlantedContinuation {
  dir: 'on' | 'from';
  /** The page the marker names. */
  page: number;
  marker: string;
  /** Index into `GeneratedPage.articles`. */
  article: number;
  line: number;
}

export interface GeneratedPage {
  cls: ClassName;
  /** The corpus page (`2019-02-01-p04`) or the crawler file it came from. */
  pageId: string;
  /** The file name handed to the parser. */
  file: string;
  /** Variant dimensions, `key → value`: each becomes a row of the per-variant table. */
  variants: Record<string, string>;
  text: string;
  articles: PrintedArticle[];
  facts: PrintedFacts;
  /** Values a parser could wrongly take for a fact (the crawl date of an e-paper copy). */
  decoys: PrintedFacts;
  /** Navigation and running-head lines that are not the paper's text. */
  noise: string[];
  continuations: PlantedContinuation[];
  /**
   * Paragraphs whose end nothing in the text shows (no indent, and the last line exactly fills the
   * measure): `article:line` keys. No rule can find them; they are reported, not hidden.
   */
  ambiguous: Set<string>;
}

/** A page to lay out: its articles already classified, continuation halves already planted. */
export interface PageInput {
  pageId: string;
  date: string;
  page: number;
  articles: TruthArticle[];
  rng: Rng;
}

export interface Layout {
  cls: ClassName;
  render(input: PageInput): GeneratedPage;
}

/** Builds the page text line by line, so every printed element knows its line number. */
export class PageText {
  readonly lines: string[] = [];
  /** Called before each content line is pushed; may push running heads (returns lines it pushed). */
  interrupt?: (text: PageText) => void;
  private content = 0;

  get lineNo(): number {
    return this.lines.length + 1;
  }

  /** Pushes one line and returns its 1-based number. */
  push(line: string): number {
    if (this.interrupt && line !== '') {
      this.content++;
      this.interrupt(this);
    }
    this.lines.push(line);
    return this.lines.length;
  }

  /** Pushes raw lines (running heads) without triggering the interrupt. */
  pushRaw(...lines: string[]): void {
    this.lines.push(...lines);
  }

  get contentLines(): number {
    return this.content;
  }

  blank(): void {
    this.lines.push('');
  }

  /** One blank line unless the text is empty or already ends in one. */
  separate(): void {
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }

  join(eol = '\n'): string {
    return this.lines.join(eol) + eol;
  }
}

/** Tracks one article's lines while it is printed. */
export class ArticleRecorder {
  readonly lines: (Span | undefined)[];
  private readonly start: number;
  constructor(
    private readonly out: PageText,
    readonly truth: TruthArticle,
  ) {
    this.lines = truth.lines.map(() => undefined);
    this.start = out.lineNo;
  }
  /** Records that truth line `i` was printed from line `start` to the last line pushed. */
  mark(i: number, start: number): void {
    this.lines[i] = { start, end: Math.max(start, this.out.lines.length) };
  }
  done(): PrintedArticle {
    return { truth: this.truth, span: { start: this.start, end: Math.max(this.start, this.out.lines.length) }, lines: this.lines };
  }
}

/** Generic page names (版名) for the layouts that print one; the corpus itself records none. */
const PAGE_NAMES = ['要闻', '评论', '经济', '政治', '社会', '文化', '国际', '体育', '理论', '副刊', '视点', '综合'];
export function pageName(page: number, rng: Rng): string {
  return page === 1 ? '要闻' : rng.pick(PAGE_NAMES);
}

export function masthead(date: string, page: number): string {
  const { y, m, d } = dateParts(date);
  return `人民日报 ${y}年${m}月${d}日 第${pad2(page)}版`;
}

/** `（下转第4版）`, `(下转四版)`, `（下转第四版）`; `（上接第1版）`, `(上接一版)`, `（上接第一版）`. */
export function continuationMarker(dir: 'on' | 'from', page: number, rng: Rng): string {
  const verb = dir === 'on' ? '下转' : '上接';
  const form = rng.int(0, 2);
  if (form === 0) return `（${verb}第${page}版）`;
  if (form === 1) return `(${verb}${chineseNumber(page)}版)`;
  return `（${verb}第${chineseNumber(page)}版）`;
}

/** NBSP becomes a plain space, as in any text not copied from the e-paper's HTML. */
export const plainSpaces = (text: string) => text.replace(/\u00a0/gu, ' ');

/** The article's subtitle split where the paper put a gap in it (two decks printed as one field). */
export function subtitleParts(subtitle: string): string[] {
  const parts = subtitle
    .split(/[\u00a0\u3000 ]{2,}/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  // a gap inside a short run (`本报记者  某某某`) is padding, not a second deck
  return parts.every((p) => [...p].length >= 4) ? parts : [subtitle.trim()];
}

/** Index of the last paragraph line, where a `（下转…）` marker goes. */
export function lastParagraph(a: TruthArticle): number {
  for (let i = a.lines.length - 1; i >= 0; i--) if (a.lines[i]?.kind === 'paragraph') return i;
  return -1;
}
export function firstParagraph(a: TruthArticle): number {
  return a.lines.findIndex((l) => l.kind === 'paragraph');
}

/** Title with a trailing column tag, `某某某某（某某时评）` → [`某某某某`, `某某时评`]. */
export function columnTag(title: string): [string, string] | undefined {
  const m = /^(.{4,}?)[（(]([\p{Script=Han}]{2,8})[）)]$/u.exec(title);
  return m ? [m[1] ?? '', m[2] ?? ''] : undefined;
}

/** One printable piece of an article body: a truth line, or a continuation marker on a line of its own. */
export interface Unit {
  kind: TruthArticle['lines'][number]['kind'] | 'marker';
  text: string;
  /** Index into `truth.lines`; absent for a marker on its own line. */
  index?: number;
  /** The continuation marker this unit carries (inline at its end or start, or as the whole unit). */
  marker?: { dir: 'on' | 'from'; page: number; text: string };
}

/**
 * The body as a list of units, with the planted continuation markers placed: at the end of the
 * last paragraph or on a line after it (`下转`), at the start of the first paragraph or on a line
 * before it (`上接`).
 */
export function bodyUnits(a: TruthArticle, rng: Rng): Unit[] {
  const units: Unit[] = a.lines.map((l, index) => ({ kind: l.kind, text: l.text, index }));
  if (a.continuedFrom !== undefined) {
    const marker = { dir: 'from' as const, page: a.continuedFrom, text: continuationMarker('from', a.continuedFrom, rng) };
    const i = firstParagraph(a);
    const u = units[i];
    if (u && rng.chance(0.5)) Object.assign(u, { text: marker.text + u.text, marker });
    else units.splice(Math.max(0, i), 0, { kind: 'marker', text: marker.text, marker });
  }
  if (a.continuedOn !== undefined) {
    const marker = { dir: 'on' as const, page: a.continuedOn, text: continuationMarker('on', a.continuedOn, rng) };
    const last = lastParagraph(a);
    const at = units.findIndex((u) => u.index === last);
    const u = units[at];
    if (u && rng.chance(0.5)) Object.assign(u, { text: u.text + marker.text, marker });
    else units.splice(at + 1, 0, { kind: 'marker', text: marker.text, marker });
  }
  return units;
}

/** Records where a unit was printed: its truth line and the marker it carries. */
export function recordUnit(rec: ArticleRecorder, u: Unit, start: number, conts: PlantedContinuation[], article: number): void {
  if (u.index !== undefined) rec.mark(u.index, start);
  if (u.marker) conts.push({ dir: u.marker.dir, page: u.marker.page, marker: u.marker.text, article, line: start });
}
