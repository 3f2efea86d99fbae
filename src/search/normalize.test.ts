import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_TERM_LENGTH, MAX_TERMS, normalizeForSearch, normalizeQuery } from './normalize.ts';

describe('normalizeForSearch', () => {
  it('folds full-width forms, case and NFKC compatibility characters', () => {
    expect(normalizeForSearch('ＡＢＣ１２３').norm).toBe('abc123');
    expect(normalizeForSearch('Hello').norm).toBe('hello');
    expect(normalizeForSearch('①ﬁ').norm).toBe('1fi');
    expect(normalizeForSearch('(扩大)').norm).toBe(normalizeForSearch('（扩大）').norm);
    expect(normalizeForSearch('ｶﾀｶﾅ').norm).toBe('カタカナ');
  });

  it('maps traditional characters to simplified, one character at a time', () => {
    expect(normalizeForSearch('發展').norm).toBe('发展');
    expect(normalizeForSearch('區委會議').norm).toBe('区委会议');
    expect(normalizeForSearch('發展').norm.length).toBe(2);
  });

  it('folds the forms a reader sees in 繁體 like the printed 简体', () => {
    // 麼 folds to 么, which folds on: both must end alike.
    expect(normalizeForSearch('什麼').norm).toBe(normalizeForSearch('什么').norm);
    // Hong Kong forms (the reader's 繁體（香港）).
    expect(normalizeForSearch('衞生').norm).toBe('卫生');
    expect(normalizeForSearch('敍述').norm).toBe('叙述');
  });

  it('drops whitespace, zero-width characters and lone surrogates', () => {
    expect(normalizeForSearch(' 盛\u3000蕾\n\t').norm).toBe('盛蕾');
    expect(normalizeForSearch('盛\u200b蕾').norm).toBe('盛蕾');
    expect(normalizeForSearch('a\ud800b\udc00c').norm).toBe('abc');
  });

  it('maps every normalized unit back to the character it came from', () => {
    const text = 'ＡＢ 發展ﬁ😀x';
    const { norm, map } = normalizeForSearch(text);
    expect(norm).toBe('ab发展fi😀x');
    expect(map).toEqual([0, 1, 3, 4, 5, 5, 6, 6, 8]);
  });

  it('keeps the map aligned for any input (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const { norm, map } = normalizeForSearch(text);
        expect(map.length).toBe(norm.length);
        for (let i = 1; i < map.length; i++) expect(map[i]!).toBeGreaterThanOrEqual(map[i - 1]!);
        for (const m of map) expect(m).toBeLessThan(text.length);
        // Normalizing is idempotent, so a normalized query matches the normalized text it came from.
        expect(normalizeForSearch(norm).norm).toBe(norm);
      }),
    );
  });
});

describe('normalizeQuery', () => {
  it('splits on whitespace and keeps quoted phrases whole', () => {
    expect(normalizeQuery('盛蕾  半导体').terms).toEqual(['盛蕾', '半导体']);
    expect(normalizeQuery('"重点 企业" 调研').terms).toEqual(['重点企业', '调研']);
    expect(normalizeQuery('「新质 生产力」').terms).toEqual(['新质生产力']);
    expect(normalizeQuery('盛蕾\u3000盛蕾').terms).toEqual(['盛蕾']);
  });

  it('caps terms and their length', () => {
    const q = normalizeQuery('字'.repeat(10_000));
    expect(q.terms[0]!.length).toBe(MAX_TERM_LENGTH);
    const many = normalizeQuery(Array.from({ length: 40 }, (_, i) => `t${i}`).join(' '));
    expect(many.terms.length).toBe(MAX_TERMS);
  });

  it('never cuts a surrogate pair in half', () => {
    const q = normalizeQuery('a' + '😀'.repeat(100));
    const last = q.terms[0]!.charCodeAt(q.terms[0]!.length - 1);
    expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
  });

  it('yields no terms for blank or punctuation-free emptiness', () => {
    expect(normalizeQuery('   ').terms).toEqual([]);
    expect(normalizeQuery('""').terms).toEqual([]);
    expect(normalizeQuery('\ud800').terms).toEqual([]);
  });
});
