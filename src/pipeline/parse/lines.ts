/**
 * The facts of each line of a page, read once and kept: what extraction printed at the line's start
 * (its indent) and end (two spaces for a hard break) is evidence the parser needs later, so nothing is
 * trimmed away before the rules have seen it (markdown-it keeps each line's bounds the same way).
 */
export interface Line {
  /** 1-based line number in the page text. */
  no: number;
  /** Without leading and trailing whitespace (ASCII spaces, U+3000, NBSP, tabs). */
  text: string;
  /** Leading whitespace in em: U+3000 counts 1, an ASCII space or NBSP ½ (cleaning made tabs spaces). */
  indent: number;
  /** Display width of `text` in em: Chinese characters and full-width forms 1, the rest ½. */
  width: number;
  /** How many characters of `text` are half-width (digits, Latin letters): their printed width varies with the font. */
  halfWidth: number;
  /** Ended with two or more ASCII spaces: a hard line break inside one printed element (Markdown). */
  hardBreak: boolean;
  /** Ended with one space (or one ideographic space): the line broke at a gap between two phrases, which took its room at the line's end. */
  spaceAtEnd?: boolean;
  /**
   * The width in em of the whitespace after the text, where there is any. (Several spaces are more
   * often a padded name cut at the line's end, `本报记者  王  `, than a phrase gap: only their room counts.)
   */
  gapAtEnd?: number;
  /** Nothing but whitespace. */
  blank: boolean;
  /** A blank line beside a line taken out as furniture (a PDF's footer): the sheet may have ended mid-paragraph. */
  besideNoise?: boolean;
  /**
   * Printed right under a citation line taken out (`《人民日报》（2025年10月20日 第 01 版）`), which a PDF
   * of the e-paper sets under each article's heading: the text under it starts afresh.
   */
  afterCitation?: boolean;
  /**
   * Printed right above a citation line taken out, or above the byline line above it: the end of a
   * story's heading, which the line above may run into when it filled the column.
   */
  beforeCitation?: boolean;
}

const EDGE_SPACE = /^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/gu;

function indentOf(raw: string): number {
  let em = 0;
  for (const ch of raw) {
    if (ch === '\u3000') em += 1;
    else if (ch === ' ' || ch === '\u00a0') em += 0.5;
    else break;
  }
  return em;
}

/** Whether a character is set a full em wide in a Chinese font. */
export function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000 ||
    // Chinese fonts set curly quotes, the em dash and the ellipsis full width
    code === 0x2014 ||
    code === 0x2015 ||
    code === 0x2018 ||
    code === 0x2019 ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2026 ||
    code === 0x00b7
  );
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch.codePointAt(0) ?? 0) ? 1 : 0.5;
  return width;
}

export function halfWidthCount(text: string): number {
  let count = 0;
  for (const ch of text) if (!isWide(ch.codePointAt(0) ?? 0) && ch !== ' ') count++;
  return count;
}

/** The width in em of the whitespace closing a line. */
function gapWidth(raw: string): number {
  let em = 0;
  for (const ch of [...raw].reverse()) {
    if (ch === '\u3000') em += 1;
    else if (ch === ' ' || ch === '\u00a0') em += 0.5;
    else break;
  }
  return em;
}

/** A page's cleaned text (line ends normalized) as lines with their facts. */
export function readLines(text: string): Line[] {
  return text.split('\n').map((raw, index) => {
    const body = raw.replace(EDGE_SPACE, '');
    return {
      no: index + 1,
      text: body,
      indent: body === '' ? 0 : indentOf(raw),
      width: displayWidth(body),
      halfWidth: halfWidthCount(body),
      hardBreak: / {2,}$/u.test(raw),
      ...(/\S[ \u3000]$/u.test(raw) ? { spaceAtEnd: true } : {}),
      ...(/\S[ \u3000\u00a0]+$/u.test(raw) ? { gapAtEnd: gapWidth(raw) } : {}),
      blank: body === '',
    };
  });
}
