import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeSeed, firstInvalidGb18030, firstInvalidUtf8, type DecodeResult } from './decode.ts';

const SEED = readFileSync(new URL('../../../seeds/000_b8044a892ed5c8e9.txt', import.meta.url), 'utf8');
const FILE = 'page.txt';

function ok(r: DecodeResult): { text: string; encoding: string } {
  if (!r.ok) throw new Error(`expected text, got problem: ${r.problem.title}`);
  return r;
}
function problem(r: DecodeResult) {
  if (r.ok) throw new Error(`expected a problem, got ${r.encoding} text`);
  return r.problem;
}
/** Deterministic bytes, so a failure can be reproduced. */
function noise(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

/** Whether the platform's strict decoder accepts the bytes: the oracle for the byte validators. */
function acceptedBy(encoding: string): (bytes: Uint8Array) => boolean {
  const strict = new TextDecoder(encoding, { fatal: true });
  return (bytes) => {
    try {
      strict.decode(bytes);
      return true;
    } catch {
      return false;
    }
  };
}

describe('decodeSeed: supported encodings give the UTF-8 original exactly', () => {
  const cases: { name: string; bytes: Uint8Array; encoding: string }[] = [
    { name: 'UTF-8', bytes: iconv.encode(SEED, 'utf8'), encoding: 'utf-8' },
    { name: 'UTF-8 with BOM', bytes: iconv.encode(SEED, 'utf8', { addBOM: true }), encoding: 'utf-8' },
    { name: 'UTF-16LE with BOM', bytes: iconv.encode(SEED, 'utf16le', { addBOM: true }), encoding: 'utf-16le' },
    { name: 'UTF-16BE with BOM', bytes: iconv.encode(SEED, 'utf16be', { addBOM: true }), encoding: 'utf-16be' },
    { name: 'GB18030', bytes: iconv.encode(SEED, 'gb18030'), encoding: 'gb18030' },
    { name: 'GBK', bytes: iconv.encode(SEED, 'gbk'), encoding: 'gb18030' },
    { name: 'GB18030 with its BOM', bytes: iconv.encode(SEED, 'gb18030', { addBOM: true }), encoding: 'gb18030' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = ok(decodeSeed(c.bytes, FILE));
      expect(r.encoding).toBe(c.encoding);
      expect(r.text).toBe(SEED);
    });
  }

  it('fixtures really differ from the UTF-8 bytes (the test would catch a pass-through)', () => {
    const utf8 = Buffer.from(SEED, 'utf8');
    for (const c of cases.slice(1)) expect(Buffer.from(c.bytes).equals(utf8)).toBe(false);
  });

  it('keeps CRLF and CR for the cleaner to normalize', () => {
    const crlf = SEED.replace(/\n/g, '\r\n');
    expect(ok(decodeSeed(iconv.encode(crlf, 'gb18030'), FILE)).text).toBe(crlf);
    const cr = SEED.replace(/\n/g, '\r');
    expect(ok(decodeSeed(iconv.encode(cr, 'utf16le', { addBOM: true }), FILE)).text).toBe(cr);
  });

  it('reads characters outside the BMP in every encoding', () => {
    const text = '𠀀𪚥 生僻字 € 2024年\n';
    for (const enc of ['utf8', 'utf16le', 'utf16be', 'gb18030']) {
      const r = ok(decodeSeed(iconv.encode(text, enc, { addBOM: enc !== 'gb18030' }), FILE));
      expect(r.text).toBe(text);
    }
  });

  it('does not guess from the file name', () => {
    const bytes = iconv.encode(SEED, 'utf8');
    expect(ok(decodeSeed(bytes, 'page.gbk.txt')).encoding).toBe('utf-8');
    expect(ok(decodeSeed(iconv.encode(SEED, 'gbk'), 'page.utf8.txt')).encoding).toBe('gb18030');
  });

  it('an empty file is empty text (the reader decides to skip it)', () => {
    expect(ok(decodeSeed(new Uint8Array(), FILE)).text).toBe('');
    expect(ok(decodeSeed(Uint8Array.of(0xef, 0xbb, 0xbf), FILE)).text).toBe('');
  });

  it('a little OCR noise is still text', () => {
    const text = `${SEED.slice(0, 2000)}\u0001\u0007${SEED.slice(2000)}`;
    expect(ok(decodeSeed(Buffer.from(text, 'utf8'), FILE)).text).toBe(text);
  });
});

