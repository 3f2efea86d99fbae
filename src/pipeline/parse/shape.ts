import type { Line } from './lines.ts';
import { endsSentence } from './sentence.ts';

/**
 * How a page's text was laid out, which decides what a line is:
 * - `markdown`: PDF-to-Markdown output (the seed): blocks between blank lines, `## ` headlines,
 *   paragraphs cut where a print column ended;
 * - `lines`: e-paper text, archive transcriptions, crawler files: one element (paragraph, headline
 *   line) per line;
 * - `columns`: pdftotext of print columns: one printed line per line, paragraphs hard-wrapped.
 */
export type Layout = 'markdown' | 'lines' | 'columns';
export const LAYOUTS: readonly Layout[] = ['markdown', 'lines', 'columns'];

export interface PageShape {
  layout: Layout;
  /** Width in em of a full printed line (the column measure); 0 where lines are not wrapped. */
  fullWidth: number;
  /** Enough lines share the measure to trust it within a few em (a short page's is only its widest line). */
  measureIsFirm: boolean;
  /** Paragraphs begin indented, so an unindented line is a heading (or, in columns, a wrapped line). */
  indentsParagraphs: boolean;
  /**
   * Columns without whitespace indents whose paragraphs still open two em short (`pdftotext` without
   * `-layout` drops the indent, not its room): such a first line marks a paragraph as an indent does.
   */
  dropsIndents: boolean;
  /** Blank lines stand between paragraphs (not only between articles). */
  blankBetweenParagraphs: boolean;
  /** Blank lines stand between some elements but not between paragraphs: they set items apart. */
  blankSeparatesItems: boolean;
  /** Headlines the page marked with `## `. */
  markedHeadlines: number;
  /** What the guess rests on, for `--explain`. */
  evidence: string;
}

/** A headline marked as Markdown marks one: `## 标题`. */
export const MARKED = /^#{1,6}(?:\s+|$)/u;
/** An indent deeper than this is centring (a wrapped headline in `pdftotext -layout`), not a paragraph start. */
export const CENTRED_INDENT = 4;

/** A paragraph's first-line indent: a single space in an archive transcription, two em in print. */
export function isParagraphIndent(line: Line): boolean {
  return line.indent >= 0.5 && line.indent < CENTRED_INDENT;
}

/** A mark a typesetter lets hang past the column's edge rather than start a line with it. */
const HANGING = /[，。、；：！？,.;:!?]$/u;

/**
 * How far a line reaches across the column, in em: a paragraph's indent is part of its first line,
 * and a mark hanging past the edge is not.
 */
function reach(line: Line): number {
  const width = line.indent < CENTRED_INDENT ? line.indent + line.width : line.width;
  // One mark may hang; two would push the word before them to the next line instead.
  return HANGING.test(line.text) ? width - 1 : width;
}

/** The widest reach among lines (a loop: a page may have more lines than a call takes arguments). */
function widestOf(lines: readonly Line[]): number {
  let widest = 0;
  for (const line of lines) widest = Math.max(widest, reach(line));
  return widest;
}

/**
 * The column measure: the reach most lines share, among the widest. Lines of Chinese characters
 * only give it exactly: a font may set digits anywhere from half an em to a whole one.
 */
