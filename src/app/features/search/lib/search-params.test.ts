import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSearchParams, searchHref, toggleFilter, wellFormed } from './search-params.ts';

const parse = (href: string) => parseSearchParams(new URL(href, 'http://x.invalid').searchParams);

describe('search URL state', () => {
  it('reads the query, repeated filters and the results page', () => {
    const state = parse('/search?q=%20半导%20&date=2024-10-31&date=2024-10-30&page=p1&entity=person-a&p=3');
    expect(state).toEqual({ q: '半导', dates: ['2024-10-31', '2024-10-30'], pageIds: ['p1'], entityIds: ['person-a'], page: 3 });
  });

  it('ignores a nonsense results page and duplicate or empty filters', () => {
    const state = parse('/search?q=a&p=-4&date=&date=x&date=x');
    expect(state.page).toBe(1);
    expect(state.dates).toEqual(['x']);
    expect(parse('/search?p=abc').page).toBe(1);
  });

  it('round-trips any state through its URL', () => {
    const value = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(value, fc.uniqueArray(value, { maxLength: 3 }), fc.integer({ min: 1, max: 50 }), (q, dates, page) => {
        const state = { q: q.trim(), dates, pageIds: [], entityIds: [], page };
        expect(parse(searchHref(state))).toEqual(state);
      }),
    );
  });

  it('never throws on lone surrogates, and replaces them', () => {
    expect(wellFormed('a\uD800b\uDC00')).toBe('a\uFFFDb\uFFFD');
    expect(wellFormed('😀')).toBe('😀');
    expect(() => searchHref({ q: '\uD800<script>' })).not.toThrow();
  });

  it('toggles a filter value and goes back to the first page of results', () => {
    const state = parse('/search?q=a&date=d1&p=4');
    const off = toggleFilter(state, 'dates', 'd1');
    expect(off.dates).toEqual([]);
    expect(off.page).toBe(1);
    expect(toggleFilter(off, 'dates', 'd2').dates).toEqual(['d2']);
    expect(searchHref(toggleFilter(state, 'entityIds', 'e1'))).toBe('/search?q=a&date=d1&entity=e1');
  });
});
