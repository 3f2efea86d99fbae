/** Joining the printed lines of one element back into its text. */
const LATIN_END = /[A-Za-z0-9]$/u;
const LATIN_START = /^[A-Za-z0-9]/u;
export const HAN = /\p{Script=Han}/u;

/**
 * Joins lines the print wrapped: one space between Latin words, none in Chinese text, where a
 * column may cut `5G` or `AI` in two just as it cuts a word. `chinese` says which script the text
 * around the lines is in; by default, whether the lines themselves hold Chinese.
 */
export function joinLines(lines: readonly string[], chinese = lines.some((line) => HAN.test(line))): string {
  let out = '';
  for (const line of lines) {
    if (!chinese && out && LATIN_END.test(out) && LATIN_START.test(line)) out += ' ';
    out += line;
  }
  return out;
}
