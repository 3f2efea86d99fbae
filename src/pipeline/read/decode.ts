import type { PipelineProblem } from '../errors.ts';

export type SeedEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodeResult =
  | { ok: true; text: string; encoding: SeedEncoding }
  | { ok: false; problem: PipelineProblem };

const SAVE_AS_TEXT = 'save the page as UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK';
const NOT_A_PAGE = 'only plain-text pages are read: remove it from the seeds folder or export the page as plain text';

/** Signatures of the binary formats a page is most often mistaken for, so the message can name them. */
const SIGNATURES: readonly { bytes: readonly number[]; name: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], name: 'a GIF image' },
  { bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61], name: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive (or a .docx/.odt document)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], name: 'an old Word/Office document' },
  { bytes: [0x1f, 0x8b], name: 'a gzip archive' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], name: 'an RTF document' },
];

// Above this share of control characters the file is data, not a page with a little OCR noise.
const MAX_CONTROL_SHARE = 0.05;
// GB18030 maps almost any byte soup to some character, so a decode without errors proves little;
// a real page decodes to CJK, ASCII and punctuation. Big5 or Shift-JIS read as GBK does not.
const MIN_PLAUSIBLE_SHARE = 0.9;
const MIN_COMMON_HANZI_SHARE = 0.25;
const MIN_HANZI_TO_JUDGE = 20;

/**
 * Decodes the bytes of a seed page. Pure: the reader passes the file's bytes and its name (for messages).
 * Never throws; a file that is not text in a supported encoding comes back as a problem.
 */
export function decodeSeed(bytes: Uint8Array, file: string): DecodeResult {
  try {
    return decode(bytes, file);
  } catch (e) {
    // TextDecoder throws only when this Node build lacks a decoder (no full ICU): the checks above
    // reject every malformed byte before it is decoded
    const reason = e instanceof Error ? e.message : String(e);
    return fail(file, `could not be decoded: ${reason}`, 'run the build with a Node.js that has full ICU (the official builds do)');
  }
}

function decode(bytes: Uint8Array, file: string): DecodeResult {
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return fail(file, 'is UTF-32 text, which is not supported', SAVE_AS_TEXT);
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8(bytes, file, 3);
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, file, 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, file, 'utf-16be');
  if (startsWith(bytes, [0x84, 0x31, 0x95, 0x33])) return decodeGb18030(bytes, file, 4);

  const signature = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (signature) return fail(file, `not a text file: it is ${signature.name}`, NOT_A_PAGE);

  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const hint = looksLikeUtf16WithoutBom(bytes)
      ? 'it looks like UTF-16 without a byte-order mark: save it as UTF-8, or as UTF-16 with BOM'
      : NOT_A_PAGE;
    return fail(file, `not a text file: NUL byte at offset ${nul}`, hint, lineAt(bytes, nul));
  }

  const utf8Error = firstInvalidUtf8(bytes);
  if (utf8Error === null) return checkText(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8', file);
  return decodeGb18030(bytes, file, 0, utf8Error);
}

function decodeUtf8(bytes: Uint8Array, file: string, offset: number): DecodeResult {
  const body = bytes.subarray(offset);
  const bad = firstInvalidUtf8(body);
  if (bad !== null) {
    return invalidByte(file, bytes, bad + offset, 'UTF-8 (the file starts with a UTF-8 byte-order mark)');
  }
  return checkText(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), 'utf-8', file);
}

function decodeUtf16(bytes: Uint8Array, file: string, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  if (bytes.length % 2 !== 0) {
    return fail(file, `${encoding.toUpperCase()} text is cut short: it has an odd number of bytes`, 'the file was truncated; export it again');
  }
  const body = bytes.subarray(2);
  const bad = firstInvalidUtf16(body, encoding === 'utf-16le');
  if (bad !== null) {
    // lines are counted in code units: the byte 0x0A is also half of characters such as 上 (U+4E0A)
    const before = new TextDecoder(encoding, { ignoreBOM: true }).decode(body.subarray(0, bad));
    return invalidByte(file, bytes, bad + 2, `${encoding.toUpperCase()} (an unpaired surrogate)`, lineOfText(before, before.length));
  }
  return checkText(new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body), encoding, file);
}

