/** A run of non-blank lines: the unit the PDF extraction separates with blank lines. */
export interface Block {
  /** The block's lines, trailing whitespace removed. */
  lines: string[];
  /** 1-based line number of the block's first line. */
  line: number;
  /** Lines that ended with two spaces: a hard line break inside one printed element. */
  hardBreaks: boolean[];
}

export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  text.split('\n').forEach((raw, index) => {
    const trimmed = raw.replace(/\s+$/u, '');
    if (trimmed.trim() === '') {
      current = undefined;
      return;
    }
    if (!current) {
      current = { lines: [], line: index + 1, hardBreaks: [] };
      blocks.push(current);
    }
    current.lines.push(trimmed.trim());
    current.hardBreaks.push(/ {2,}$/u.test(raw));
  });
  return blocks;
}

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
