import type { BodyBlock, Byline } from '../../contract/bundle.ts';
import { HAN, joinLines } from './join.ts';
import { parseBylineStart, type DatelineStart } from './byline.ts';
import { columnTagOf } from '../columns/column-tag.ts';
import { ADVERTISEMENT, classifyElement } from './classify.ts';
import { splitContinuation } from './continuation.ts';
import { lastParagraph, newDraft, type Draft } from './draft.ts';
import type { Element } from './elements.ts';
import { opensWithBoxLabel } from './box-label.ts';
import { looksLikeHeading, resolveHeading } from './heading.ts';
import { endsSentence } from './sentence.ts';
import type { PageShape } from './shape.ts';
import { isNumberedHead, judgeSubhead, runsInto, startsAfresh } from './subhead.ts';
import type { Marker, Token, TraceEntry } from './tokens.ts';
import type { Lexicon } from './types.ts';

const SUBHEADLINE_DASH = /^[—―-]{1,2}\s*/u;
/** Column labels are short; a longer run of short lines after a photo is body text, not a label. */
const MAX_COLUMN_LENGTH = 20;
/** A salutation or a list's lead-in (`同志们，朋友们：`) printed flush left inside a speech. */
const LEAD_IN = /[：:，,]$/u;
/** A story holding only this many short paragraphs before a credit is a photo with its caption. */
const MAX_CAPTION_PARAGRAPHS = 4;
const MAX_CAPTION_LENGTH = 400;
/** A closing note names someone or something (`（作者为…）`); a shorter bracket (`（上）`, `（一）`) numbers or tags a head. */
const MIN_NOTE_LENGTH = 6;
const BRACKETED_NOTE = /^[(（][^()（）]*(?:[(（][^()（）]*[)）][^()（）]*)*[)）]$/u;
/** The labels of boxes and notes printed inside a story: section heads, never 副题. */
const BOX_LABEL = /^(?:核心阅读|阅读提示|内容提要|编者按|编者的话|开栏的话|记者手记|记者点评|记者感言|采访手记|链接|相关链接|延伸阅读|背景链接|背景|短评|点评|数读|图说|小贴士|名词解释|专家观点|观点|声音)$/u;
/** The label a page prints over a story told in photos and their captions. */
const PHOTO_REPORT = /^(?:图片报道|图片新闻)$/u;
/** Boxes printed right under a story's heading, before its text: what the story says in brief, or the editor's word on it. */
const OPENING_BOX = /^(?:核心阅读|阅读提示|内容提要|编者按)$/u;
/** A figure set on a line of its own (`42.5万`, `96%`): a story's data callout, never its headline. */
const FIGURE = /^[\d.．,，]+\s*(?:%|％|‰|[\u4e00-\u9fff]{1,3})?$/u;

/** How far below the section-head judge's threshold a block is still in doubt (log odds). */
const IN_DOUBT = 1.5;
/** A headline has at most this many decks under it, each set in display type over a few lines. */
const MAX_DECKS = 3;
const MAX_DECK_LENGTH = 200;
/** Clause punctuation, which a photo's label (a column's name) does not have. */
const LABEL_CLAUSE = /[，,、；;：:]/u;
/** A line held under a story's heading that opens its body: a box's label or a figure. */
function opensBody(element: Element): boolean {
  const text = element.text.replace(/[\s\u3000]+/gu, '');
  return BOX_LABEL.test(text) || FIGURE.test(text);
}
const FULL_STOP_END = /。[”’」』）)]*$/u;
/** A 引题 leads into its headline with a dash or, naming a speaker, a colon. */
const LEADS_INTO = /(?:[—―]{2}|[:：])$/u;
/** A text that leads into what follows (`…拉开了序幕——`) is a paragraph, never a heading. */
const LEADS_ON = /[—―]{1,2}$/u;

/**
 * Walks a page's elements in print order and groups them into items. Ordered rules read each
 * element; short unpunctuated ones are held back until what follows tells what they are: before a
 * dateline or a story's first paragraph they are its heading, inside a story a section head or a
 * line the column cut, after a photo its label.
 */
export class PageReader {
  readonly items: Draft[] = [];
  readonly trace: TraceEntry[] = [];
  /** The item that receives running text; a photo printed between an article's columns does not end it. */
  private current: Draft | undefined;
  /** The item the last element went to. */
  private last: Draft | undefined;
  private pending: Element[] = [];
  private nextColumn: string | undefined;
  private nextFrom: number | undefined;
  /** The last paragraph's last printed line reached the column's edge. */
  private lastRanOn = false;
  /** The last paragraph is one block as printed, not rejoined from pieces nor opened by a dateline. */
  private lastWhole = false;
  /** The current story ended with its closing byline or a credit: what follows starts another. */
  private storyClosed = false;
  /**
   * The last characters of paragraphs rejoined from pieces. Tests read them instead of the whole
   * text, which grows with every piece: reading it each time made long rejoined paragraphs quadratic.
   */
  private readonly ends = new WeakMap<BodyBlock, string>();
  /** Section heads read from held flush-left lines, with the line each was printed on: a photo's title may be one. */
  private readonly heldHeads = new WeakMap<BodyBlock, number>();
  /** The page cites the paper under each story's heading (a PDF of the e-paper). */
  private citesStories = false;
  /** A citation line follows the element being read, past its byline lines. */
  private citationAhead = false;
  /** The story whose heading a citation line closed: what is printed under the citation is its body. */
  private citedHeading: Draft | undefined;
  /** Stories titled by a box's label (`速览`, `微阅读`): a box of briefs, each with its head, text and closing note. */
  private readonly boxes = new WeakSet<Draft>();
  /** A story headed by a few lines right over a byline line, and those lines: a compilation's title and its first report's heading, if a second report follows. */
  private headedOverByline: { story: Draft; held: string[] } | undefined;

