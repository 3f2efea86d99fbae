import type { Lexicon } from './types.ts';

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
const CONTINUING_START = /^[，,、。．；;：:！!？?…）)」』”’的了着地得么吗呢吧啊]/u;
/** Openings of running text rather than of a heading. */
const RUNNING_START = /^(?:要|会议|同时|并|但|而|因此|此外|其中|据|对于|通过|按照|根据|截至|目前|近年来)/u;
const CLAUSE_BREAK = /[，,；;]/u;
const ENUMERATION = /[^一二三四五六七八九十\d][、]/u;
const PHRASE_GAP = /\S[\s\u3000]+\S/u;
const DIGIT_END = /[0-9A-Za-z]$/u;
const DIGIT_START = /^[0-9A-Za-z]/u;

export interface SubheadEvidence {
  /** For `--explain`: which cues decided. */
  cues: string[];
  subhead: boolean;
}

/** Whether the text cut here would run a word across the cut: `…下午两` / `点半…`. */
function splitsWord(text: string, next: string, lexicon: Lexicon): boolean {
  const before = [...text];
  const after = [...next];
  for (let left = 1; left <= 3; left++) {
    for (let right = 1; right <= 3; right++) {
      if (left + right < 2 || left + right > 4) continue;
      if (lexicon.has(before.slice(-left).join('') + after.slice(0, right).join(''))) return true;
    }
  }
  return false;
}

/** Whether `text` is a section head rather than a cut paragraph start, given the text printed after it. */
export function judgeSubhead(text: string, next: string | undefined, lexicon?: Lexicon): SubheadEvidence {
  const cues: string[] = [];
  let score = 0.4;
  const weigh = (present: boolean, name: string, weight: number, absent = 0) => {
    if (present) {
      cues.push(name);
      score += weight;
    } else score += absent;
  };
  weigh(NUMBERED.test(text), 'numbered', 2, -0.15);
  weigh(/[—―]$/u.test(text), 'leads on with a dash', -4);
  weigh(OPEN_END.test(text), 'ends on a particle', -2.6);
  weigh(next !== undefined && CONTINUING_START.test(next), 'next text continues a sentence', -3.2);
  weigh(next !== undefined && DIGIT_END.test(text) && DIGIT_START.test(next), 'a number or word runs on', -3);
  weigh(RUNNING_START.test(text), 'opens like running text', -2.5);
  weigh(CLAUSE_BREAK.test(text), 'a clause break inside', -0.8, 0.9);
  weigh(ENUMERATION.test(text), 'an enumeration inside', -0.6);
  weigh(PHRASE_GAP.test(text), 'two phrases set apart', 1.4);
  weigh([...text].length > 24, 'long', -1.5, 0.3);
  if (lexicon && next !== undefined) weigh(splitsWord(text, next, lexicon), 'a word runs on into the next text', -3, 0.6);
  return { cues, subhead: score > 0 };
}

export function isNumberedHead(text: string): boolean {
  return NUMBERED.test(text);
}