function decodeGb18030(bytes: Uint8Array, file: string, start: number, utf8Error?: number): DecodeResult {
  const body = bytes.subarray(start);
  const gbError = firstInvalidGb18030(body);
  if (gbError !== null) {
    // the encoding that reads further before failing is the one the file was most likely meant to be in
    if (utf8Error !== undefined && utf8Error >= gbError) return invalidByte(file, bytes, utf8Error, 'UTF-8');
    return invalidByte(file, bytes, gbError + start, start > 0 ? 'GB18030 (the file starts with a GB18030 byte-order mark)' : 'UTF-8 or GB18030');
  }
  const text = new TextDecoder('gb18030', { fatal: true, ignoreBOM: true }).decode(body);
  const controls = checkText(text, 'gb18030', file);
  if (!controls.ok || start > 0) return controls;
  const share = plausibleShare(text);
  if (share < MIN_PLAUSIBLE_SHARE) {
    return fail(
      file,
      `text encoding not recognized: it is not UTF-8, and read as GB18030 only ${Math.round(share * 100)}% of it is ordinary Chinese text`,
      `${SAVE_AS_TEXT} (Big5 and Shift-JIS are not supported)`,
    );
  }
  const common = commonHanziShare(body);
  if (common !== null && common < MIN_COMMON_HANZI_SHARE) {
    return fail(
      file,
      `text encoding not recognized: it is not UTF-8, and read as GB18030 only ${Math.round(common * 100)}% of its Chinese characters are common ones`,
      `${SAVE_AS_TEXT} (Shift-JIS and other encodings are not supported)`,
    );
  }
  return controls;
}

/**
 * Share of two-byte characters in GB2312's first level (the 3,755 most common hanzi, bytes B0A1-D7FE).
 * Chinese text in GB18030 scores about 0.95, traditional Chinese about 0.5; Shift-JIS read as GBK lands in
 * the rare ranges and scores near 0. Null when there are too few characters to judge.
 */
function commonHanziShare(b: Uint8Array): number | null {
  let twoByte = 0;
  let common = 0;
  for (let i = 0; i < b.length; ) {
    const c = b[i] ?? 0;
    const t = b[i + 1] ?? 0;
    if (c <= 0x80) i++;
    else if (t >= 0x30 && t <= 0x39) i += 4;
    else {
      twoByte++;
      if (c >= 0xb0 && c <= 0xd7 && t >= 0xa1) common++;
      i += 2;
    }
  }
  return twoByte < MIN_HANZI_TO_JUDGE ? null : common / twoByte;
}

function checkText(text: string, encoding: SeedEncoding, file: string): DecodeResult {
  let controls = 0;
  let nul = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 && nul < 0) nul = i;
    if (isControl(c)) controls++;
  }
  if (nul >= 0) {
    return fail(file, `not a text file: NUL character at position ${nul}`, NOT_A_PAGE, lineOfText(text, nul));
  }
  if (text.length > 0 && controls / text.length > MAX_CONTROL_SHARE) {
    const pct = Math.round((controls / text.length) * 100);
    return fail(file, `not a text file: ${pct}% of its characters are control characters`, NOT_A_PAGE);
  }
  return { ok: true, text, encoding };
}

function isControl(c: number): boolean {
  // tab, line feed, vertical tab, form feed and carriage return are layout in text files
  if (c === 0x09 || c === 0x0a || c === 0x0b || c === 0x0c || c === 0x0d) return false;
  return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

function plausibleShare(text: string): number {
  let plausible = 0;
  let counted = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    counted++;
    if (isPlausible(c)) plausible++;
  }
  return counted === 0 ? 1 : plausible / counted;
}