  constructor(
    private readonly shape: PageShape,
    private readonly chinese: boolean,
    private readonly lexicon?: Lexicon,
  ) {}

  read(tokens: readonly Token[]): Draft[] {
    this.citesStories = tokens.some(isCitation);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.type === 'marker') this.marker(token.marker);
      else {
        this.citationAhead = citationFollows(tokens, i);
        this.element(token.element, nextElement(tokens, i));
      }
    }
    this.finish();
    // An advertising page prints `广告` and nothing else of an article; anything more is kept.
    return this.items.filter((item) => !(ADVERTISEMENT.test(item.headline) && isBare(item)));
  }

  private note(element: Element, rule: string, note?: string) {
    this.trace.push({ line: element.line, lastLine: element.lastLine, rule, ...(note ? { note } : {}) });
  }

  /** Paragraphs open indented, or two em short where extraction dropped the indent. */
  private marksParagraphs(): boolean {
    return this.shape.indentsParagraphs || this.shape.dropsIndents;
  }

  /**
   * Where indents were dropped, a note in brackets shows no indent, on one line or wrapped over a few
   * (a line opening with a bracket never reads as two em short): after a paragraph that ended its
   * sentence it is the story's closing note (`（作者为…）`), not a section head.
   */
  private closesWithDroppedIndent(element: Element): boolean {
    if (!this.shape.dropsIndents || [...element.text].length < MIN_NOTE_LENGTH || isNumberedHead(element.text)) return false;
    const last = this.current ? lastParagraph(this.current) : undefined;
    return this.pending.length === 0 && last !== undefined && this.current?.body.at(-1) === last && endsSentence(this.endOf(last));
  }

  /** On a page that indents its paragraphs, a line flush left is a heading, however long (a 副题 can be a paragraph long). */
  private isHeadingLine(element: Element): boolean {
    // A headline never ends on a full stop: a column's line that does is the end of a paragraph.
    if (this.shape.layout === 'columns' && FULL_STOP_END.test(element.text)) return false;
    return this.shape.layout !== 'markdown' && this.marksParagraphs() && !element.indented && !LEAD_IN.test(element.text);
  }

  private element(element: Element, next: Element | undefined) {
    // Where blank lines set stories apart, short lines held from before the gap end the story above
    // (a closing note, a label): they never head what follows the gap.
    if (element.gapBefore && this.pending.length > 0 && this.shape.layout === 'columns' && this.shape.blankSeparatesItems) this.resolvePending(element.text);
    const read = classifyElement(element, this.isHeadingLine(element));
    switch (read.type) {
      case 'marked':
        return this.marked(element, read.headline);
      case 'continuation':
        return this.continuation(element, read.on, read.from);
      case 'dateline':
        return this.dateline(element, read.start, read.from);
      case 'closing':
        return this.closing(element, read.dateline, read.bylines);
      case 'noted':
        return this.noted(element, read.bylines);
      case 'credit':
        return this.credit(element, read.bylines);
      case 'caption':
        return this.caption(element, read.caption, read.bylines);
      case 'bylines':
        return this.bylines(element, read.bylines);
      case 'signed':
        return this.signed(element);
      case 'title':
        return this.title(element, next);
      case 'text':
        return this.text(element, read.text);
    }
  }

  // ---- markers

  private marker(marker: Marker) {
    if (marker.kind === 'running-head') {
      // A citation is printed under every story's heading in a PDF of the e-paper; a masthead repeated
      // on each sheet falls wherever the sheet ends, under a section head as well as inside a sentence.
      if (marker.citation && this.pending.length > 0) this.startFromPending();
      if (marker.citation && this.awaitingBody()) this.citedHeading = this.current;
      return;
    }
    this.flushPendingAtBoundary();
    this.nextFrom = undefined;
    if (marker.kind === 'column') this.nextColumn = marker.column;
    // An item header separates items: text after it never continues the article before.
    this.current = undefined;
    this.last = undefined;
  }

  // ---- rules, one per kind of element

  private marked(element: Element, headline: string) {
    const photo = this.last?.kind === 'photo' && !this.last.column ? this.last : undefined;
    if (photo && this.pending.length >= 2) this.labelPhoto(photo, this.pending.shift()!);
    // A note wholly in brackets (`（作者为…）`, `（相关报道见第二版）`) closes the story above: never a 引题.
    const above = this.pending.at(-1);
    const kicker = above && !BRACKETED_NOTE.test(above.text) ? this.pending.pop() : undefined;
    this.flushPendingAsText();
    const led = kicker ? undefined : this.leadIntoHeadline();
    const draft = this.startArticle(kicker?.line ?? element.line);
    draft.headline = headline;
    if (kicker) {
      draft.kicker = joinLines(kicker.parts);
      this.note(kicker, 'kicker', 'right above a marked headline');
    } else if (led) draft.kicker = led;
    this.note(element, 'headline', 'marked with #');
  }

  /**
   * The block read last, where it leads into the marked headline under it with a dash or a colon
   * (`…记者深入调研采访——`, `国家税务总局：`): a long 引题, a sentence or two, taken out of the story above.
   */
  private leadIntoHeadline(): string | undefined {
    const story = this.current;
    const last = lastParagraph(story);
    if (!story || !last || story !== this.last || this.pending.length > 0 || !this.lastWhole) return undefined;
    if (!LEADS_INTO.test(last.text) || [...last.text].length > MAX_DECK_LENGTH) return undefined;
    story.body.pop();
    return last.text;
  }

  private continuation(element: Element, on: number | undefined, from: number | undefined) {
    this.resolvePending(undefined);
    if (on && this.current) this.current.continuedOn = { page: on };
    // A story's part on this page ends where it is sent on to another (`（下转第N版）`): what follows is another story.
    if (on) this.storyClosed = true;
    if (from) {
      if (this.current && this.current.body.length === 0) this.current.continuedFrom = { page: from };
      else this.nextFrom = from;
    }
    this.note(element, 'continuation', on ? `下转第${on}版` : `上接第${from}版`);
  }

  private dateline(element: Element, start: DatelineStart, from: number | undefined) {
    // Where the page cites the paper under every story, held lines with no citation under them (one
    // would have closed them as a heading) are the open story's section heads, a dateline under
    // them one of its reports (`本报电 …`).
    const report = this.pending.length > 0 && this.shape.layout === 'columns' && (this.citesStories || this.continuesBox()) && this.hasBegun();
    if (report) this.takeReportHeads();
    const story = this.current;
    if (story?.dateline && story.body.length > 0 && this.pending.length === 0 && !this.storyClosed && !from) {
      // A story with a dateline of its own meets another: two reports printed under one headline.
      // The second dateline stays in the text; its reporters join the story's bylines.
      story.bylines.push(...start.bylines);
      return this.appendText(element.text, element, 'paragraph', 'a second dateline inside the story');
    }
    // A photo set between a headline and its dateline does not part them.
    const draft = report ? story! : this.pending.length > 0 ? this.startFromPending() : this.awaitingBody(true) ?? this.withDecks() ?? this.startArticle(element.line);
    draft.dateline = start.dateline;
    draft.bylines.push(...start.bylines);
    if (from) draft.continuedFrom = { page: from };
    const note = start.bylines.length ? `with ${start.bylines.length} bylines` : undefined;
    if (start.rest) this.appendText(start.rest, element, 'dateline', note);
    else this.note(element, 'dateline', note);
  }

  /**
   * The story whose headline was just read, where all it holds is a block or two of text: a dateline
   * opens a story's text, so what was printed between its headline and its dateline is its decks
   * (a summary deck is a paragraph long, full stops and all).
   */
  private withDecks(): Draft | undefined {
    const story = this.current;
    // Where paragraphs are indented or hard-wrapped, a block read as body was printed as body.
    if (this.shape.layout !== 'markdown') return undefined;
    if (!story || story !== this.last || story.kind !== 'article' || !story.headline || story.dateline || story.bylines.length > 0) return undefined;
    if (story.body.length === 0 || story.body.length + story.subheadlines.length > MAX_DECKS || story.body.some((block) => block.kind !== 'paragraph' || [...block.text].length > MAX_DECK_LENGTH || isNumberedHead(block.text))) return undefined;
    story.subheadlines.push(...story.body.map((block) => block.text));
    story.body = [];
    return story;
  }

  private closing(element: Element, dateline: string | undefined, bylines: Byline[]) {
    this.resolvePending(undefined);
    const target = this.current ?? this.last;
    if (!target) return this.text(element, element.text);
    target.bylines.push(...bylines);
    if (dateline && !target.dateline) target.dateline = dateline;
    else if (dateline) target.body.push({ kind: 'paragraph', text: element.text });
    this.last = target;
    this.storyClosed = true;
    this.note(element, 'closing-byline');
  }

  /** `（作者为…，本报记者某某采访整理）`: the note stays in the story's text, its reporter joins the bylines. */
  private noted(element: Element, bylines: Byline[]) {
    this.resolvePending(element.text);
    this.appendText(element.text, element, 'paragraph', 'an author’s note naming its reporter');
    this.current?.bylines.push(...bylines);
  }

  private credit(element: Element, bylines: Byline[]) {
    const captioned = this.photoFromCurrent();
    if (captioned) {
      captioned.bylines.push(...bylines);
      this.last = captioned;
      this.storyClosed = true;
      return this.note(element, 'photo-credit', 'the story before it is its caption');
    }
    const titled = this.photoFromLastSection(bylines);
    if (titled) {
      titled.bylines.push(...bylines);
      this.last = titled;
      this.storyClosed = true;
      return this.note(element, 'photo-credit', 'the head and text above it are a photo’s title and caption');
    }
    const target = this.current;
    if (target && this.pending.length === 0) {
      target.bylines.push(...bylines);
      this.last = target;
      // A credit (`摄`, `制图：`, `版式设计：`) is printed at a story's end.
      this.storyClosed = true;
      return this.note(element, 'photo-credit', 'a photo inside the story');
    }
    if (this.shape.layout === 'lines' && this.pending.length > 0 && this.pending.every((held) => this.isHeadingLine(held))) {
      // Where paragraphs and captions are indented, flush-left lines right above a credit are a
      // heading, not a caption: a graphic, a cartoon or a page of photos titled by them (`漫画` / `某某作`).
      const photo = this.startFromPending();
      photo.kind = 'photo';
      photo.bylines.push(...bylines);
      this.current = undefined;
      this.last = photo;
      this.storyClosed = true;
      return this.note(element, 'photo-credit', 'under a heading: the picture it titles');
    }
    // A credit with nothing of its own above it: the held lines are the photo's caption.
    const caption = this.pending.map((held) => joinLines(held.parts)).join('\n');
    const label = this.pending.length >= 2 ? this.pending.shift() : undefined;
    const rest = this.pending.map((held) => joinLines(held.parts)).join('\n');
    this.pending = [];
    const photo = this.startPhoto(label?.line ?? element.line, rest || caption || undefined, bylines);
    if (label) this.labelPhoto(photo, label);
    this.note(element, 'photo-credit');
  }

  private caption(element: Element, caption: string, bylines: Byline[]) {
    const inStory = this.shape.layout === 'lines' && this.current && this.current.body.length > 0 && this.pending.length === 0;
    if (inStory && this.current) {
      // E-paper text prints a photo's caption as a line of the story it illustrates.
      this.current.body.push({ kind: 'paragraph', text: caption });
      this.current.bylines.push(...bylines);
      return this.note(element, 'caption-in-story');
    }
    if (this.lastParagraphIsCut()) this.flushPendingAsText();
    const start = this.pending.at(-1);
    if (start && this.captionStart(start, caption)) {
      this.pending.pop();
      caption = joinLines([joinLines(start.parts), caption], this.chinese);
      this.note(start, 'caption', 'the caption’s start, cut by the column');
    }
    const previousPhoto = this.last?.kind === 'photo' && !this.last.column ? this.last : undefined;
    // A label between two photos follows the first: extraction puts a photo's label after its caption.
    if (previousPhoto && this.pending.length > 0) this.labelPhoto(previousPhoto, this.pending.shift()!);
    const label = this.pending.pop();
    this.flushPendingAsText();
    const photo = this.startPhoto(label?.line ?? element.line, caption, bylines);
    if (label) this.labelPhoto(photo, label);
    this.note(element, 'caption', 'ends in a photo credit');
  }

  /**
   * A block held above a caption is the caption's start, which a column cut, rather than the
   * photo's label (栏目), where it runs into the caption or has clauses: a label is a short name.
   */
  private captionStart(held: Element, caption: string): boolean {
    if (this.shape.layout === 'lines') return false;
    return LABEL_CLAUSE.test(held.text) || runsInto(held.text, caption, this.lexicon);
  }

  private bylines(element: Element, bylines: Byline[]) {
    // A page that marks its headlines with `## ` does not leave a story's headline bare: short lines
    // and a byline inside a story are one of its reports (a compilation's 小标题 and its reporter).
    // Where the page marks one headline only (a compilation, the whole page's one story, marks only
    // its own), a report is told by its heading of two blocks (a place or a speaker, then its title);
    // one short block over a byline there may as well be a story whose headline went unmarked.
    const inStory = this.hasBegun() && this.pending.length > 0;
    const marksHeadlines = this.shape.markedHeadlines >= 2 || (this.shape.markedHeadlines === 1 && this.pending.length >= 2);
    if (inStory && marksHeadlines) this.resolvePending(undefined);
    else if (inStory && (this.isReportInStory() || this.continuesBox())) this.takeReportHeads();
    const held = this.pending.map((line) => joinLines(line.parts));
    const draft = this.pending.length > 0 ? this.startFromPending() : this.current ?? this.startArticle(element.line);
    if (held.length >= 2 && held.length <= 4 && draft.body.length === 0 && this.shape.layout === 'columns') this.headedOverByline = { story: draft, held };
    draft.bylines.push(...bylines);
    this.last = draft;
    this.note(element, 'byline-line');
  }

  /**
   * Columns: short lines and a byline inside a story are one report of a compilation (its 小标题 and
   * reporter), not a new story, where the page shows where stories start and shows none here: no blank
   * line before the lines on a page whose blank lines set stories apart, or no citation of the paper
   * under them on a page that cites it under every story.
   */
  private isReportInStory(): boolean {
    if (this.shape.layout !== 'columns') return false;
    if (this.shape.blankSeparatesItems && !this.pending[0]!.gapBefore) return true;
    return this.citesStories && !this.citationAhead;
  }

  /** The open story has begun its body: text of it was read, or a citation closed its heading. */
  private hasBegun(): boolean {
    const story = this.current;
    return story?.kind === 'article' && (story.body.length > 0 || story === this.citedHeading);
  }

  /** The held lines of a report inside the story: its section heads (the first may end a paragraph the column cut). */
  private takeReportHeads() {
    const held = this.pending;
    this.pending = [];
    const story = this.current!;
    this.firstReportHeads(story);
    held.forEach((element, index) => {
      const text = joinLines(element.parts);
      if (index === 0 && this.lastParagraphIsCut()) return this.appendText(text, element, 'column-cut');
      story.body.push({ kind: 'subhead', text });
      this.last = story;
      this.note(element, 'subhead', 'a report inside the story, above its byline');
    });
  }

  /**
   * A compilation prints its title over its first report's heading and byline, which read as an
   * 引题 over a story's headline until a second report shows what the story is: then its title is
   * the first of those lines, and the others head its first report.
   */
  private firstReportHeads(story: Draft) {
    const headed = this.headedOverByline;
    if (!headed || headed.story !== story) return;
    this.headedOverByline = undefined;
    const [title, ...heads] = headed.held;
    delete story.kicker;
    story.headline = title!;
    story.subheadlines = [];
    story.body.unshift(...heads.map((text) => ({ kind: 'subhead' as const, text })));
  }

  /** `新华社记者` under a headline: who signs the story; it is shown where a dateline would be. */
  private signed(element: Element) {
    const draft = this.pending.length > 0 ? this.startFromPending() : this.awaitingBody() ?? this.current ?? this.startArticle(element.line);
    const signature = element.text.replace(/[\s\u3000\u00a0]+/gu, '');
    if (!draft.dateline) draft.dateline = signature;
    else draft.body.push({ kind: 'paragraph', text: signature });
    this.last = draft;
    this.note(element, 'signed', 'an institution signs the story');
  }

  private title(element: Element, next: Element | undefined) {
    const target = this.awaitingBody();
    const dashed = SUBHEADLINE_DASH.test(element.parts[0] ?? '');
    // A column may cut the first paragraph right under the headline: then the next text goes on with it.
    const cut = next !== undefined && this.shape.layout !== 'lines' && (runsInto(element.text, next.text, this.lexicon) || (this.shape.layout === 'markdown' && !judgeSubhead(element.text, next.text, this.lexicon).subhead));
    const afterHeadline =
      !!target && target !== this.citedHeading && !target.dateline && target.bylines.length === 0 && this.pending.length === 0 && target.headline !== '' && target.subheadlines.length < 2 && !cut;
    if (target && (dashed || (afterHeadline && !BOX_LABEL.test(element.text) && !isNumberedHead(element.text)))) {
      target.subheadlines.push(...element.parts);
      return this.note(element, 'subheadline', dashed ? 'opens with a dash' : 'right under the headline');
    }
    if (BRACKETED_NOTE.test(element.text) && this.closesWithDroppedIndent(element)) return this.text(element, element.text);
    if (this.isHeadingLine(element)) {
      this.pending.push(element);
      return;
    }
    // A note wholly in brackets (`（作者为…）`) is printed as text at the story's end, and ends it.
    if (this.marksParagraphs() && element.indented && BRACKETED_NOTE.test(element.text)) return this.text(element, element.text);
    if (this.marksParagraphs() && element.indented && this.shape.layout !== 'markdown' && !LEADS_ON.test(element.text)) {
      // Indented like a paragraph: a section head of the story (`核心阅读` opening it), not a heading.
      if (this.pending.length > 0) this.resolvePending(element.text);
      const story = this.current ?? this.startArticle(element.line);
      story.body.push({ kind: 'subhead', text: element.text });
      this.last = story;
      return this.note(element, 'subhead', 'indented like the body');
    }
    this.pending.push(element);
  }

  private text(element: Element, text: string) {
    this.resolvePending(text);
    const draft = this.awaitingBody();
    // A PDF prints `本报北京1月31日电` on a line of its own and `（记者杜一菲）` opening the next.
    const start = draft?.dateline && draft.bylines.length === 0 ? parseBylineStart(text) : undefined;
    if (draft && start) {
      draft.bylines.push(...start.bylines);
      if (!start.rest) return this.note(element, 'byline-start');
      return this.appendText(start.rest, element, 'paragraph', 'its bylines lifted out');
    }
    this.appendText(text, element);
  }

  private finish() {
    const label = this.pending.flatMap((held) => held.parts);
    const photo = this.last?.kind === 'photo' ? this.last : undefined;
    if (photo && !photo.column && label.length > 0 && [...joinLines(label)].length <= MAX_COLUMN_LENGTH) {
      // PDF extraction put the photo's column label after its caption, at the end of the page.
      for (const held of this.pending) this.note(held, 'photo-label', 'after the last photo');
      photo.column = joinLines(label);
      this.pending = [];
    }
    this.flushPendingAtBoundary();
  }

  // ---- held elements

  /** What the held short elements are, now that a paragraph (`nextText`) follows them. */
  private resolvePending(nextText: string | undefined) {
    if (this.pending.length === 0) return;
    if (this.opensNewStory()) {
      this.startFromPending();
      return;
    }
    const held = this.pending;
    this.pending = [];
    held.forEach((element, index) => {
      const following = index + 1 < held.length ? held[index + 1]?.text : nextText;
      const text = joinLines(element.parts);
      if (index === 0 && this.lastParagraphIsCut()) {
        this.appendText(text, element, 'column-cut');
        return;
      }
      // Where print indents every paragraph, a flush-left line that neither goes on from the text
      // above nor ends a sentence is a head: the judge's other reading, a paragraph's start the
      // column cut, would be indented.
      if (this.setsHeadsFlush(element, text) && this.current) {
        this.pushHeldHead(this.current, text, element);
        this.last = this.current;
        return this.note(element, 'subhead', 'flush left where paragraphs are indented');
      }
      const judged = judgeSubhead(text, following, this.lexicon);
      // A block the judge leaves in doubt is not a cut paragraph start where the text after it
      // starts afresh: a cut start goes on into the rest of its sentence.
      const doubted = !judged.subhead && judged.score > -IN_DOUBT && following !== undefined && this.shape.layout === 'markdown';
      const fresh = doubted && startsAfresh(text, following, this.lexicon, { paragraph: text, opensSection: this.current?.body.at(-1)?.kind !== 'paragraph' });
      if ((judged.subhead || fresh) && this.current) {
        this.pushHeldHead(this.current, text, element);
        this.last = this.current;
        this.note(element, 'subhead', [...judged.cues, ...(fresh ? ['in doubt, and the next text starts afresh'] : [])].join(', ') || undefined);
      } else {
        this.appendText(text, element, 'paragraph', judged.cues.join(', ') || undefined);
      }
    });
  }

  private pushHeldHead(story: Draft, text: string, element: Element) {
    const head: BodyBlock = { kind: 'subhead', text };
    story.body.push(head);
    this.heldHeads.set(head, element.line);
  }

  private setsHeadsFlush(element: Element, text: string): boolean {
    return this.shape.layout === 'columns' && this.shape.indentsParagraphs && !element.indented && !endsSentence(text);
  }

  /** Whether the held elements head a new story rather than sitting inside the current one. */
  private opensNewStory(): boolean {
    const first = this.pending[0];
    if (!first) return false;
    if (!this.current || this.current.kind === 'photo') return true;
    // Where the page cites the paper under every story, a story's heading was read at its citation:
    // lines still held when text follows are the open story's own.
    if (this.shape.layout === 'columns' && this.citesStories) return false;
    // Markdown sets stories apart with two blank lines where one parts its paragraphs; the other layouts with one.
    if (first.gapBefore) return true;
    // A dash closing the only held line leads into the text under it: a 引题's dash would lead into
    // its headline, printed before any text.
    if (this.pending.length === 1 && LEADS_ON.test(first.text)) return false;
    if (!this.isHeadingLine(first)) return false;
    // E-paper text indents every paragraph and section head: a line flush left is a heading.
    if (this.shape.layout === 'lines') return true;
    // Print sets a section head flush left or centred like a headline. Where blank lines set the
    // stories apart, one without a blank line before it is a section head; otherwise it takes what
    // only a story's heading has, or a story that has just closed with its byline or credit.
    if (this.shape.blankSeparatesItems) return false;
    if (this.pending.length === 1 && isNumberedHead(first.text)) return false;
    // A 副题's opening dash stands under its headline: a line after a paragraph that opens with one
    // signs the quotation above it (`——习近平`, `——编  者`).
    if (SUBHEADLINE_DASH.test(first.text)) return this.storyClosed || this.pending.slice(1).some((held) => looksLikeHeading(held.text));
    // `图片报道` titles the photos and captions under it; a summary box (`核心阅读`) stands under its story's heading.
    if (PHOTO_REPORT.test(first.text) || (this.pending.length >= 2 && OPENING_BOX.test(this.pending.at(-1)!.text))) return true;
    if (this.continuesBox()) return false;
    return this.storyClosed || this.pending.some((held) => looksLikeHeading(held.text) && !this.tagsBox(held.text)) || this.endsNewsReport();
  }

  /**
   * Columns: in a box of briefs titled by its label, a brief's closing note (`（据新华社电）`) does not
   * close the box: one head held after it, with nothing of a story's heading, opens the next brief.
   */
  private continuesBox(): boolean {
    const story = this.current;
    if (this.shape.layout !== 'columns' || !story || !this.boxes.has(story) || this.pending.length !== 1) return false;
    const [head] = this.pending;
    return !head!.gapBefore && !looksLikeHeading(head!.text);
  }

  /**
   * Columns: a head tagged with a box's label (`…（记者手记）`, `…（延伸阅读）`) titles a box printed
   * inside the story it closes, not a story of its own: its tag is no column's.
   */
  private tagsBox(text: string): boolean {
    const tag = columnTagOf(text);
    return this.shape.layout === 'columns' && tag !== undefined && BOX_LABEL.test(tag);
  }

  /**
   * A news report (消息), which opens with its dateline, runs a few paragraphs without section heads:
   * short lines after its text, before the first head it has, are the next story's heading.
   */
  private endsNewsReport(): boolean {
    const story = this.current;
    if (!story?.dateline || story.body.some((block) => block.kind === 'subhead')) return false;
    return !this.pending.some((held) => isNumberedHead(held.text) || BOX_LABEL.test(held.text));
  }

  /** Held elements before a page boundary (an item header, the end): a heading with no body, a label, or text. */
  private flushPendingAtBoundary() {
    if (this.pending.length === 0) return;
    // A heading with nothing under it (`广告`, a photo's title) is still a heading; in Markdown only where no story is open.
    if ((this.shape.layout !== 'markdown' || !this.current) && this.opensNewStory()) {
      this.startFromPending();
      return;
    }
    this.flushPendingAsText();
  }

  private flushPendingAsText(elements: Element[] = this.pending) {
    for (const element of elements) this.appendText(joinLines(element.parts), element);
    if (elements === this.pending) this.pending = [];
  }

  /** Held blocks before a dateline, a byline line or a first paragraph: 引题, 主题, 副题. */
  private startFromPending(): Draft {
    const subheadlines = this.pending.filter((held) => SUBHEADLINE_DASH.test(held.parts[0] ?? '') && this.shape.layout === 'markdown');
    const titles = this.pending.filter((held) => !subheadlines.includes(held));
    // What follows the heading lines and opens the body is the body's first section heads.
    const heads: Element[] = [];
    while (titles.length > 1 && opensBody(titles.at(-1)!)) heads.unshift(titles.pop()!);
    // A writer signed by their country in brackets (`（泰国）某某`) under their piece's title: the title
    // and the signature open the body of the compilation whose heading stands above them.
    if (this.shape.layout === 'columns' && titles.length >= 3 && SIGNED_BY_COUNTRY.test(titles.at(-1)!.text)) heads.unshift(...titles.splice(-2));
    // A note wholly in brackets (`（作者为…）`) above a heading closes the story before it: never an 引题.
    const notes: Element[] = [];
    while (titles.length > 1 && this.current && BRACKETED_NOTE.test(titles[0]!.text)) notes.push(titles.shift()!);
    // So does a dash and a name (`——编  者`, `——某某`): it signs the note or the quotation above, a 副题 says more.
    while (titles.length > 1 && this.current && this.shape.layout === 'columns' && SIGNATURE.test(titles[0]!.text)) notes.push(titles.shift()!);
    // `广告` over a story's heading labels the ad printed before it: an item of its own (a bare one,
    // which the page drops), never the story's 引题 or headline.
    while (titles.length > 1 && ADVERTISEMENT.test(titles[0]!.text)) {
      const ad = titles.shift()!;
      this.startArticle(ad.line).headline = ad.text;
      this.note(ad, 'headline', 'an advertisement’s label');
    }
    this.pending = [];
    const kept = this.rejoinWrappedHeadings(titles);
    // Under a headline that carries its column's tag, what follows is its lead, however many lines it takes.
    const leads = this.shape.layout === 'columns' ? kept.splice(afterTaggedHeadline(kept)) : [];
    const extra = kept.length > 4 ? kept.splice(0, kept.length - 4) : [];
    this.flushPendingAsText([...notes, ...extra]);
    const draft = this.startArticle(kept[0]?.line ?? subheadlines[0]?.line ?? 0);
    // Columns print a box's label in the same type as the heads of its briefs: the label titles the box.
    // (A page of a few short lines, a poem, is columns only by a guess no measure confirms.)
    if (this.shape.layout === 'columns' && this.shape.measureIsFirm && opensWithBoxLabel(kept.map((held) => joinLines(held.parts)))) {
      heads.unshift(...kept.splice(1));
      this.boxes.add(draft);
    }
    if (kept.length > 0) {
      const heading = resolveHeading(kept);
      if (heading.kicker) draft.kicker = heading.kicker;
      draft.headline = heading.headline;
      draft.subheadlines.push(...heading.subheadlines);
      kept.forEach((held, i) => this.note(held, heading.roles[i] ?? 'headline'));
    }
    for (const held of subheadlines) {
      draft.subheadlines.push(...held.parts);
      this.note(held, 'subheadline', 'opens with a dash');
    }
    for (const held of leads) {
      const text = joinLines(held.parts);
      if (LEAD_CLAUSE.test(text)) this.appendText(text, held, 'paragraph', 'a lead under a tagged headline');
      else {
        draft.body.push({ kind: 'subhead', text });
        this.note(held, 'subhead', 'under a tagged headline');
      }
    }
    for (const held of heads) {
      draft.body.push({ kind: 'subhead', text: joinLines(held.parts) });
      this.note(held, 'subhead', 'a box label or a figure under the heading');
    }
    return draft;
  }

  /**
   * Columns: a heading piece of one or two characters is the end of the line above it, wrapped
   * (`…决定性进` / `展`); so is a column tag on a line of its own (`…吹冷气？` / `（某栏）`), which the
   * headline's closing mark ended.
   */
  private rejoinWrappedHeadings(elements: Element[]): Element[] {
    if (this.shape.layout !== 'columns') return elements;
    const out: Element[] = [];
    for (const element of elements) {
      const previous = out.at(-1);
      const tagAlone = previous !== undefined && TAG_ALONE.test(element.text) && columnTagOf(`${previous.text}${element.text}`) !== undefined;
      if (previous && (tagAlone || ([...element.text].length <= 2 && [...previous.text].length >= 8))) {
        const text = joinLines([previous.text, element.text], this.chinese);
        out[out.length - 1] = { ...previous, text, parts: [text], lastLine: element.lastLine };
        this.note(element, 'headline', 'the end of the line above, wrapped');
      } else out.push(element);
    }
    return out;
  }

  // ---- building items

  private startArticle(line: number): Draft {
    this.storyClosed = false;
    const draft = newDraft(line);
    // `（上接第1版）` printed on its own before a story's heading belongs to that story.
    if (this.nextFrom) draft.continuedFrom = { page: this.nextFrom };
    this.nextFrom = undefined;
    this.takeColumn(draft);
    this.items.push(draft);
    this.current = draft;
    this.last = draft;
    return draft;
  }

  private startPhoto(line: number, caption: string | undefined, bylines: Byline[]): Draft {
    const photo = newDraft(line, 'photo');
    if (caption) photo.caption = caption;
    photo.bylines.push(...bylines);
    this.takeColumn(photo);
    this.items.push(photo);
    this.last = photo;
    return photo;
  }

  private takeColumn(draft: Draft) {
    if (this.nextColumn) draft.column = this.nextColumn;
    this.nextColumn = undefined;
  }

  /** A short line beside a photo: its column label (栏目); where a `专栏：` line already named one, its title. */
  private labelPhoto(photo: Draft, label: Element) {
    const text = joinLines(label.parts);
    if (!photo.column) photo.column = text;
    else if (!photo.headline) photo.headline = text;
    else photo.caption = photo.caption ? `${text}\n${photo.caption}` : text;
    this.note(label, 'photo-label');
  }

  /**
   * Columns: a photo printed after a story, its title flush left over a short caption, reads as a
   * section head of the story until its credit. On a page that marks no story's start, a head and a
   * few short lines after a finished paragraph, closed by a credit, are a photo's title and caption,
   * split off the story.
   */
  private photoFromLastSection(bylines: readonly Byline[]): Draft | undefined {
    const story = this.current;
    // Where the page shows where stories start (a citation under each heading, a blank line before it), a head it does not mark so is the story's own.
    if (this.shape.layout !== 'columns' || this.citesStories || this.shape.blankSeparatesItems) return undefined;
    if (!story || story.kind !== 'article' || this.pending.length > 0 || story !== this.last) return undefined;
    const at = story.body.findLastIndex((block) => block.kind === 'subhead');
    const head = story.body[at];
    const before = story.body[at - 1];
    const caption = story.body.slice(at + 1);
    if (!head || !before || before.kind !== 'paragraph' || !endsSentence(this.endOf(before)) || !this.heldHeads.has(head)) return undefined;
    // A page's layout credit (`版式设计：`) or a chart's closes the page or the story, not a photo; a numbered or labelled head (`■小贴士`, `投稿邮箱：`) is the story's.
    if (bylines.some((byline) => byline.role && LAYOUT_CREDIT.has(byline.role)) || isNumberedHead(head.text) || BOX_LABEL.test(head.text) || /[：:]/u.test(head.text)) return undefined;
    if (caption.length === 0 || caption.length > MAX_CAPTION_PARAGRAPHS || caption.some((block) => [...block.text].length > MAX_DECK_LENGTH)) return undefined;
    const text = caption.map((block) => block.text).join('\n');
    if ([...text].length > MAX_CAPTION_LENGTH) return undefined;
    story.body.splice(at);
    const photo = newDraft(this.heldHeads.get(head)!, 'photo');
    photo.headline = head.text;
    photo.caption = text;
    this.items.push(photo);
    this.current = undefined;
    return photo;
  }

  /** The current story, turned into a photo item when all it holds so far is a short caption. */
  private photoFromCurrent(): Draft | undefined {
    const story = this.current;
    if (!story || story.kind !== 'article' || this.pending.length > 0) return undefined;
    if (story.dateline || story.bylines.length > 0 || story.body.length === 0 || story.body.length > MAX_CAPTION_PARAGRAPHS) return undefined;
    if (story.body.some((block) => block.kind !== 'paragraph' || [...block.text].length > MAX_DECK_LENGTH || isNumberedHead(block.text))) return undefined;
    const caption = story.body.map((block) => block.text).join('\n');
    if ([...caption].length > MAX_CAPTION_LENGTH) return undefined;
    story.kind = 'photo';
    story.caption = caption;
    story.body = [];
    this.current = undefined;
    return story;
  }

  /** The story whose heading was just read and whose body has not begun; `pastPhoto` also over a photo set in between. */
  private awaitingBody(pastPhoto = false): Draft | undefined {
    const draft = this.current;
    const next = draft === this.last || (pastPhoto && this.last?.kind === 'photo');
    return draft && draft.kind === 'article' && draft.body.length === 0 && next ? draft : undefined;
  }

  private lastParagraphIsCut(): boolean {
    if (!this.mayContinue()) return false;
    const last = lastParagraph(this.current);
    return last !== undefined && this.current === this.last && !endsSentence(this.endOf(last));
  }

  private appendText(text: string, element: Element, rule = 'paragraph', note?: string) {
    const marker = splitContinuation(text);
    const body = marker.text;
    if (!this.current) this.startArticle(element.line);
    const draft = this.current!;
    if (marker.continuedFrom) draft.continuedFrom = { page: marker.continuedFrom };
    if (marker.continuedOn) draft.continuedOn = { page: marker.continuedOn };
    if (body === '') return this.note(element, 'continuation');
    const last = lastParagraph(draft);
    // The print column ended mid-sentence here, so this text continues the paragraph before it.
    if (last && draft.body.at(-1) === last && this.mayContinue() && !endsSentence(this.endOf(last)) && !startsAfresh(this.endOf(last), body, this.lexicon, { opensSection: this.opensSection(draft), paragraph: last.text })) {
      last.text = joinLines([last.text, body], this.chinese || HAN.test(body));
      this.ends.set(last, `${this.endOf(last)}${body}`.slice(-END_LENGTH));
      rule = rule === 'paragraph' ? 'column-cut' : rule;
      this.lastWhole = false;
    } else {
      draft.body.push({ kind: 'paragraph', text: body });
      this.lastWhole = rule === 'paragraph';
    }
    this.lastRanOn = element.runsOn;
    // A note in brackets (`（作者为…）`) is printed at a story's end.
    this.storyClosed = BRACKETED_NOTE.test(body) || marker.continuedOn !== undefined;
    this.last = draft;
    this.note(element, rule, note);
  }

  /**
   * Whether text can continue the paragraph before it: in Markdown a column's end cut it; in columns
   * only where its last line ran to the column's edge (a short line ends a paragraph there).
   */
  private endOf(block: BodyBlock): string {
    return this.ends.get(block) ?? block.text.slice(-END_LENGTH);
  }

  /** The story's last paragraph is its first, or the first after a section head: where a deck stands. */
  private opensSection(draft: Draft): boolean {
    return draft.body.length === 1 || draft.body.at(-2)?.kind === 'subhead';
  }

  private mayContinue(): boolean {
    if (this.shape.layout === 'lines') return false;
    return this.shape.layout === 'markdown' || this.lastRanOn;
  }
}

