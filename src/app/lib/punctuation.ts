/**
 * The bundle keeps the page's text as extracted, where PDF extraction turned much Chinese punctuation
 * half-width. For display, a half-width mark in Chinese context becomes its full-width form;
 * in Latin or numeric context (`1,000`, `10:30`, `f(x)`, `Inc.`) it stays as it is.
 */

const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

const HALF_WIDTH_MARK = /[,:;?!()]/u;

// Han ideographs, CJK punctuation and full-width forms: what makes the surroundings Chinese.
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2026\u2014]/u;

function isCjk(char: string | undefined): boolean {
  return char !== undefined && CJK.test(char);
}

/** Returns `text` with `,` `:` `;` `?` `!` `(` `)` in full width where they stand next to Chinese text. */
export function toChinesePunctuation(text: string): string {
  // Most text the reader shows has no half-width mark at all: that answer costs one scan.
  if (!HALF_WIDTH_MARK.test(text)) return text;
  const chars = Array.from(text);
  const convert = new Set<number>();
  const openParens: number[] = [];
  const pairs: Array<[number, number]> = [];

  chars.forEach((char, index) => {
    if (char === '(') openParens.push(index);
    else if (char === ')') {
      const open = openParens.pop();
      if (open !== undefined) pairs.push([open, index]);
      else if (isCjk(chars[index - 1]) || isCjk(chars[index + 1])) convert.add(index);
    } else if (char in FULL_WIDTH && (isCjk(chars[index - 1]) || isCjk(chars[index + 1]))) {
      convert.add(index);
    }
  });
  for (const open of openParens) {
    if (isCjk(chars[open - 1]) || isCjk(chars[open + 1])) convert.add(open);
  }
  // A pair of brackets is converted together, so `（2023年）` never ends up as `（2023年)`.
  for (const [open, close] of pairs) {
    const touchesCjk = [open - 1, open + 1, close - 1, close + 1].some((at) => isCjk(chars[at]));
    if (touchesCjk) {
      convert.add(open);
      convert.add(close);
    }
  }
  if (convert.size === 0) return text;
  return chars.map((char, index) => (convert.has(index) ? (FULL_WIDTH[char] ?? char) : char)).join('');
}
