import type { Byline, PageFacts } from '../../contract/bundle.ts';
import { HAN, joinLines, type Block } from './blocks.ts';
import { parseBylineLine, parseDatelineStart, splitPhotoCredit, type DatelineStart } from './byline.ts';
import { parseHeader } from './headers.ts';
import { endsSentence, isTitleLike } from './sentence.ts';
import type { ParsedItem } from './types.ts';

/** Column labels are short; a longer run of short lines after a photo is body text, not a label. */
const MAX_COLUMN_LENGTH = 20;
const MARKED_HEADLINE = /^#{1,6}\s+/u;
const SUBHEADLINE_DASH = /^[—―-]{1,2}\s*/u;

/** An item while it is read: its body is plain paragraphs until the item is finished. */
export type Draft = Omit<ParsedItem, 'body'> & { paragraphs: string[] };

type Classified =
  | { type: 'marked'; headline: string }
  | { type: 'header'; header: NonNullable<ReturnType<typeof parseHeader>> }
  | { type: 'dateline'; start: DatelineStart }
  | { type: 'caption'; caption: string; bylines: Byline[] }
  | { type: 'bylines'; bylines: Byline[] }
  | { type: 'title' }
  | { type: 'text'; text: string };

function classify(block: Block): Classified {
  const [first = '', ...rest] = block.lines;
  if (MARKED_HEADLINE.test(first)) return { type: 'marked', headline: joinLines([first.replace(MARKED_HEADLINE, ''), ...rest]) };
  const text = joinLines(block.lines);
  const header = block.lines.length <= 2 ? parseHeader(text) : undefined;
  if (header) return { type: 'header', header };
  const start = parseDatelineStart(text);
  if (start) return { type: 'dateline', start };
  const credit = splitPhotoCredit(text);
  if (credit) return { type: 'caption', ...credit };
  const bylines = parseBylineLine(text);
  if (bylines) return { type: 'bylines', bylines };
  if (isTitleLike(block.lines)) return { type: 'title' };
  return { type: 'text', text };
}

function newArticle(line: number): Draft {
  return { kind: 'article', headline: '', subheadlines: [], bylines: [], paragraphs: [], line };
}

/**
 * Walks a page's blocks in print order and groups them into items. Short unpunctuated blocks
 * are held back until what follows tells what they are: before a dateline they are a headline,
 * before running text they are text the print column cut, after a photo at the end they are its label.
 */
