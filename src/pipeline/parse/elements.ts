import { joinLines } from './join.ts';
import type { Line } from './lines.ts';
import { CENTRED_INDENT, fillsWithItsGap, isParagraphIndent, leftAnEmFree, MARKED, opensBeforeFullLine, opensParagraph, opensWithDroppedIndent, runsOn, type PageShape } from './shape.ts';
import { parseBylineLine, parseCreditLine, parseDatelineStart } from './byline.ts';
import { endsSentence } from './sentence.ts';
import { isNumberedHead } from './subhead.ts';
import { opensHeadingPart, standsAlone } from './heading-part.ts';
import type { Lexicon } from './types.ts';

/**
 * One printed element before it is known what it is: a paragraph (or a piece of one a column cut),
 * a headline, a kicker, a byline line, a caption. Each layout groups lines into elements its own
 * way; everything after that is shared.
 */
export interface Element {
  /** The element's text, its printed lines joined. */
  text: string;
  /** Markdown: the block's lines (two subheadlines, a headline over two lines); elsewhere the one text. */
  parts: string[];
  /** 1-based line of the page text where it starts. */
  line: number;
  /** 1-based line where it ends. */
  lastLine: number;
  /** Indented as a paragraph's first line, on a page that indents paragraphs. */
  indented: boolean;
  /** A blank line stood before it on a page whose blank lines separate items, not paragraphs; or it opens the page. */
  gapBefore: boolean;
  /** The last printed line was a full line of the column: the text may run on into the next element (columns). */
  runsOn: boolean;
  /** A crawler file's heading line, known by its place: line 1 the kicker, 2 the headline, 3 the 副题. */
  slot?: HeadingSlot;
}

export type HeadingSlot = 'kicker' | 'headline' | 'subheadline';
const SLOTS: readonly HeadingSlot[] = ['kicker', 'headline', 'subheadline'];


function element(lines: Line[], shape: PageShape, gapBefore: boolean, chinese: boolean, next?: Line): Element {
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  const text = joinLines(
    lines.map((line) => line.text),
    chinese,
  );
  return {
    text,
    // Only Markdown breaks one element over lines on purpose; a column wraps them wherever it ends.
    parts: shape.layout === 'markdown' ? lines.map((line) => line.text) : [text],
    line: first.no,
    lastLine: last.no,
    indented: shape.indentsParagraphs ? isParagraphIndent(first) : shape.dropsIndents && droppedIndent(lines, shape.fullWidth, text),
    gapBefore,
    runsOn: shape.layout === 'columns' && runsOn(last, shape.fullWidth, shape.measureIsFirm, { opensElement: lines.length === 1, indents: shape.indentsParagraphs, drops: shape.dropsIndents, next }),
  };
}


/**
 * Where extraction dropped the indents, a paragraph shows itself by a first line two em short that
 * the next line goes on from (a heading that happens to be as wide stands alone), or by its full stop.
 */
function droppedIndent(lines: readonly Line[], measureWidth: number, text: string): boolean {
  return (lines.length >= 2 && opensWithDroppedIndent(lines[0]!, measureWidth)) || FULL_STOP_END.test(text);
}

/**
 * Markdown: a block between blank lines is one element; a `## ` line inside one starts its own (its
 * kicker sits right above it). Two blank lines or more, where one is the rule, set stories apart.
 */
function markdownElements(lines: readonly Line[], shape: PageShape, chinese: boolean): Element[] {
  const runs = blankRuns(lines);
  // Where two blank lines are the rule between paragraphs, they set nothing apart.
  const storyGap = runs.filter((run) => run >= 2).length * 2 < runs.length ? 2 : Infinity;
  const out: Element[] = [];
  let block: Line[] = [];
  let blanks = 0;
  let gap = true;
  const flush = () => {
    if (block.length > 0) out.push(element(block, shape, gap, chinese));
    block = [];
    gap = false;
  };
  for (const line of lines) {
    if (line.blank) {
      flush();
      blanks++;
      continue;
    }
    if (MARKED.test(line.text)) flush();
    if (block.length === 0) {
      gap ||= blanks >= storyGap;
      blanks = 0;
    }
    block.push(line);
  }
  flush();
  return out;
}

/** The lengths of the runs of blank lines between non-blank ones. */
function blankRuns(lines: readonly Line[]): number[] {
  const runs: number[] = [];
  let run = 0;
  let seen = false;
  for (const line of lines) {
    if (line.blank) run++;
    else {
      if (seen && run > 0) runs.push(run);
      seen = true;
      run = 0;
    }
  }
  return runs;
}

