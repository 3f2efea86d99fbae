import type { Lexicon } from './types.ts';
import { TAGGED, type TaggedWeights, UNTAGGED } from './subhead-weights.ts';

/**
 * A short line without sentence punctuation inside a story is either a section head (小标题) or the
 * start of a paragraph that the print column cut at its foot. Both look alike in extracted text;
 * what tells them apart is how they end and how the next text begins. Each cue adds its weight of
 * evidence (a log-likelihood ratio: positive for a head, negative for a cut), weighed on real
 * articles with columns cut at random points.
 */

/** Numbered or marked heads: `一、`, `（三）`, `1.`, `第一节`, `■`, `●`. */
const NUMBERED = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十\d]{1,3}[节章部分篇]|[■●◆▲★☆□◇△○◎▶►]|【[^】]{1,20}】$)/u;
/** Characters a heading does not end on but a cut line often does: particles and conjunctions (not 地 or 向, which end nouns: 基地, 方向). */
const OPEN_END = /[的和或把被了着之其且]$/u;
/** A text that starts with punctuation or a particle continues a sentence. */
const CONTINUING_START = /^[，,、。．；;：:！!？?…）)」』”’·的了着地得么吗呢吧啊]/u;
/** Openings of running text rather than of a heading. */
const RUNNING_START = /^(?:要|会议|同时|并|但|而|因此|此外|其中|据|对于|通过|按照|根据|截至|目前|近年来)/u;
const CLAUSE_BREAK = /[，,；;]/u;
const PHRASE_GAP = /\S[\s\u3000]+\S/u;
/** A quotation set on a line of its own: a pull quote or a quoted section head. */
const WHOLE_QUOTE = /^“[^“”]+”$/u;
const DIGIT_END = /[0-9A-Za-z]$/u;
const DIGIT_START = /^[0-9A-Za-z]/u;
const NUMERAL_END = /[0-9０-９一二三四五六七八九十百千万两]$/u;
/** What follows a number as its unit or its date's part. */
const UNIT_START = /^[年月日时分秒万亿元%％个岁天周倍名家项座件只条次]/u;
/** The text up to its first clause break or stop, where it has one. */
const FIRST_CLAUSE = /^([^，,。；;：:！!？?、]+)[，,。；;：:！!？?、]/u;

export interface SubheadEvidence {
  /** For `--explain`: which cues decided. */
  cues: string[];
  subhead: boolean;
  /** The evidence in log odds: above 0 a section head, below a cut paragraph start. */
  score: number;
}

/** The longest dictionary word (2, 3 or 4 characters) running across the cut, or 0. */
function listedAcross(text: string, next: string, lexicon: Lexicon): 0 | 2 | 3 {
  const before = [...text.slice(-6)];
  const after = [...next.slice(0, 6)];
  let longest: 0 | 2 | 3 = 0;
  for (let left = 1; left <= 3; left++) {
    for (let right = 1; right <= 3; right++) {
      const size = left + right;
      if (size < 2 || size > 4 || !lexicon.has(before.slice(-left).join('') + after.slice(0, right).join(''))) continue;
      longest = size >= 3 ? 3 : Math.max(longest, 2) as 2;
    }
  }
  return longest;
}

/** Whether the text cut here would run a word across the cut: `…下午两` / `点半…`. */
function splitsWord(text: string, next: string, lexicon: Lexicon): boolean {
  const before = [...text.slice(-6)];
  const after = [...next.slice(0, 6)];
  for (let left = 1; left <= 3; left++) {
    for (let right = 1; right <= 3; right++) {
      if (left + right < 2 || left + right > 4) continue;
      if (lexicon.has(before.slice(-left).join('') + after.slice(0, right).join(''))) return true;
    }
  }
  return false;
}