export function segmentBlocks(blocks: readonly Block[]): { items: Draft[]; facts: PageFacts } {
  const items: Draft[] = [];
  const facts: PageFacts = {};
  /** The item that receives running text; a photo printed between an article's columns does not end it. */
  let textTarget: Draft | undefined;
  /** The item the last block went to. */
  let current: Draft | undefined;
  let pending: Block[] = [];
  let nextColumn: string | undefined;
  const chinesePage = blocks.some((block) => block.lines.some((line) => HAN.test(line)));

  const hasBody = (draft: Draft | undefined) => !!draft && draft.paragraphs.length > 0;
  const lastParagraphIsCut = () => {
    const last = textTarget?.paragraphs.at(-1);
    return last !== undefined && !endsSentence(last);
  };

  const appendText = (text: string, line: number) => {
    if (!textTarget) {
      textTarget = newArticle(line);
      takeColumn(textTarget);
      items.push(textTarget);
    }
    const paragraphs = textTarget.paragraphs;
    const last = paragraphs.at(-1);
    // The print column ended mid-sentence here, so this text continues the paragraph before it.
    if (last !== undefined && !endsSentence(last)) paragraphs[paragraphs.length - 1] = joinLines([last, text], chinesePage);
    else paragraphs.push(text);
    current = textTarget;
  };
  const flushPendingAsText = (blocksToFlush: Block[] = pending) => {
    for (const block of blocksToFlush) appendText(joinLines(block.lines), block.line);
    if (blocksToFlush === pending) pending = [];
  };
  const takeColumn = (draft: Draft) => {
    if (nextColumn) draft.column = nextColumn;
    nextColumn = undefined;
  };
  const startArticle = (line: number) => {
    const draft = newArticle(line);
    takeColumn(draft);
    items.push(draft);
    textTarget = draft;
    current = draft;
    return draft;
  };
  /** Held-back blocks before a dateline or byline line: 引题, 主题, 副题 (and `——` subheadlines). */
  const startArticleFromPending = () => {
    const subheadlines = pending.filter((b) => SUBHEADLINE_DASH.test(b.lines[0] ?? ''));
    const titles = pending.filter((b) => !subheadlines.includes(b));
    const extra = titles.length > 3 ? titles.slice(0, titles.length - 3) : [];
    flushPendingAsText(extra);
    const kept = titles.slice(extra.length);
    const draft = startArticle(pending[0]?.line ?? 0);
    const [a, b, c] = kept;
    if (kept.length === 3 && a && b && c) {
      draft.kicker = joinLines(a.lines);
      draft.headline = joinLines(b.lines);
      draft.subheadlines.push(...c.lines);
    } else if (a) {
      draft.headline = joinLines(a.lines);
      if (b) draft.subheadlines.push(...b.lines);
    }
    draft.subheadlines.push(...subheadlines.flatMap((block) => block.lines));
    pending = [];
    return draft;
  };
  const awaitingBody = (draft: Draft | undefined): draft is Draft =>
    !!draft && draft.kind === 'article' && draft === textTarget && !hasBody(draft);

  for (const block of blocks) {
    const c = classify(block);
    switch (c.type) {
      case 'marked': {
        const photo = current?.kind === 'photo' && !current.column ? current : undefined;
        if (photo && pending.length >= 2) photo.column = joinLines(pending.shift()?.lines ?? []);
        const kicker = pending.pop();
        flushPendingAsText();
        const draft = startArticle(kicker?.line ?? block.line);
        draft.headline = c.headline;
        if (kicker) draft.kicker = joinLines(kicker.lines);
        break;
      }
      case 'header': {
        flushPendingAsText();
        if (c.header.kind === 'page') {
          for (const [key, value] of Object.entries(c.header.facts)) {
            if (!(key in facts)) Object.assign(facts, { [key]: value });
          }
        } else nextColumn = c.header.column;
        // An item header separates items: text after it never continues the article before.
        textTarget = undefined;
        current = undefined;
        break;
      }
      case 'dateline': {
        const draft = pending.length > 0 ? startArticleFromPending() : awaitingBody(current) ? current : startArticle(block.line);
        draft.dateline = c.start.dateline;
        draft.bylines.push(...c.start.bylines);
        if (c.start.rest) appendText(c.start.rest, block.line);
        break;
      }
      case 'bylines': {
        const draft = pending.length > 0 ? startArticleFromPending() : (textTarget ?? startArticle(block.line));
        draft.bylines.push(...c.bylines);
        current = draft;
        break;
      }
      case 'caption': {
        if (lastParagraphIsCut()) flushPendingAsText();
        const previousPhoto = current?.kind === 'photo' && !current.column ? current : undefined;
        // A label between two photos follows the first: extraction puts a photo's label after its caption.
        if (previousPhoto && pending.length > 0) previousPhoto.column = joinLines(pending.shift()?.lines ?? []);
        const label = pending.pop();
        flushPendingAsText();
        const photo: Draft = {
          kind: 'photo',
          headline: '',
          subheadlines: [],
          bylines: c.bylines,
          paragraphs: [],
          caption: c.caption,
          line: label?.line ?? block.line,
        };
        takeColumn(photo);
        if (label && !photo.column) photo.column = joinLines(label.lines);
        items.push(photo);
        current = photo;
        break;
      }
      case 'title': {
        const target = awaitingBody(current) ? current : undefined;
        const afterHeadline = !!target && !target.dateline && pending.length === 0 && target.headline !== '';
        if (target && (afterHeadline || SUBHEADLINE_DASH.test(block.lines[0] ?? ''))) {
          target.subheadlines.push(...block.lines);
        } else if (hasBody(textTarget) && current === textTarget && lastParagraphIsCut()) {
          appendText(joinLines(block.lines), block.line);
        } else {
          pending.push(block);
        }
        break;
      }
      case 'text': {
        flushPendingAsText();
        appendText(c.text, block.line);
        break;
      }
    }
  }

  const label = pending.flatMap((block) => block.lines);
  const photo = current?.kind === 'photo' ? current : undefined;
  if (photo && !photo.column && label.length > 0 && [...joinLines(label)].length <= MAX_COLUMN_LENGTH) {
    // PDF extraction put the photo's column label after its caption, at the end of the page.
    photo.column = joinLines(label);
    pending = [];
  }
  flushPendingAsText();
  return { items, facts };
}
