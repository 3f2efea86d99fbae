/** A text conversion (OpenCC's 简→繁, or none). */
export type Convert = (text: string) => string;

function codePointLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/**
 * For each UTF-16 offset of `text`, the offset in `shown` of the same code point; undefined when the
 * two do not hold as many code points.
 */
function offsetsInto(text: string, shown: string): Uint32Array | undefined {
  const at = new Uint32Array(text.length + 1);
  let i = 0;
  let j = 0;
  while (i < text.length) {
    if (j >= shown.length) return undefined;
    const from = codePointLength(text, i);
    const to = codePointLength(shown, j);
    at[i] = j;
    // An offset inside a surrogate pair (never a real cut) falls after the character.
    if (from === 2) at[i + 1] = j + to;
    i += from;
    j += to;
  }
  if (j !== shown.length) return undefined;
  at[text.length] = j;
  return at;
}

/**
 * Slices of `text` as `convert` shows them, cut at offsets into `text` (where search hits and entity
 * links begin and end). The whole text is converted once, so every phrase keeps its context even
 * where a mark cuts it (头发 is 頭髮, while 发 alone would be 發). OpenCC's tables replace a phrase by
 * one of as many code points, though not always as many UTF-16 units (𫖮 is two, its 顗 one), so
 * offsets are carried over code point by code point. Should a conversion ever change the count,
 * each slice is converted on its own: marks stay on their characters, a phrase cut by one may not.
 */
export function convertedSlicer(text: string, convert: Convert): (start: number, end: number) => string {
  const shown = convert(text);
  if (shown === text) return (start, end) => text.slice(start, end);
  const at = offsetsInto(text, shown);
  if (!at) return (start, end) => convert(text.slice(start, end));
  return (start, end) => shown.slice(at[start], at[end]);
}