/** Paragraphs open this way far more often than sentences inside them do: a quotation, a date, `据`. */
const PARAGRAPH_OPENING = /^(?:“|‘|「|\d{1,2}月\d{1,2}日|据|近日|日前|本报|新华社|记者|今年|去年|近年来|目前|在)/u;
const CLOSED_END = /[”）)》]$/u;
/** A paragraph, not a head, opens by saying when: `去年12月，`, `上世纪90年代初期，`, `在…看来，`. */
const TIME_OPENING = /^(?:今年|去年|前年|明年|近日|日前|近年|上世纪|本世纪|\d{1,4}(?:年|月|日)|[一二三四五六七八九十]+月|当天|当日|此前|此后|随后|如今|眼下|在[^，,]{1,12}看来)/u;
const OPENED_START = /^[“《（(]/u;

/** Quotation marks, brackets or book-title marks opened and not closed: a head is whole, a cut piece stops inside them. */
function unbalanced(text: string): boolean {
  const count = (pattern: RegExp) => (text.match(pattern) ?? []).length;
  return count(/“/gu) !== count(/”/gu) || count(/[（(]/gu) !== count(/[）)]/gu) || count(/《/gu) !== count(/》/gu);
}
/** Reported speech (`…介绍，`, `某某说：“`): running text, never a head. */
const SPEECH_LEAD = /(?:说|表示|介绍|认为|指出|看来|告诉记者)[，,:：“]/u;
const CLAUSE_BREAKS = /[，,；;]/gu;

/** What jieba's segmentation says about a cut between `text` and `next`, where a tagger is installed. */
interface CutWords {
  /** A word runs across the cut. */
  spans: boolean;
  /** Part of speech of the last word before the cut, of the first after it, of the text's first word. */
  last: string;
  first: string;
  /** Length in characters of the last word before the cut and of the first after it. */
  lastLength: number;
  firstLength: number;
  opening: string;
}

function cutWords(text: string, next: string, tag: NonNullable<Lexicon['tag']>): CutWords {
  const tail = [...text].slice(-6).join('');
  const cut = tail.length;
  let at = 0;
  let spans = false;
  let last = '';
  let first = '';
  let lastLength = 0;
  let firstLength = 0;
  for (const { word, tag: pos } of tag(tail + [...next].slice(0, 6).join(''))) {
    const end = at + word.length;
    if (at < cut && end > cut) spans = true;
    if (end <= cut) {
      last = pos;
      lastLength = [...word].length;
    } else if (at >= cut && first === '') {
      first = pos;
      firstLength = [...word].length;
    }
    at = end;
  }
  return { spans, last, first, lastLength, firstLength, opening: tag(text)[0]?.tag ?? '' };
}

/**
 * Whether `text` is a section head rather than a cut paragraph start, given the text printed after
 * it. Each cue adds its weight (`TAGGED` where jieba's tagger is installed, else `UNTAGGED`); 86.8%
 * of blocks were right before the unclosed-quotation, reported-speech, open-list, segmentation and
 * part-of-speech cues, 91.2% before the unit, single-character, clause-fragment and next-verb ones.
 */
export function judgeSubhead(text: string, next: string | undefined, lexicon?: Lexicon): SubheadEvidence {
  const w = lexicon?.tag ? TAGGED : UNTAGGED;
  const cues: string[] = [];
  let score = w.base + w.perCharacter * [...text].length;
  const weigh = (present: boolean, name: string, weight: number) => {
    if (!present) return;
    cues.push(name);
    score += weight;
  };
  weigh(NUMBERED.test(text), 'numbered', w.numbered);
  weigh(/[—―]$/u.test(text), 'ends with a dash', w.dashEnd);
  weigh(OPEN_END.test(text), 'ends on a particle', w.particleEnd);
  weigh(CLOSED_END.test(text), 'ends closing a quotation or bracket', w.closedEnd);
  weigh(OPENED_START.test(text), 'opens a quotation or bracket', w.openedStart);
  weigh(RUNNING_START.test(text), 'opens like running text', w.runningStart);
  weigh(TIME_OPENING.test(text), 'opens with a time, as a paragraph does', w.timeOpening);
  weigh(CLAUSE_BREAK.test(text), 'a clause break inside', w.clauseBreak);
  weigh((text.match(CLAUSE_BREAKS) ?? []).length >= 2, 'two clause breaks or more', w.twoClauseBreaks);
  // A head's clauses are words long; one character after a comma is a sentence the column cut.
  weigh(/[，,；;、][^，,；;、]$/u.test(text), 'one character after a comma', w.oneCharacterAfterComma);
  weigh(PHRASE_GAP.test(text), 'two phrases set apart', w.phraseGap);
  weigh([...text].length > 24, 'long', w.long);
  weigh(WHOLE_QUOTE.test(text), 'a quotation on its own', w.wholeQuote);
  weigh(unbalanced(text), 'a quotation or bracket left open', w.unbalanced);
  weigh(SPEECH_LEAD.test(text), 'reports speech', w.speech);
  // A list left open: a short item after the last 、 (`…甲、乙` / `丙…`).
  weigh(/、[^，,；;、]{1,4}$/u.test(text), 'ends on a short item of a list', w.shortListItem);
  if (next !== undefined) {
    weigh(CONTINUING_START.test(next), 'next text continues a sentence', w.continuing);
    weigh(DIGIT_END.test(text) && DIGIT_START.test(next), 'a number or word runs on', w.digitRunsOn);
    weigh(PARAGRAPH_OPENING.test(next), 'next text opens a paragraph', w.paragraphOpening);
    if (lexicon?.tag) weighTagged(text, next, lexicon, TAGGED, weigh);
    else if (lexicon) weigh(splitsWord(text, next, lexicon), 'a word runs on into the next text', w.splitsWord);
  }
  return { cues, subhead: score > 0, score };
}

/** The cues only jieba's segmentation and tagger give. */
function weighTagged(text: string, next: string, lexicon: Lexicon, w: TaggedWeights, weigh: (present: boolean, name: string, weight: number) => void) {
  const words = cutWords(text, next, lexicon.tag!);
  // A figure and its unit are one word: `截至2` / `月15日` does not end a head.
  weigh(NUMERAL_END.test(text) && UNIT_START.test(next), 'a number runs on into its unit', w.unit);
  weigh(words.spans, 'a word runs on into the next text', w.spans);
  // The segmentation may split a compound the dictionary lists: its word list votes too.
  const listed = listedAcross(text, next, lexicon);
  weigh(listed === 3, 'the dictionary has a word of three or four across', w.listed3);
  weigh(listed === 2, 'the dictionary has a word of two across', w.listed2);
  weigh(['p', 'c', 'd'].includes(words.last), 'ends on a preposition, conjunction or adverb', w.lastFunctionWord);
  weigh(words.first.startsWith('u'), 'next text opens on a particle', w.firstParticle);
  weigh(words.opening === 'r', 'opens on a pronoun', w.openingPronoun);
  weigh(words.opening === 't', 'opens on a time word', w.openingTime);
  // A verb opening a head (`完善…`), not a modal one (`要…`), which running text has.
  weigh(['v', 'vd', 'vn'].includes(words.opening) && !RUNNING_START.test(text), 'opens on a verb', w.openingVerb);
  weigh(words.first === 't' || words.first === 'r', 'next text opens on a time word or pronoun', w.firstTimeOrPronoun);
  weigh(['v', 'vd', 'vn'].includes(words.first), 'next text opens on a verb', w.firstVerb);
  // A head ends on a whole word and a paragraph opens on one; a cut word falls apart into single characters.
  weigh(words.lastLength === 1, 'a single character before the cut', w.lastSingle);
  weigh(words.firstLength === 1, 'a single character after the cut', w.firstSingle);
  // A paragraph opens on a clause of its own or a short adverbial (`目前，`, `对此，`); a fragment
  // of two or three characters closed by a comma or a stop is the rest of a clause the column cut.
  const clause = FIRST_CLAUSE.exec(next)?.[1];
  weigh(clause !== undefined && [...clause].length <= 3 && !['t', 'c', 'd', 'p', 'r'].includes(words.first), 'next text opens on a fragment of a clause', w.clauseFragment);
}

/** Whether the text after `text` plainly goes on with it: a column cut it mid-sentence or mid-word. */
export function runsInto(text: string, next: string, lexicon?: Lexicon): boolean {
  if (CONTINUING_START.test(next) || (DIGIT_END.test(text) && DIGIT_START.test(next))) return true;
  return lexicon !== undefined && splitsWord(text, next, lexicon);
}

/** A paragraph's opening, but for `在`, which opens a phrase inside a sentence as often. */
const OPENING_NOT_ZAI = /^(?:“|‘|「|\d{1,2}月\d{1,2}日|据|近日|日前|本报|新华社|记者|今年|去年|近年来|目前)/u;

export interface AfreshContext {
  /** `text` is the first paragraph of its story or section, where a deck stands. */
  opensSection?: boolean;
  /** The whole paragraph `text` ends, where more than its end matters (a quotation left open). */
  paragraph?: string;
}

const LEAD_IN_DASH = /[—―]{2}$/u;
/** How much of a paragraph's end tells whether it holds a full stop: a long rejoined one is not read whole. */
const RECENT = 200;
const CLAUSE = '[^，,。；;：:！!？?、…—\\s“”‘’（）()《》]';
const FIRST_LINE = new RegExp(`^${CLAUSE}{4,7}[，,]$`, 'u');
const SECOND_LINE = new RegExp(`^${CLAUSE}{4,7}[，,。；;！!？?]$`, 'u');

/**
 * Two clauses of four to seven characters and of one length, the first closed by a comma: a couplet
 * or two lines of verse (五言, 七言), which print sets one line each. A column's end falls inside so
 * short a paragraph, and right at its comma, too rarely to read them as one.
 */
function isCouplet(first: string, second: string): boolean {
  if (!FIRST_LINE.test(first) || !SECOND_LINE.test(second)) return false;
  return Math.abs([...first].length - [...second].length) <= 1;
}

/**
 * Whether `next` starts a paragraph of its own after `text`, which ends without a full stop (a deck
 * or a lead-in printed without one), rather than going on with it where a column cut it. Without a
 * tagger: it opens as paragraphs do, and no word runs across. With one, a logistic regression's
 * weights, fitted on 13,900 such ends of real articles laid out as PDF-to-Markdown pages
 * (paragraphs that end without a stop, and paragraphs cut at random points), leaving out the ends
 * next to punctuation, which the generator never cuts at: 96.0% right on each month held out in
 * turn, against 95.6% for the weights before the numbering, dictionary, unit, one-sentence,
 * length, short-clause and open-preposition cues (93.1% for those on all ends, 92.0% for the rule
 * without a tagger).
 */
export function startsAfresh(text: string, next: string, lexicon?: Lexicon, context: AfreshContext = {}): boolean {
  const paragraph = context.paragraph ?? text;
  // A dash closing a paragraph leads into the paragraphs under it (`…结合起来——`); one inside a
  // sentence sets off a phrase, often inside quotation marks or a book title left open at the cut.
  if (LEAD_IN_DASH.test(text) && !/^[—―]/u.test(next) && !unbalanced(paragraph)) return true;
  if (isCouplet(paragraph, next)) return true;
  if (!lexicon?.tag) return PARAGRAPH_OPENING.test(next) && !runsInto(text, next, lexicon);
  const words = cutWords(text, next, lexicon.tag);
  let score = 0.78;
  const weigh = (present: boolean, weight: number) => {
    if (present) score += weight;
  };
  weigh(OPENING_NOT_ZAI.test(next), 4.07);
  weigh(next.startsWith('在'), 1.73);
  // What a quotation opening weighed before: a generator that never cuts before one cannot fit it.
  weigh(next.startsWith('“'), 1.02);
  weigh(CONTINUING_START.test(next), -5.16);
  // Numbering or a list's mark opens a paragraph of its own.
  weigh(NUMBERED.test(next), 5.0);
  weigh(words.spans, -0.51);
  const listed = listedAcross(text, next, lexicon);
  weigh(listed === 3, -4.4);
  weigh(listed === 2, -2.98);
  weigh(NUMERAL_END.test(text) && UNIT_START.test(next), -4.84);
  weigh(['p', 'c', 'd'].includes(words.last), -2.65);
  weigh(words.last.startsWith('u'), -2.05);
  weigh(['v', 'vn', 'vd'].includes(words.last), -0.76);
  weigh(['m', 'q'].includes(words.last), -1.67);
  weigh(words.first.startsWith('u'), -2.44);
  weigh(words.first === 't' || words.first === 'r', 1.18);
  weigh(words.first.startsWith('n'), -0.49);
  weigh(['v', 'vn', 'vd'].includes(words.first), -0.8);
  weigh(words.first === 'p' || words.first === 'c', -0.53);
  weigh(context.opensSection === true, 1.88);
  // A paragraph printed without its stop is a lead or a list item: one sentence, and not a long
  // one. A clause of a few characters after the last comma is a clause the column cut short.
  const end = paragraph.slice(-RECENT);
  weigh(/[。！？!?]/u.test(end.slice(0, -1)), -1.26);
  score += -0.45 * Math.log(Math.max(1, Math.min(paragraph.length, 1000)));
  weigh(/[，,；;、：:。][^，,；;、：:。]{0,3}$/u.test(end), -3.1);
  // A preposition's phrase left without its verb (`再把新茶` / `在竹匾上摊开`): the sentence goes on.
  weigh(leavesCoverbOpen(end, lexicon.tag), -1.63);
  return score > 0;
}

/** Whether the last clause of `text` has a preposition (`把`, `被`, `对`…) and no verb after it. */
function leavesCoverbOpen(text: string, tag: NonNullable<Lexicon['tag']>): boolean {
  const clause = LAST_CLAUSE.exec(text)?.[1];
  if (!clause) return false;
  let open = false;
  for (const { tag: pos } of tag(clause)) {
    if (pos === 'p') open = true;
    else if (pos.startsWith('v')) open = false;
  }
  return open;
}
const LAST_CLAUSE = /([^，,；;、：:。！？!?]{1,14})$/u;

export function isNumberedHead(text: string): boolean {
  return NUMBERED.test(text);
}