/** Credits for a page's layout or a chart, which a photo's caption does not end with. */
const LAYOUT_CREDIT = new Set(['版式设计', '版面设计', '设计', '制图', '图表']);

/** How much of a paragraph's end the rules look at. */
const END_LENGTH = 16;

function isBare(item: Draft): boolean {
  return !item.kicker && item.subheadlines.length === 0 && item.bylines.length === 0 && item.body.length === 0 && !item.caption && !item.dateline;
}

function isCitation(token: Token): boolean {
  return token.type === 'marker' && token.marker.kind === 'running-head' && token.marker.citation === true;
}

/** A PDF of the e-paper prints its citation under a story's heading and bylines: a few short elements on. */
function citationFollows(tokens: readonly Token[], index: number): boolean {
  for (let i = index + 1; i < tokens.length && i <= index + 4; i++) {
    const token = tokens[i]!;
    if (isCitation(token)) return true;
    if (token.type === 'element' && [...token.element.text].length > MAX_BYLINE_LENGTH) return false;
  }
  return false;
}

/** Longer than this, an element is text, not a byline line that could stand before a citation. */
const MAX_BYLINE_LENGTH = 30;

/** A dash and a name of a few characters, spaced out or not: who signs what is printed above. */
const SIGNATURE = /^[—―]{1,2}\s*[\u4e00-\u9fff](?:[\s\u3000]*[\u4e00-\u9fff]){1,3}$/u;