function measure(lines: readonly Line[]): { width: number; firm: boolean } {
  const all = lines.filter((line) => reach(line) >= 6);
  if (all.length < 4) return { width: 0, firm: false };
  const widestOfAll = widestOf(all);
  // The measure is near the widest lines: short headings may share a width too.
  const wide = all.filter((line) => line.halfWidth === 0 && reach(line) >= 0.75 * widestOfAll - 1);
  const source = wide.length >= 4 ? wide : all;
  // Lines an em short of a candidate count for it, wherever the widest outlier put the cut: a full
  // line whose last mark did not hang reaches one em less than the measure.
  const chinese = all.filter((line) => line.halfWidth === 0);
  const counted = wide.length >= 4 ? chinese : all;
  const widest = widestOf(source);
  const counts = new Map<number, number>();
  for (const line of source) counts.set(reach(line), (counts.get(reach(line)) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [width] of counts) {
    if (width < 0.75 * widest - 1) continue;
    // Half-width characters leave a full line up to an em short of the edge.
    const count = counted.filter((line) => reach(line) >= width - 1 && reach(line) <= width).length;
    if (count > bestCount || (count === bestCount && width > best)) {
      best = width;
      bestCount = count;
    }
  }
  return bestCount >= 2 ? { width: best, firm: bestCount >= 4 } : { width: 0, firm: false };
}

/** Where a line sits, for `runsOn`: what only its neighbours can tell. */
export interface LineContext {
  /** The line opens its element (a paragraph's first line, which may stop short by its indent). */
  opensElement?: boolean;
  /** The page indents its paragraphs: a first line's indent is printed. */
  indents?: boolean;
  /** The page's paragraphs open two em short, their indent dropped (`PageShape.dropsIndents`). */
  drops?: boolean;
  /** The next printed line. */
  next?: Line;
}

/**
 * A line printed to the full measure: the text runs on into the next line. A line up to three em
 * short runs on only where something explains the room left: the next line opens with what a
 * typesetter may not leave at a line's end or break (an opening quote or bracket, a number, a Latin
 * word), or the line opens a paragraph whose indent `pdftotext` dropped (its first line still stops
 * two em short). Otherwise a short line ends its element, a heading line above all.
 */
export function runsOn(line: Line, measureWidth: number, firm = true, context: LineContext = {}): boolean {
  if (measureWidth <= 0) return false;
  // Half-width characters may have been set wider than half an em.
  const width = reach(line) + line.halfWidth * 0.25;
  if (width >= measureWidth - 1) return true;
  if (firm && context.drops && context.opensElement && context.next && endsSentence(line.text) && goesOnAfterDroppedIndent(line, context.next, measureWidth)) return true;
  // So may a first line that closes a bracket (`…医疗（苏州）` / `有限公司…`): a note inside its sentence, where the paragraph goes on under it.
  if (firm && context.drops && context.opensElement && context.next && /[)）]$/u.test(line.text) && !/^[—―]/u.test(context.next.text) && goesOnAfterDroppedIndent(line, context.next, measureWidth)) return true;
  if (!firm || width < measureWidth - 3 || HEADING_END.test(line.text) || endsSentence(line.text)) return false;
  // A paragraph never ends on a comma: a line a few em short that does had its next word pushed down.
  if (CLAUSE_END.test(line.text)) return true;
  if (context.next && UNBREAKABLE_START.test(context.next.text) && RUNNING_PUNCTUATION.test(line.text)) return true;
  if (context.next && PUSHED_BEFORE_CLOSING.test(context.next.text) && width >= measureWidth - 2.5) return true;
  if (!context.opensElement) return false;
  if (context.indents) return isParagraphIndent(line);
  return context.drops ? opensWithDroppedIndent(line, measureWidth) : RUNNING_PUNCTUATION.test(line.text);
}

/**
 * A heading line that broke at a gap between two phrases (`…新甘肃  ` / `开创…`): with the gap's room
 * it fills the measure, so the next phrase did not fit and goes on under it.
 */
export function fillsWithItsGap(line: Line, measureWidth: number): boolean {
  return measureWidth > 0 && line.gapAtEnd !== undefined && line.indent === 0 && reach(line) + line.halfWidth * 0.25 + line.gapAtEnd >= measureWidth - 1;
}

/**
 * A justified line of full-width characters fills the measure: it stops an em short only where the
 * typesetter pushed something down (an opening mark or a number, which may not be left at a line's
 * end or broken, or a character with the closing mark after it). One that ends on a character an em
 * short with nothing pushed ended there. (A line ending on a mark that may hang is no evidence: its
 * mark may have reached the edge inside the measure; nor is one that broke at a phrase gap, whose
 * space took the room.)
 */
export function leftAnEmFree(line: Line, next: Line, measureWidth: number): boolean {
  if (line.halfWidth > 0 || line.indent > 0 || line.spaceAtEnd || reach(line) !== measureWidth - 1 || !/[\u4e00-\u9fff]$/u.test(line.text)) return false;
  return !UNBREAKABLE_START.test(next.text) && !PUSHED_BEFORE_CLOSING.test(next.text) && !CONTINUING_START.test(next.text);
}

/**
 * Where indents were dropped, a paragraph's first line two em short may end a sentence (or a clause,
 * before a quotation) and the paragraph go on: the next line then reaches the measure, which the
 * next paragraph's first line would not.
 */
function goesOnAfterDroppedIndent(line: Line, next: Line, measureWidth: number): boolean {
  const width = reach(line);
  if (width <= shortestFirstLine(line, measureWidth) || width > measureWidth - 1.75 || line.indent > 0) return false;
  return reach(next) + next.halfWidth * 0.25 >= measureWidth - 1 && next.indent === 0;
}

