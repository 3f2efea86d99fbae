/**
 * Text as the rules see it: NFKC-folded so `（江苏）` and `(江苏)`, `，` and `,` match alike, with a map
 * back to the printed text so names are reported as the page printed them.
 */
export interface FoldedText {
  /** The text after NFKC, one code point at a time. */
  folded: string;
  /** For each UTF-16 unit of `folded`, where its code point starts in the printed text. */
  starts: number[];
  /** For each UTF-16 unit of `folded`, where its code point ends in the printed text. */
  ends: number[];
  printed: string;
}

// A newspaper's alphabet is small and NFKC per character is the slow part, so remember it.
const foldedChars = new Map<string, string>();
function foldChar(ch: string): string {
  let out = foldedChars.get(ch);
  if (out === undefined) {
    out = ch.normalize('NFKC');
    foldedChars.set(ch, out);
  }
  return out;
}

export function foldText(printed: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const ch of printed) {
    const out = foldChar(ch);
    for (let k = 0; k < out.length; k++) {
      starts.push(at);
      ends.push(at + ch.length);
    }
    folded += out;
    at += ch.length;
  }
  return { folded, starts, ends, printed };
}

/** The printed text behind `folded.slice(start, end)`. */
export function printedSlice(text: FoldedText, start: number, end: number): string {
  if (end <= start) return '';
  return text.printed.slice(text.starts[start] ?? 0, text.ends[end - 1] ?? text.printed.length);
}

/** The key names are compared by: `中讯半导体（江苏）有限公司` and `中讯半导体(江苏)有限公司` are one company. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '');
}

const HAN = /^\p{Script=Han}$/u;
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/** Alternation of literal words for a RegExp, longest first so `副市长` wins over `市长`. */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