function isPlausible(c: number): boolean {
  return (
    (c >= 0x21 && c <= 0x7e) ||
    (c >= 0xa0 && c <= 0xff) || // · × ÷ and accented Latin
    (c >= 0x2000 && c <= 0x206f) || // — ‘ ’ “ ” … ‰
    (c >= 0x2100 && c <= 0x218f) || // ℃ № Ⅰ
    (c >= 0x2190 && c <= 0x21ff) || // arrows
    (c >= 0x2460 && c <= 0x24ff) || // ① ⑴ ⒈
    (c >= 0x25a0 && c <= 0x25ff) || // ■ ○ ●
    (c >= 0x2600 && c <= 0x26ff) || // ★ ☆
    (c >= 0x2e80 && c <= 0x2fdf) || // radicals
    (c >= 0x3000 && c <= 0x303f) || // 、 。 《 》 【 】
    (c >= 0x3100 && c <= 0x312f) || // bopomofo
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x20000 && c <= 0x3ffff) || // rare hanzi: names and places
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xffef)
  );
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence, or null (Unicode Table 3-7). */
export function firstInvalidUtf8(b: Uint8Array): number | null {
  let i = 0;
  while (i < b.length) {
    const c = b[i] ?? 0;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const t = b[i + k];
      if (t === undefined) return i;
      if (k === 1 ? t < lo || t > hi : t < 0x80 || t > 0xbf) return i;
    }
    i += need + 1;
  }
  return null;
}

/** Offset of the first byte that does not start a GB18030 sequence the WHATWG decoder maps, or null. */
export function firstInvalidGb18030(b: Uint8Array): number | null {
  let i = 0;
  while (i < b.length) {
    const c = b[i] ?? 0;
    if (c <= 0x80) {
      i++;
      continue;
    }
    if (c === 0xff) return i;
    const t = b[i + 1];
    if (t === undefined) return i;
    if ((t >= 0x40 && t <= 0x7e) || (t >= 0x80 && t <= 0xfe)) {
      i += 2;
      continue;
    }
    const t2 = b[i + 2];
    const t3 = b[i + 3];
    if (t >= 0x30 && t <= 0x39 && t2 !== undefined && t2 >= 0x81 && t2 <= 0xfe && t3 !== undefined && t3 >= 0x30 && t3 <= 0x39) {
      const pointer = (((c - 0x81) * 10 + (t - 0x30)) * 126 + (t2 - 0x81)) * 10 + (t3 - 0x30);
      // four-byte pointers cover the BMP (up to 39419) and the supplementary planes (189000-1237575)
      if (pointer > 39419 && (pointer < 189000 || pointer > 1237575)) return i;
      i += 4;
      continue;
    }
    return i;
  }
  return null;
}

/** Byte offset (within the body after the BOM) of the first unpaired surrogate, or null. */
function firstInvalidUtf16(b: Uint8Array, littleEndian: boolean): number | null {
  const unit = (i: number): number => {
    const x = b[i] ?? 0;
    const y = b[i + 1] ?? 0;
    return littleEndian ? x | (y << 8) : (x << 8) | y;
  };
  for (let i = 0; i + 1 < b.length; i += 2) {
    const u = unit(i);
    if (u >= 0xdc00 && u <= 0xdfff) return i;
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 3 < b.length ? unit(i + 2) : -1;
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 2;
    }
  }
  return null;
}

function looksLikeUtf16WithoutBom(b: Uint8Array): boolean {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  // ASCII-heavy UTF-16: every other byte is NUL and the bytes between are not
  return (evenNul > pairs * 0.3 && oddNul < pairs * 0.05) || (oddNul > pairs * 0.3 && evenNul < pairs * 0.05);
}

function invalidByte(file: string, bytes: Uint8Array, offset: number, encoding: string, line = lineAt(bytes, offset)): DecodeResult {
  const hex = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return fail(
    file,
    `not valid ${encoding} text: byte 0x${hex} at offset ${offset} cannot be decoded`,
    SAVE_AS_TEXT,
    line,
  );
}

/** 1-based line of a byte offset in UTF-8 or GB18030, where 0x0A and 0x0D are never part of a longer sequence. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    const c = bytes[i];
    if (c === 0x0a || (c === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

function lineOfText(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) line++;
  }
  return line;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

function fail(file: string, title: string, hint: string, line?: number): DecodeResult {
  const problem: PipelineProblem = { file, title, hint, severity: 'error' };
  if (line !== undefined) problem.line = line;
  return { ok: false, problem };
}