/** E-paper and archive text: every line is an element; a blank line before it may end an item. */
function lineElements(lines: readonly Line[], shape: PageShape, chinese: boolean): Element[] {
  const out: Element[] = [];
  let gap = true;
  for (const line of lines) {
    if (line.blank) {
      gap = true;
      continue;
    }
    out.push(element([line], shape, gap && !shape.blankBetweenParagraphs, chinese));
    gap = false;
  }
  if (out[0]) out[0].gapBefore = true;
  // A crawler writes an article's 引题, 主题 and 副题 on its first three lines, each empty when absent,
  // and the body indented after them: there a heading line's place says what it is.
  const [one, two, three, four] = lines;
  const slotted = one?.no === 1 && two?.no === 2 && three?.no === 3 && four !== undefined && !two.blank && isParagraphIndent(four) && !four.blank;
  if (slotted && [one, two, three].every((line) => line.blank || line.indent === 0)) {
    for (const element of out) if (element.line <= 3) element.slot = SLOTS[element.line - 1];
  }
  return out;
}

/**
 * pdftotext of print columns: a paragraph goes on while its lines are full; it ends at a short line,
 * before an indented line (on pages that indent), or at a blank line.
 */
function columnElements(lines: readonly Line[], shape: PageShape, chinese: boolean, lexicon?: Lexicon): Element[] {
  const out: Element[] = [];
  let current: Line[] = [];
  let gap = true;
  const context = (at: number, next: Line | undefined) => ({ opensElement: at === 0, indents: shape.indentsParagraphs, drops: shape.dropsIndents, next });
  const full = (line: Line, next: Line | undefined) => runsOn(line, shape.fullWidth, shape.measureIsFirm, context(current.length - 1, next)) || fillsWithItsGap(line, shape.fullWidth);
  const flush = (next?: Line) => {
    if (current.length === 0) return;
    const heading = headingAfterParagraph(current, shape, next);
    if (heading > 0) {
      out.push(element(current.slice(0, heading), shape, gap, chinese, current[heading]));
      current = current.slice(heading);
      gap = false;
    }
    if (isHeadingAsWideAsAnIndent(current, shape, next)) {
      out.push(element(current.slice(0, 1), shape, gap, chinese, current[1]));
      current = current.slice(1);
      gap = false;
    }
    out.push(element(current, shape, gap, chinese, next));
    current = [];
    gap = false;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) {
      const last = current.at(-1);
      // A sheet of the PDF ended here, its footer taken out: a paragraph running to the edge goes on.
      if (line.besideNoise && last && full(last, nextPrinted(lines, i))) continue;
      flush(nextPrinted(lines, i));
      // A sheet's end is no break between items, whatever blank lines pdftotext set around its footer.
      if (!shape.blankBetweenParagraphs && !line.besideNoise) gap = true;
      continue;
    }
    const previous = current[current.length - 1];
    const centred = line.indent >= CENTRED_INDENT;
    const startsParagraph =
      (opensParagraph(line, shape, previous) && !(shape.dropsIndents && endsBeforeItsText(line, nextPrinted(lines, i), shape.fullWidth))) ||
      (shape.dropsIndents && opensBeforeFullLine(line, nextPrinted(lines, i), shape.fullWidth));
    // A bracket opened at the element's start and closed at its last line ends it: a closing byline.
    const closedNote =
      previous !== undefined && /[)）]$/u.test(previous.text) && OPENS.test(current[0]!.text) && isClosed(current.map((held) => held.text).join(''));
    // A credit filling a line of its own (`新华社记者  某某摄`) ends there, closed by its role (摄, 制图):
    // the next line opens another element. (A line of names may go on: the column can break a name.)
    const signedOff = current.length === 1 && previous !== undefined && parseCreditLine(previous.text) !== undefined;
    const lineRunsOn = runsOn(line, shape.fullWidth, shape.measureIsFirm, context(0, nextPrinted(lines, i)));
    // A centred line after a full one is the end of a headline that wrapped (`…决定性进` / `展`).
    const continues =
      !closedNote && !signedOff && previous !== undefined && full(previous, line) && (!startsParagraph || centred) && !opensAfterFullStop(previous, line, lineRunsOn, shape.indentsParagraphs || shape.dropsIndents);
    if (!continues || line.afterCitation || (previous !== undefined && endsHeadingPart(current, line, shape, runOnFrom(lines, i, shape), lexicon))) flush(line);
    // A heading's first line after a paragraph that ended at the column's edge ran on from it:
    // the citation under the heading says where the heading began, after the last full stop.
    const stop = line.beforeCitation ? lastFullStop(current) : -1;
    if (stop >= 0 && current.length - stop <= MAX_HEADING_LINES) {
      const heading = current.slice(stop + 1);
      current = current.slice(0, stop + 1);
      flush(heading[0]);
      current = heading;
    }
    current.push(line);
    // Every line of it is heading: where one closes a 引题 (a dash, a speaker verb) or a headline
    // (its column tag), the next part begins, whatever room the line left.
    if (line.beforeCitation && current.length > 1 && !SENTENCE_MARK.test(current.map((held) => held.text).join(''))) {
      const parts = splitHeadingParts(current);
      parts.slice(0, -1).forEach((part, k) => {
        current = part;
        flush(parts[k + 1]![0]);
      });
      current = parts.at(-1)!;
    }
  }
  flush();
  if (out[0]) out[0].gapBefore = true;
  return out;
}