describe('decodeSeed: binary files are problems, not exceptions', () => {
  it('a PNG header and random bytes', () => {
    const png = concat(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), noise(4096, 7));
    const p = problem(decodeSeed(png, 'images/photo.txt'));
    expect(p).toMatchObject({ file: 'images/photo.txt', severity: 'error' });
    expect(p.title).toMatch(/^not a text file/);
    expect(p.title).toContain('PNG');
    expect(p.hint).toBeTruthy();
  });

  it('a file of NULs', () => {
    const p = problem(decodeSeed(new Uint8Array(1024), FILE));
    expect(p.title).toMatch(/^not a text file: NUL byte at offset 0/);
    expect(p.line).toBe(1);
  });

  it('a NUL inside otherwise good text names its line', () => {
    const bytes = Buffer.from('第一行\n第二行\n第三\u0000行\n', 'utf8');
    const p = problem(decodeSeed(bytes, FILE));
    expect(p.title).toContain(`offset ${bytes.indexOf(0)}`);
    expect(p.line).toBe(3);
  });

  it('random bytes, with and without NULs', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const bytes = noise(2048, seed);
      expect(problem(decodeSeed(bytes, FILE)).title).toMatch(/^not |encoding not recognized/);
      const noNul = bytes.map((b) => b || 1);
      expect(problem(decodeSeed(noNul, FILE)).severity).toBe('error');
    }
  });

  it('mostly control characters', () => {
    const bytes = Uint8Array.from({ length: 500 }, (_, i) => (i % 3 === 0 ? 0x41 : 1 + (i % 8)));
    expect(problem(decodeSeed(bytes, FILE)).title).toMatch(/^not a text file: \d+% of its characters are control/);
  });

  it('names common document formats', () => {
    expect(problem(decodeSeed(concat(Buffer.from('%PDF-1.7\n'), noise(100, 3)), FILE)).title).toContain('PDF');
    expect(problem(decodeSeed(concat(Uint8Array.of(0x50, 0x4b, 0x03, 0x04), noise(100, 4)), FILE)).title).toContain('.docx');
  });

  it('UTF-16 without a BOM gets a hint', () => {
    const p = problem(decodeSeed(iconv.encode('Page 3: 新闻 news\n'.repeat(20), 'utf16le'), FILE));
    expect(p.title).toMatch(/^not a text file/);
    expect(p.hint).toMatch(/UTF-16 without a byte-order mark/);
  });

  it('UTF-32 is named, not misread as UTF-16', () => {
    const bytes = concat(Uint8Array.of(0xff, 0xfe, 0, 0), Uint8Array.of(0x41, 0, 0, 0));
    expect(problem(decodeSeed(bytes, FILE)).title).toMatch(/UTF-32/);
  });
});

describe('decodeSeed: text valid in no supported encoding', () => {
  it('names the first bad byte and its line (UTF-8 file)', () => {
    const head = Buffer.from('第一行\n第二行\n第三', 'utf8');
    const bytes = concat(head, Uint8Array.of(0xe4, 0x41), Buffer.from('行\n', 'utf8'));
    const p = problem(decodeSeed(bytes, FILE));
    expect(p.title).toContain(`byte 0xE4 at offset ${head.length}`);
    expect(p.title).toContain('UTF-8');
    expect(p.line).toBe(3);
  });

  it('names the first bad byte and its line (GBK file)', () => {
    const head = iconv.encode(SEED.split('\n').slice(0, 12).join('\n') + '\n', 'gbk');
    const bytes = concat(head, Uint8Array.of(0xff), iconv.encode(SEED, 'gbk'));
    const p = problem(decodeSeed(bytes, FILE));
    expect(p.title).toContain(`byte 0xFF at offset ${head.length}`);
    expect(p.line).toBe(13);
  });

  it('offsets count the GB18030 byte-order mark', () => {
    const head = concat(Uint8Array.of(0x84, 0x31, 0x95, 0x33), iconv.encode('第一行\n第二', 'gb18030'));
    const p = problem(decodeSeed(concat(head, Uint8Array.of(0xff, 0x41)), FILE));
    expect(p.title).toContain(`byte 0xFF at offset ${head.length}`);
    expect(p.line).toBe(2);
  });

  it('a GBK file cut in the middle of a character', () => {
    const bytes = iconv.encode('本报讯(记者 朱梦琪)', 'gbk');
    const p = problem(decodeSeed(bytes.subarray(0, bytes.length - 2), FILE));
    expect(p.title).toMatch(/offset \d+/);
  });

  it('UTF-16 with an odd byte count or an unpaired surrogate', () => {
    const bytes = iconv.encode('第一行\n第二行', 'utf16le', { addBOM: true });
    expect(problem(decodeSeed(bytes.subarray(0, bytes.length - 1), FILE)).title).toMatch(/odd number of bytes/);
    const lone = concat(iconv.encode('上上\n上', 'utf16be', { addBOM: true }), Uint8Array.of(0xd8, 0x00, 0x00, 0x41));
    const p = problem(decodeSeed(lone, FILE));
    expect(p.title).toMatch(/surrogate/);
    expect(p.line).toBe(2);
  });

  it('Big5 and Shift-JIS are not passed off as GB18030', () => {
    const traditional = '臺北市政府今天宣布新的交通政策，民眾普遍表示歡迎。國際貿易與經濟發展關係緊密。\n'.repeat(5);
    expect(problem(decodeSeed(iconv.encode(traditional, 'big5'), FILE)).title).toMatch(/encoding not recognized/);
    const japanese = 'これは日本語の新聞記事です。東京都は本日、新しい政策を発表しました。\n'.repeat(5);
    expect(problem(decodeSeed(iconv.encode(japanese, 'shift_jis'), FILE)).title).toMatch(/encoding not recognized/);
    // traditional Chinese saved as GBK is still Chinese
    expect(ok(decodeSeed(iconv.encode(traditional, 'gbk'), FILE)).text).toBe(traditional);
  });
});

