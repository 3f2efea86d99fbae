/**
 * Removes what extraction and old web pages left in a page's text, and nothing else: line-break tags become
 * line breaks, HTML entities are decoded, invisible and control characters go, and Latin words that OCR
 * hyphenated across a line end are rejoined. Other markup (`<script>`, `<p>`) stays as text.
 *
 * The text is rewritten one character at a time onto a stack, and after each character the end of the stack is
 * reduced (an entity, a `<br>`, a hyphenated word). A decoded character goes back through the same step, so
 * `&amp;lt;`, `&l&#116;;` or a zero-width space inside an entity come out as the second pass would leave them:
 * the result is idempotent, and nesting costs no extra passes.
 */
export function cleanPageText(text: string): string {
  // most pages carry none of it: skip the character walk
  if (!NOISE.test(text)) return text;
  const out: string[] = [];
  // pdftotext starts each sheet with a form feed right after a line end: dropping it there keeps
  // every line where the file has it, so line numbers in reports and `--explain` stay true.
  for (const ch of text.replace(/\r\n?/g, '\n').replace(/(^|\n)\f+/g, '$1')) {
    let next: string | null = ch;
    while (next !== null) {
      const mapped = mapChar(next);
      if (mapped === '') break;
      out.push(mapped);
      next = reduceTail(out);
    }
  }
  return out.join('');
}

// everything the walk below would change or reduce; keep in step with mapChar and reduceTail
const NOISE = /[&<\t\r\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200d\u2028\u2029\u2060\ufeff]|-\n/;
const INVISIBLE = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

function mapChar(ch: string): string {
  const c = ch.codePointAt(0) ?? 0;
  if (c === 0x0a) return ch;
  if (c === 0x09) return ' ';
  // form feed, vertical tab, NEL and the Unicode separators end lines (pdftotext ends each page with a
  // form feed); deleting them would glue the last line of one page to the first of the next
  if (c === 0x0b || c === 0x0c || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029) return '\n';
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return '';
  if (INVISIBLE.has(c)) return '';
  return ch;
}

/** Reduces the end of `out` in place; returns a character to push back through `mapChar`, or null. */
function reduceTail(out: string[]): string | null {
  const last = out[out.length - 1];
  if (last === ';') return reduceEntity(out);
  if (last === '>') return reduceBreakTag(out);
  if (last !== undefined && isLatinLower(last)) reduceHyphen(out);
  return null;
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};
const LONGEST_ENTITY = '&#x0010FFFF;'.length;

function reduceEntity(out: string[]): string | null {
  const end = out.length - 1;
  for (let i = end - 1; i >= 0 && i >= end - LONGEST_ENTITY + 1; i--) {
    const ch = out[i] ?? '';
    if (ch === '&') {
      const decoded = decodeEntity(out.slice(i + 1, end).join(''));
      if (decoded === null) return null;
      out.length = i;
      return decoded;
    }
    if (!/^[#0-9A-Za-z]$/.test(ch)) return null;
  }
  return null;
}

function decodeEntity(body: string): string | null {
  const named = Object.hasOwn(NAMED, body) ? NAMED[body] : undefined;
  if (named !== undefined) return named;
  const m = /^#(?:[xX]([0-9A-Fa-f]{1,8})|([0-9]{1,8}))$/.exec(body);
  if (!m) return null;
  const code = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2] ?? '', 10);
  // NUL, surrogates and values beyond Unicode are not characters: leave the text as printed
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  return String.fromCodePoint(code);
}

function reduceBreakTag(out: string[]): string | null {
  const end = out.length - 1;
  for (let i = end - 1; i >= 0 && i >= end - 12; i--) {
    if (out[i] === '<') {
      if (!/^<br *\/?>$/i.test(out.slice(i).join(''))) return null;
      out.length = i;
      return '\n';
    }
  }
  return null;
}

const LATIN_LETTER = /^\p{Script=Latin}$/u;
// only a lowercase continuation: `Jean-` / `Pierre` or `X-` / `Ray` is a real hyphen that fell at a line end
const LATIN_LOWER = /^(?=\p{Script=Latin})\p{Ll}$/u;

function isLatinLower(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c >= 0x61 && c <= 0x7a) return true;
  // no Latin letter lies between U+3000 and U+A700, where most of a Chinese page is: skip the regex there
  if (c < 0xdf || (c >= 0x3000 && c < 0xa700)) return false;
  return LATIN_LOWER.test(ch);
}

function reduceHyphen(out: string[]): void {
  const n = out.length;
  if (out[n - 2] === '\n' && out[n - 3] === '-' && LATIN_LETTER.test(out[n - 4] ?? '')) out.splice(n - 3, 2);
}