/**
 * Where indents were dropped, a line two em short that does not end a sentence opens a paragraph
 * only where the paragraph goes on under it. Where a citation, a dateline, a 副题's dash or another
 * paragraph's first line follows, it is the last line of a heading that wrapped, as short by chance.
 */
function endsBeforeItsText(line: Line, next: Line | undefined, measureWidth: number): boolean {
  if (!next || line.beforeCitation) return true;
  return OPENS_DECK.test(next.text) || parseDatelineStart(next.text) !== undefined || opensWithDroppedIndent(next, measureWidth, line);
}

/**
 * A paragraph ends its last sentence. One that seems to end without, right before a paragraph opens,
 * took in the heading of the next story after its full last line: the lines after its last full stop,
 * flush left, none with a sentence mark. Returns where that heading starts, or 0.
 */
function headingAfterParagraph(lines: readonly Line[], shape: PageShape, next: Line | undefined): number {
  if (lines.length < 2 || !next || endsSentence(lines[lines.length - 1]!.text)) return 0;
  // A paragraph never ends bare: lines that do, after its full stop, are a heading, whatever follows
  // them (its next line, its byline, a dateline), where the page shows where paragraphs open.
  const bare = (shape.indentsParagraphs || shape.dropsIndents) && BARE_END.test(lines[lines.length - 1]!.text);
  if (!opensParagraph(next, shape) && !bare) return 0;
  const stop = lastFullStop(lines);
  const tail = lines.slice(stop + 1);
  if (stop < 0 || tail.length === 0 || tail.length > MAX_HEADING_LINES - 1 || tail.some((line) => SENTENCE_MARK.test(line.text) || line.indent > 0)) return 0;
  return stop + 1;
}

/** A line ending on a character, not a mark: a heading's end, never a paragraph's. */
const BARE_END = /[\u4e00-\u9fff]$/u;

/** Heading lines a citation may stand under: a 引题 and a headline, each wrapped over two lines. */
const MAX_HEADING_LINES = 4;

