/** Text helpers shared by the truth rules, the layouts and the scorer. */

/** The form every comparison uses: NFKC (so `，` and `,` are one), all whitespace removed (U+3000 and NBSP too). */
export function compact(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

// scoring compares the same few hundred texts over and over; NFKC is the cost, so once per text and page
const compacted = new Map<string, string>();
/** `compact`, remembered until `forgetCompacted()` (the scorer calls it once per page). */
export function ck(text: string): string {
  let c = compacted.get(text);
  if (c === undefined) compacted.set(text, (c = compact(text)));
  return c;
}
export function forgetCompacted(): void {
  compacted.clear();
}

/** Strip what the e-paper puts around a body line: the U+3000 indent, spaces and NBSP. */
export function trimLine(line: string): string {
  return line.replace(/^[\s\u3000\u00a0]+/u, '').replace(/[\s\u3000\u00a0]+$/u, '');
}

const isCounted = (cp: number) =>
  (cp >= 0x30 && cp <= 0x39) ||
  (cp >= 0x41 && cp <= 0x5a) ||
  (cp >= 0x61 && cp <= 0x7a) ||
  (cp >= 0x4e00 && cp <= 0x9fff) ||
  (cp >= 0x3400 && cp <= 0x4dbf) ||
  (cp >= 0xf900 && cp <= 0xfaff) ||
  (cp >= 0x20000 && cp <= 0x3134f) ||
  cp === 0x3007;

/** Adds the characters "text kept" counts (Han, Latin letters, digits, after NFKC) to a multiset of code points. */
export function countChars(text: string, into: Map<number, number>): void {
  const t = text.normalize('NFKC');
  for (let i = 0; i < t.length; i++) {
    let cp = t.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < t.length) cp = t.codePointAt(i++) ?? cp;
    if (isCounted(cp)) into.set(cp, (into.get(cp) ?? 0) + 1);
  }
}

/**
 * Punctuation a PDF-to-text step or an archive transcription prints half-width. Only marks whose
 * NFKC form is the half-width one, so the ground truth compares equal without being rewritten.
 */
const HALF_WIDTH: Record<string, string> = { '，': ',', '（': '(', '）': ')', '：': ':', '；': ';', '！': '!', '？': '?' };
export function halfWidth(text: string): string {
  return text.replace(/[，（）：；！？]/gu, (c) => HALF_WIDTH[c] ?? c);
}

/** Display width in em: a full-width character is 1, a half-width one (ASCII, half-width forms) 1/2. */
export function charWidth(c: string): number {
  const cp = c.codePointAt(0) ?? 0;
  // “ ” — … sit below U+1100 but a Chinese font sets them full-width, and the middle dot of a
  // foreign name (`某·某某`) too: the parser counts it an em, as the printed line does
  if ((cp >= 0x2010 && cp <= 0x206f) || cp === 0x00b7) return 1;
  return cp < 0x1100 || (cp >= 0xff61 && cp <= 0xffdc) ? 0.5 : 1;
}

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** 1-99 in Chinese numerals as page and date numbers are printed: 二, 十二, 二十, 三十一. */
export function chineseNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones === 0 ? '' : CN_DIGITS[ones]}`;
}

export const pad2 = (n: number) => String(n).padStart(2, '0');

const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
export function weekday(date: string): string {
  return WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] ?? '';
}

/** `2019-02-01` → `{ y: 2019, m: 2, d: 1 }`. */
export function dateParts(date: string): { y: number; m: number; d: number } {
  const [y, m, d] = date.split('-').map(Number);
  return { y: y ?? 0, m: m ?? 0, d: d ?? 0 };
}

/** A short excerpt that shows both ends, where boundary errors are: `开头二十个字……结尾十个字`. */
export function excerpt(text: string, head = 24, tail = 12): string {
  const flat = text.replace(/\n/gu, '⏎');
  return flat.length <= head + tail + 1 ? flat : `${flat.slice(0, head)}…${flat.slice(-tail)}`;
}