/**
 * A character brought down with the closing mark after it, which no line may start with (`单”…`,
 * `制。…`): the line above stops an em short, a little more beside half-width characters.
 */
const PUSHED_BEFORE_CLOSING = /^[^\s，。、；：！？）》」』”’…·%,.;:!?)][，。、；：！？）》」』”’…]/u;

/** What a typesetter pushes to the next line whole, leaving room at the end of the line before. */
const UNBREAKABLE_START = /^[“‘《（(「『〈【[0-9A-Za-z]/u;

/**
 * A paragraph's first line as `pdftotext` prints it without `-layout`: the indent's whitespace gone,
 * its two em still left free at the line's end, and no full stop at its end (a paragraph's last line
 * would end with one; a first line may well stop at a comma or a semicolon that hangs in the margin).
 */
export function opensWithDroppedIndent(line: Line, measureWidth: number, previous?: Line): boolean {
  if (measureWidth < 8 || line.indent > 0 || CONTINUING_START.test(line.text)) return false;
  if (previous && /[0-9A-Za-z]$/u.test(previous.text) && /^[0-9A-Za-z]/u.test(line.text)) return false;
  // A full line whose last mark did not hang reaches one em less than one whose mark did: up to
  // m - 1.5 with a half-width character in it. A first line stops at m - 2 or shorter.
  const width = reach(line);
  if (width <= shortestFirstLine(line, measureWidth) || width > measureWidth - 1.75) return false;
  // A paragraph's last line ends with a full stop at any width; a first line that ends a sentence
  // right at its edge still opens one.
  return !FULL_STOP_END.test(line.text);
}

/**
 * Below this reach a line is too short for a paragraph's first line with a dropped indent. Its text
 * stops two em short and less than an em more (the next character did not fit), its last mark
 * inside the room: m - 3 where every character is an em wide. Half-width characters leave half an
 * em more room free (`…新建住房。` after `128`, m - 3.5).
 */
function shortestFirstLine(line: Line, measureWidth: number): number {
  return measureWidth - (line.halfWidth > 0 ? 3.75 : 3.25);
}

/**
 * Where indents were dropped, a line two em short that ends a sentence, after a full line, is the
 * last line of a paragraph or the first of the next; the line under it tells: a paragraph goes on
 * from its first line into a full one, and the next paragraph's first line would stop short again.
 */
export function opensBeforeFullLine(line: Line, next: Line | undefined, measureWidth: number): boolean {
  // A note in brackets (`（综合本报记者…报道）`) under a paragraph's last line is no paragraph's second line.
  if (!next || measureWidth < 8 || CONTINUING_START.test(line.text) || !endsSentence(line.text) || /^[(（]/u.test(next.text)) return false;
  return goesOnAfterDroppedIndent(line, next, measureWidth);
}

/** A line that opens a paragraph by how this page marks them: an indent, or the room a dropped one left. */
export function opensParagraph(line: Line, shape: Pick<PageShape, 'indentsParagraphs' | 'dropsIndents' | 'fullWidth'>, previous?: Line): boolean {
  return shape.indentsParagraphs ? isParagraphIndent(line) : shape.dropsIndents && opensWithDroppedIndent(line, shape.fullWidth, previous);
}

/** A line that opens with a mark no line starts with goes on with the line above. */
const CONTINUING_START = /^[，。、；：！？）》」』”’…·%,.;:!?)]/u;

const RUNNING_PUNCTUATION = /[，,、；;：:“”‘’（）()《》]/u;
/** Marks inside a sentence that no paragraph ends on (a list item may end on `；`, a lead-in on `：`). */
const CLAUSE_END = /[，、]$/u;
/** How a headline's last line ends: a column tag (`（人民时评）`), or a 引题's dash. */
const HEADING_END = /(?:[(（][^()（）]{1,16}[)）]|[—―]{2})$/u;

/**
 * On a page too short for a measure, the widest line cut mid-sentence, if at least two lines that
 * wide are cut so: a heading ends without punctuation too, but is shorter than the text under it.
 */
function widestWrapped(lines: readonly Line[]): number {
  const widest = widestOf(lines);
  const cut = lines.filter((line) => !endsSentence(line.text) && reach(line) >= 0.8 * widest);
  return cut.length >= 2 ? widestOf(cut) : 0;
}

const FULL_STOP_END = /[。！？!?][”’」』）)]*$/u;

/**
 * Whether the lines after a sentence's end mostly open two em short and go on mid-sentence: a
 * paragraph's first line whose indent was dropped. Where first lines are full, a line after a full
 * stop stops two em short only by chance (about one in the measure).
 */
function dropsIndentsOf(lines: readonly Line[], width: number): boolean {
  let after = 0;
  let short = 0;
  for (let i = 1; i < lines.length; i++) {
    if (!FULL_STOP_END.test(lines[i - 1]!.text) || reach(lines[i]!) < width - 3.25) continue;
    after++;
    if (opensWithDroppedIndent(lines[i]!, width)) short++;
  }
  return short >= 3 && short >= 0.4 * after;
}

/** Reads the page's layout from its statistics; `forced` (from the page's sidecar) wins. */
export function measureShape(content: readonly Line[], forced?: Layout): PageShape {
  const lines = content.filter((line) => !line.blank);
  const marked = lines.filter((line) => MARKED.test(line.text)).length;
  // Printed lines cut mid-sentence; whole paragraphs, one a line, end theirs.
  const long = lines.filter((line) => reach(line) >= 8);
  const unfinished = long.length === 0 ? 0 : long.filter((line) => !endsSentence(line.text)).length / long.length;
  // Too few lines share a width on a short page: the widest unfinished line is the measure then.
  const measured = measure(lines);
  const width = measured.width || (unfinished >= 0.5 ? widestWrapped(long) : 0);
  // A wrapped page has lines at its measure and almost none beyond it.
  const fullShare = width > 0 ? lines.filter((line) => runsOn(line, width, true, { opensElement: true }) && reach(line) <= width + 1).length / lines.length : 0;
  const beyond = width > 0 ? lines.filter((line) => reach(line) > width + 1).length / lines.length : 1;
  let pairs = 0;
  let blankPairs = 0;
  for (let i = 1; i < content.length; i++) {
    const line = content[i];
    if (!line || line.blank) continue;
    pairs++;
    if (content[i - 1]?.blank && !content[i - 1]?.besideNoise) blankPairs++;
  }
  const blankShare = pairs === 0 ? 0 : blankPairs / pairs;
  // Indented paragraphs on consecutive lines are one per line, whatever blank lines the heading has.
  let indentedRuns = 0;
  for (let i = 1; i < content.length; i++) {
    const [a, b] = [content[i - 1], content[i]];
    if (a && b && !a.blank && !b.blank && isParagraphIndent(a) && isParagraphIndent(b)) indentedRuns++;
  }
  const indented = lines.filter(isParagraphIndent).length;
  const wrapped = width > 0 && width <= 48 && beyond <= 0.1 && ((fullShare >= 0.35 && lines.length >= 5) || (unfinished >= 0.5 && lines.length >= 2));

  let layout: Layout;
  if (forced) layout = forced;
  else if (marked > 0) layout = 'markdown';
  else if (wrapped) layout = 'columns';
  // PDF-to-Markdown output does not indent; text that indents its paragraphs has one per line.
  else if (blankShare >= 0.5 && indentedRuns === 0 && indented === 0) layout = 'markdown';
  else layout = 'lines';

  const wide = lines.filter((line) => line.width >= 12);
  const indentsParagraphs =
    layout === 'columns'
      ? indented >= 1 && indented >= 0.06 * lines.length
      : wide.length > 0 && wide.filter(isParagraphIndent).length >= 0.5 * wide.length;
  const dropsIndents = layout === 'columns' && !indentsParagraphs && dropsIndentsOf(lines, width);
  const evidence = [
    `${lines.length} lines`,
    `${marked} marked`,
    `blank before ${Math.round(blankShare * 100)}% of lines`,
    width ? `${Math.round(fullShare * 100)}% of lines about ${width} em wide` : 'no column measure',
    `${indented} indented`,
    dropsIndents ? 'paragraphs open two em short (indent dropped)' : '',
    `${Math.round(unfinished * 100)}% of long lines end mid-sentence`,
    forced ? `layout ${forced} forced by the sidecar` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return {
    layout,
    fullWidth: layout === 'columns' ? width : 0,
    measureIsFirm: measured.firm,
    indentsParagraphs,
    dropsIndents,
    blankBetweenParagraphs: blankShare >= 0.5,
    blankSeparatesItems: blankShare > 0 && blankShare < 0.5,
    markedHeadlines: marked,
    evidence,
  };
}