/** The index of the last line that ends a sentence with a full stop or closes a note in brackets, or -1. */
function lastFullStop(lines: readonly Line[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (FULL_STOP.test(lines[i]!.text) || BRACKETED_LINE.test(lines[i]!.text)) return i;
  return -1;
}

const BRACKETED_LINE = /^[(（].*[)）]$/u;
/** A 引题 reporting who spoke ends on the verb; the headline says what (`…时强调`). */
const SPEAKER_END = /(?:强调|指出|表示)$/u;

/** Heading lines cut after each line that closes a part of a heading. */
function splitHeadingParts(lines: readonly Line[]): Line[][] {
  const parts: Line[][] = [[]];
  lines.forEach((line, i) => {
    parts.at(-1)!.push(line);
    if (i < lines.length - 1 && (closesHeadingPart(parts.at(-1)!) || SPEAKER_END.test(line.text))) parts.push([]);
  });
  return parts;
}


/**
 * Where indents were dropped, a heading line two em short looks like a paragraph's first line and
 * takes the next lines with it. A paragraph ends its last sentence; a few lines that end short
 * without one were a heading line and what follows it (`…年度考评结果出炉` / `8个县区获评优秀等次`).
 */
function isHeadingAsWideAsAnIndent(lines: readonly Line[], shape: PageShape, next: Line | undefined): boolean {
  if (!shape.dropsIndents || lines.length < 2 || lines.length > 4 || !opensWithDroppedIndent(lines[0]!, shape.fullWidth)) return false;
  const last = lines[lines.length - 1]!;
  if (endsSentence(last.text) || runsOn(last, shape.fullWidth, shape.measureIsFirm, { next })) return false;
  return !lines.some((line) => endsSentence(line.text));
}

/** A 引题 closes with a dash or a headline with its column tag; a 副题 opens with a dash. */
const CLOSES_HEADING_PART = /(?:[—―]{2}|[(（][^()（）]{2,16}[)）])$/u;
const OPENS_DECK = /^[—―]{2}/u;
/** What opens a part of a heading on a new line: a 副题's dash, a summary deck's bullet. */
const OPENS_PART = /^(?:[—―]{2}|[■●◆▲])/u;
const FULL_STOP_MARK = /[。]/u;
const MAX_LINES_OVER_DECK = 6;

/** Lines whose last closes a part of a heading; a dash inside a bracket still open is the tag's own (`（某某——某某）`). */
function closesHeadingPart(lines: readonly Line[]): boolean {
  return CLOSES_HEADING_PART.test(lines[lines.length - 1]!.text) && isClosed(lines.map((line) => line.text).join(''));
}
const SENTENCE_MARK = /[。！？!?]/u;
const LEADS_INTO_HEADLINE = /[—―]{2}$/u;

/**
 * Heading lines wrap at the measure like the text, so a full line does not show where a 引题 ends
 * and its headline begins (`…与会学者认为——` / `推动区域合作…`). Inside a few lines without a sentence
 * mark, what closes or opens a part of a heading ends the element there.
 */
function endsHeadingPart(held: readonly Line[], line: Line, shape: PageShape, rest: readonly Line[], lexicon?: Lexicon): boolean {
  // A paragraph that opens with its dateline and bylines (`本报某地某日电（记者某某）`) is no heading, whatever closes its line.
  if (parseDatelineStart(held[0]!.text) !== undefined) return false;
  // A 副题's dash or a deck's bullet opens a part after a headline of any length (a tagged one wraps
  // over five lines at a narrow measure), and after one that exclaims or asks; a dash inside a
  // bracket still open is the tag's own (`（某某——` / `——某某）`).
  const text = held.map((h) => h.text).join('');
  const overDeck = held.length <= MAX_LINES_OVER_DECK && !FULL_STOP_MARK.test(text) && isClosed(text);
  if (overDeck && OPENS_PART.test(line.text)) return true;
  // A 引题 leading into its headline with a dash may be a long one, a question and its answer (`…如何…？记者走访——`).
  if (overDeck && LEADS_INTO_HEADLINE.test(held.at(-1)!.text) && printedFlushLeft(held[0]!, shape)) return true;
  if (held.length > 3 || held.some((h) => SENTENCE_MARK.test(h.text))) return false;
  const last = held[held.length - 1]!.text;
  // A bracket closing a paragraph's first line (`…医疗（苏州）` / `有限公司…`) is a note inside its sentence, not a column's tag.
  if (closesHeadingPart(held) && !opensRunningParagraph(held, line, shape)) return true;
  // A heading line short of the edge ends its part, even by one em (`…居民盼来` / `新城步道…`).
  if (shape.measureIsFirm && !SENTENCE_MARK.test(line.text) && leftAnEmFree(held[held.length - 1]!, line, shape.fullWidth)) return true;
  if (!printedFlushLeft(held[0]!, shape) || endsSentence(line.text)) return false;
  if (SPEAKER_END.test(last) || standsAlone(line.text)) return true;
  // A part that filled its last line: its words, and the next part's, tell where it ended.
  const lower = rest.map((h) => h.text).join('');
  const brokeAtGap = held.at(-1)!.gapAtEnd !== undefined || held.at(-1)!.spaceAtEnd === true;
  return !rest.some((h) => SENTENCE_MARK.test(h.text)) && opensHeadingPart(text, lower, lexicon, brokeAtGap);
}

/** A paragraph's first line is indented (or two em short): one flush left and full is a heading's. */
function printedFlushLeft(first: Line, shape: PageShape): boolean {
  return shape.indentsParagraphs ? first.indent === 0 : shape.dropsIndents && !opensWithDroppedIndent(first, shape.fullWidth);
}

/** The held line opens a paragraph by the page's marks (its indent, or the room a dropped one left) and the paragraph runs on under it. */
function opensRunningParagraph(held: readonly Line[], line: Line, shape: PageShape): boolean {
  const first = held[0]!;
  if (shape.indentsParagraphs) return isParagraphIndent(first);
  return shape.dropsIndents && held.length === 1 && opensWithDroppedIndent(first, shape.fullWidth) && runsOn(line, shape.fullWidth, shape.measureIsFirm);
}

/** The line at `index` and those after it that it runs on into: the rest of the element, as far as the lines show. */
function runOnFrom(lines: readonly Line[], index: number, shape: PageShape): Line[] {
  const out: Line[] = [];
  for (let i = index; i < lines.length && out.length < MAX_HEADING_LINES; i++) {
    const line = lines[i]!;
    if (line.blank) break;
    out.push(line);
    if (!runsOn(line, shape.fullWidth, shape.measureIsFirm, { next: lines[i + 1] })) break;
  }
  return out;
}

/** The next line that is not blank, or undefined. */
function nextPrinted(lines: readonly Line[], index: number): Line | undefined {
  for (let i = index + 1; i < lines.length; i++) if (!lines[i]!.blank) return lines[i];
  return undefined;
}

/**
 * Where nothing is indented, a paragraph that ends exactly at the column's edge looks like one that
 * goes on. Sentences end at the edge inside paragraphs more often than paragraphs do, so the text
 * runs on, unless the next line opens the way paragraphs open far more often than sentences do
 * (measured on real news text): a quotation, a date, `据`, `近日`.
 */
const OPENS_PARAGRAPH_AFTER_STOP = /^(?:“|‘|「|\d{1,2}月\d{1,2}日|据|近日|日前|本报|新华社)/u;
const FULL_STOP = /[。！？!?][”’」』）)]?$/u;

