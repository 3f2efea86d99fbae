/**
 * A short line without sentence punctuation inside a story is either a section head (小标题) or the
 * start of a paragraph that the print column cut at its foot. Both look alike in extracted text;
 * what tells them apart is how they end and how the next text begins.
 */

/** Numbered or marked heads: `一、`, `（三）`, `1.`, `第一节`, `■`, `●`. */
const NUMBERED = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十\d]{1,3}[节章部分篇]|[■●◆▲★☆□◇△○◎▶►]|【[^】]{1,20}】$)/u;
/** Characters a heading does not end on but a cut line often does: particles and conjunctions (not 地 or 向, which end nouns: 基地, 方向). */
const OPEN_END = /[的和或把被了着之其且]$/u;
/** A text that starts with punctuation or a particle continues a sentence. */
const CONTINUING_START = /^[，,、。．；;：:！!？?…）)」』”’的了着地得么吗呢吧啊]/u;
/** Openings of running text rather than of a heading. */
const RUNNING_START = /^(?:要|会议|同时|并|但|而|因此|此外|其中|据|对于|通过|按照|根据|截至|目前|近年来)/u;
const ENUMERATION = /[^一二三四五六七八九十\d][、]/u;
const PHRASE_GAP = /\S[\s\u3000]+\S/u;

export interface SubheadEvidence {
  /** For `--explain`: which cues decided. */
  cues: string[];
  subhead: boolean;
}

/**
 * Whether `text` is a section head rather than a cut paragraph start, given the text printed after
 * it. `numbered` heads are certain; otherwise the cues are weighed.
 */
export function judgeSubhead(text: string, next: string | undefined): SubheadEvidence {
  const cues: string[] = [];
  let score = 0.5;
  if (NUMBERED.test(text)) {
    cues.push('numbered');
    score += 4;
  }
  if (/[—―]$/u.test(text)) {
    cues.push('leads on with a dash');
    score -= 4;
  }
  if (OPEN_END.test(text)) {
    cues.push('ends on a particle');
    score -= 3;
  }
  if (next !== undefined && CONTINUING_START.test(next)) {
    cues.push('next text continues a sentence');
    score -= 3;
  }
  if (RUNNING_START.test(text)) {
    cues.push('opens like running text');
    score -= 1;
  }
  if (/[，,；;]/u.test(text)) {
    cues.push('a clause break inside');
    score -= 1;
  }
  if (ENUMERATION.test(text)) {
    cues.push('an enumeration inside');
    score -= 1;
  }
  if (PHRASE_GAP.test(text)) {
    cues.push('two phrases set apart');
    score += 1;
  }
  if ([...text].length > 24) {
    cues.push('long');
    score -= 1;
  }
  return { cues, subhead: score > 0 };
}

export function isNumberedHead(text: string): boolean {
  return NUMBERED.test(text);
}