/** A writer named after their country in brackets: a name of a few characters, or a foreign one joined by `·`. */
const SIGNED_BY_COUNTRY = /^[（(][\u4e00-\u9fff]{2,8}[）)](?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8})+)$/u;

/** A line that is only a bracket: a column tag the line above could not hold. */
const TAG_ALONE = /^（[^（）]+）$/u;

/** Clause punctuation: a lead is a sentence or two set bold, a section head a phrase. */
const LEAD_CLAUSE = /[，,、；;]/u;

/**
 * Where held heading lines stop being the heading: after the one that carries a column's tag
 * (`…（人民时评）`) and the 副题 under it, which opens with a dash. A commentary prints its lead (a
 * sentence set bold, often without its full stop) or its first section head under its headline,
 * in a type plain text does not keep; the paper gives such a headline a 副题 only rarely.
 */
function afterTaggedHeadline(held: readonly Element[]): number {
  const tagged = held.flatMap((element, i) => (columnTagOf(joinLines(element.parts)) ? [i] : []));
  if (tagged.length !== 1) return held.length;
  let end = tagged[0]! + 1;
  while (end < held.length && SUBHEADLINE_DASH.test(held[end]!.text)) end++;
  return end;
}

function nextElement(tokens: readonly Token[], index: number): Element | undefined {
  for (let i = index + 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.type === 'element') return token.element;
    if (token?.type === 'marker') return undefined;
  }
  return undefined;
}