function opensAfterFullStop(previous: Line, line: Line, lineRunsOn: boolean, indents: boolean): boolean {
  // A byline, a credit or a dateline on a line of its own never goes on from the line above.
  if (!lineRunsOn && (parseBylineLine(line.text) || parseCreditLine(line.text))) return true;
  // A dateline with its reporters opens a story; a bare one only where the line above ended a
  // sentence, as a wrapped line may start with `新华社3日电的报道…` quoted mid-sentence.
  const dateline = parseDatelineStart(line.text);
  if (dateline && dateline.bylines.length > 0) return true;
  if (!FULL_STOP.test(previous.text)) return false;
  if (dateline) return true;
  if (isNumberedHead(line.text)) return true;
  // Where paragraphs are indented, an unindented line opens none, however it begins.
  if (!indents && OPENS_PARAGRAPH_AFTER_STOP.test(line.text)) return true;
  // A paragraph's last line ends a sentence: a short line that does not is a heading of its own.
  return !lineRunsOn && !endsSentence(line.text);
}

/** The page's content lines (noise and headers already taken out) grouped into elements. */
export function groupElements(lines: readonly Line[], shape: PageShape, chinese: boolean, lexicon?: Lexicon): Element[] {
  const elements =
    shape.layout === 'markdown'
      ? markdownElements(lines, shape, chinese)
      : shape.layout === 'lines'
        ? lineElements(lines, shape, chinese)
        : columnElements(lines, shape, chinese, lexicon);
  return closeBrackets(elements, chinese);
}

const OPENS = /^[(（]/u;
/** Where the page drops its indents, a one-line paragraph shows itself by its full stop: a heading never ends so. */
const FULL_STOP_END = /[。][”’」』）)]*$/u;
const MAX_BRACKETED_PIECE = 30;

/**
 * A bracket opened and not closed in a short element goes on in the next ones: extraction broke a
 * closing byline over blank lines (`（新华社北京10月19日电` / `记者赵超、安蓓、` / `王雨萧）`).
 */
function closeBrackets(elements: readonly Element[], chinese: boolean): Element[] {
  const out: Element[] = [];
  for (let i = 0; i < elements.length; i++) {
    const first = elements[i]!;
    if (!OPENS.test(first.text) || isClosed(first.text) || [...first.text].length > MAX_BRACKETED_PIECE) {
      out.push(first);
      continue;
    }
    let end = i;
    let text = first.text;
    while (end + 1 < elements.length && end - i < 4 && !isClosed(text)) {
      const next = elements[end + 1]!;
      // A marked headline is never inside a bracket.
      if ([...next.text].length > MAX_BRACKETED_PIECE || MARKED.test(next.parts[0] ?? '')) break;
      text = joinLines([text, next.text], chinese);
      end++;
    }
    if (!isClosed(text)) {
      out.push(first);
      continue;
    }
    const last = elements[end]!;
    out.push({ ...first, text, parts: [text], lastLine: last.lastLine, runsOn: last.runsOn });
    i = end;
  }
  return out;
}

function isClosed(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '（') depth++;
    else if (ch === ')' || ch === '）') depth--;
  }
  return depth <= 0;
}