describe('decodeSeed: properties', () => {
  it('never throws on random bytes, and a problem always names the file', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x84, 0x31, 0x95, 0x33]), (body, bom) => {
        const r = decodeSeed(concat(Uint8Array.from(bom), body), 'x.txt');
        if (!r.ok) {
          expect(r.problem.file).toBe('x.txt');
          expect(r.problem.title.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('firstInvalidUtf8 agrees with the platform decoder', () => {
    const valid = acceptedBy('utf-8');
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 20 }).map((s) => new Uint8Array(Buffer.from(s, 'utf8'))),
      fc.array(fc.constantFrom(0x41, 0x80, 0xbf, 0xc2, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0x9f, 0xa0, 0x8f, 0x90), { maxLength: 12 }).map((a) => Uint8Array.from(a)),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        const bad = firstInvalidUtf8(b);
        expect(bad === null).toBe(valid(b));
        if (bad !== null) expect(valid(b.subarray(0, bad))).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('firstInvalidGb18030 agrees with the platform decoder on every two-byte and sampled four-byte sequence', () => {
    const valid = acceptedBy('gb18030');
    let disagreements = 0;
    for (let lead = 0x80; lead <= 0xff; lead++) {
      for (let trail = 0; trail <= 0xff; trail++) {
        const b = Uint8Array.of(lead, trail);
        if ((firstInvalidGb18030(b) === null) !== valid(b)) disagreements++;
      }
    }
    expect(disagreements).toBe(0);
    const fourByte = fc.tuple(fc.integer({ min: 0x81, max: 0xfe }), fc.integer({ min: 0x30, max: 0x39 }), fc.integer({ min: 0x81, max: 0xfe }), fc.integer({ min: 0x30, max: 0x39 }));
    fc.assert(
      fc.property(fourByte, (seq) => {
        const b = Uint8Array.from(seq);
        expect(firstInvalidGb18030(b) === null).toBe(valid(b));
      }),
      { numRuns: 5000 },
    );
  });

  it('any text without NULs round-trips through UTF-8 and UTF-16 with BOM', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 80 }).filter((s) => !/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/.test(s));
    fc.assert(
      fc.property(text, fc.constantFrom('utf8', 'utf16le', 'utf16be'), (s, enc) => {
        const bytes = iconv.encode(s, enc, { addBOM: enc !== 'utf8' });
        expect(ok(decodeSeed(bytes, FILE)).text).toBe(s);
      }),
    );
  });

  it('Chinese news text round-trips through GB18030', () => {
    const lines = SEED.split('\n');
    const text = fc.array(fc.constantFrom(...lines), { minLength: 1, maxLength: 8 }).map((a) => a.join('\n'));
    fc.assert(
      fc.property(text, (s) => {
        const r = ok(decodeSeed(iconv.encode(s, 'gb18030'), FILE));
        expect(r.text).toBe(s);
      }),
    );
  });
});
